"""A label's number ("Category 1 calls", "Level 3", "Stage 2", "Grade 4") is no figure, to
scan as to audit: one list of label words (:mod:`desertcheck.labels`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desertcheck.audit.auditor import Auditor
from desertcheck.authoring.scan import not_a_statistic
from desertcheck.cli import app
from desertcheck.quantity import parse_quantities
from desertcheck.registry import load_registry

from .conftest import cli_runner, one_source
from .test_compound_durations import HEAD


@pytest.mark.parametrize(
    ("text", "excluded"),
    [
        ("Category 1 calls rose", ["1"]),
        ("| District | Category 1 mean (minutes) | Category 2 mean (minutes) |", ["1", "2"]),
        ("Patients at Level 3 care", ["3"]),
        ("Stage 2 of the plan", ["2"]),
        ("pupils in Grade 4 classes", ["4"]),
        ("Tier 2 visas", ["2"]),
        ("Table 1 shows", ["1"]),
        # statistics after such a word stay
        ("a category of 1,200 calls", []),
        ("the stage drew 4,000 people", []),
    ],
)
def test_scan_excludes_a_label_s_number(text: str, excluded: list[str]) -> None:
    found = [q.text for q in parse_quantities(text) if not_a_statistic(text, q)]
    assert found == excluded


SOURCE = (
    HEAD
    + """For Category 2 calls the mean response time was 41 minutes 7 seconds in October 2025.

| District | Category 1 mean (minutes) | Calls |
|---|---|---|
| Eastfield | 9.4 | 5,120 |
"""
)

CLAIMS = """claims:
  - id: cat2-mean
    statement: "For Category 2 calls the mean response time was 41 minutes 7 seconds."
    value: 41.12
    unit: minutes
    measure: cat2-mean-response-time
    scope: northvale
    period: "2025-10"
    source: amb
    quote: "41 minutes 7 seconds"
"""


def test_scan_drafts_no_stub_for_a_label(tmp_path: Path) -> None:
    root = one_source(tmp_path, SOURCE, "amb")
    r = cli_runner().invoke(app, ["scan", "--stubs", "--root", str(root)])
    assert r.exit_code == 0, r.stderr
    assert "value: 1\n" not in r.stdout and "value: 2\n" not in r.stdout
    assert "value: 9.4\n" in r.stdout and "value: 41.12\n" in r.stdout


@pytest.mark.parametrize(
    ("draft", "verdicts"),
    [
        (
            "In October 2025 the mean Category 2 response time was 41 minutes 7 seconds.",
            [("41 minutes 7 seconds", "supported")],
        ),
        (
            "For Category 2, the mean response time was 41 minutes 7 seconds in October 2025.",
            [("41 minutes 7 seconds", "supported")],
        ),
        ("A Category 1 response is the fastest.", []),
        ("Level 3 of the plan starts in 2026.", []),
    ],
)
def test_audit_reads_no_label_as_a_figure(
    tmp_path: Path, draft: str, verdicts: list[tuple[str, str]]
) -> None:
    root = one_source(tmp_path, SOURCE, "amb")
    (root / "claims" / "amb.yaml").write_text(CLAIMS, "utf-8")
    items = Auditor(load_registry(root).registry.claims).audit(draft + "\n", "d.md")
    assert [(it.figure.text, it.status) for it in items] == verdicts
