"""A duration in two or three units ("8 minutes 52 seconds", "5 years and 6 months") is one
figure in its first unit, to the parser, to ``add claim``, ``scan --stubs``, verify and
audit (:mod:`desertcheck.quantity.compound`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desertcheck.audit.auditor import Auditor
from desertcheck.cli import app
from desertcheck.config import load_config
from desertcheck.quantity import parse_quantities
from desertcheck.registry import load_registry
from desertcheck.verify import verify

from .conftest import cli_runner, one_source


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "was 8 minutes 52 seconds in October",
            [(8.87, "exactly", "minutes", "8 minutes 52 seconds")],
        ),
        ("8 min 52 s", [(8.87, "exactly", "minutes", "8 min 52 s")]),
        ("8 mins. 52 secs.", [(8.87, "exactly", "minutes", "8 mins. 52 secs")]),
        ("41 minutes and 7 seconds", [(41.12, "exactly", "minutes", "41 minutes and 7 seconds")]),
        ("1 hour 20 minutes", [(1.33, "exactly", "hours", "1 hour 20 minutes")]),
        ("2 hours, 5 minutes", [(2.08, "exactly", "hours", "2 hours, 5 minutes")]),
        ("jailed for 5 years and 6 months", [(5.5, "exactly", "years", "5 years and 6 months")]),
        ("three years and six months", [(3.5, "exactly", "years", "three years and six months")]),
        (
            "1 hour 2 minutes 3 seconds",
            [(1.0342, "exactly", "hours", "1 hour 2 minutes 3 seconds")],
        ),
        # the first part's hedge is the whole's; no sentence's full stop in the span
        (
            "almost 8 minutes 52 seconds.",
            [(8.87, "nearly", "minutes", "almost 8 minutes 52 seconds")],
        ),
        # not one duration: a part too big for the unit before, a larger unit after, a
        # change, a list, a line break, a fraction before a smaller part
        (
            "8 minutes 75 seconds",
            [(8, "exactly", "minutes", "8"), (75, "exactly", "seconds", "75")],
        ),
        (
            "52 seconds 8 minutes",
            [(52, "exactly", "seconds", "52"), (8, "exactly", "minutes", "8")],
        ),
        ("from 5 years to 6 months", [(5, "exactly", "years", "5"), (6, "exactly", "months", "6")]),
        ("5 years; 6 months", [(5, "exactly", "years", "5"), (6, "exactly", "months", "6")]),
        ("5 years\n6 months", [(5, "exactly", "years", "5"), (6, "exactly", "months", "6")]),
        (
            "8.5 minutes 20 seconds",
            [(8.5, "exactly", "minutes", "8.5"), (20, "exactly", "seconds", "20")],
        ),
        (
            "41 minutes 7 seconds, 8 minutes",
            [(41.12, "exactly", "minutes", "41 minutes 7 seconds"), (8, "exactly", "minutes", "8")],
        ),
        ("3 weeks and 140 hours", [(3, "exactly", "weeks", "3"), (140, "exactly", "hours", "140")]),
        (
            "8 minutes 52 patients",
            [(8, "exactly", "minutes", "8"), (52, "exactly", "patients", "52")],
        ),
    ],
)
def test_parser_reads_one_figure(text: str, figures: list[tuple[float, str, str, str]]) -> None:
    found = parse_quantities(text)
    assert [(q.low, q.qualifier, q.unit, q.text) for q in found] == figures
    assert all(text[q.start : q.end] == q.text and q.low == q.high for q in found)


HEAD = """---
title: "Ambulance response times"
publisher: "Northvale Health Authority"
language: "en"
published: "2025-11-13"
---
"""

SOURCE = (
    HEAD
    + """The mean response time for life-threatening calls was 8 minutes 52 seconds in October 2025.

The longest sentence handed down for desertion in 2025 was 5 years and 6 months.
"""
)


def _claims(value: str, quote: str) -> str:
    return f"""claims:
  - id: response-time
    statement: "The mean response time was 8 minutes 52 seconds in October 2025."
    value: {value}
    unit: minutes
    measure: mean-response-time
    scope: northvale
    period: "2025-10"
    source: amb
    quote: "{quote}"
  - id: longest-sentence
    statement: "The longest sentence handed down for desertion in 2025 was 5 years and 6 months."
    value: 5.5
    unit: years
    measure: longest-sentence
    scope: northvale
    period: "2025"
    source: amb
    quote: "was 5 years and 6 months"
"""


def _registry(root: Path, value: str = "8.87", quote: str = "8 minutes 52 seconds") -> Path:
    one_source(root, SOURCE, "amb")
    (root / "claims" / "amb.yaml").write_text(_claims(value, quote), "utf-8")
    return root


def _codes(root: Path) -> list[tuple[str, ...]]:
    loaded = load_registry(root)
    found = verify(loaded, load_config(root)[0]).findings
    return [(f.code, *f.claims) for f in found if f.code == "value-not-in-quote"]


@pytest.mark.parametrize(
    ("value", "quote", "codes"),
    [
        ("8.87", "8 minutes 52 seconds", []),
        ("8.87", "was 8 minutes 52 seconds in October 2025", []),
        # the part in minutes alone is not the figure the quote states
        ("8", "8 minutes 52 seconds", [("value-not-in-quote", "response-time")]),
        ("52", "8 minutes 52 seconds", [("value-not-in-quote", "response-time")]),
    ],
)
def test_verify_reads_the_quote_as_one_figure(
    tmp_path: Path, value: str, quote: str, codes: list[tuple[str, ...]]
) -> None:
    assert _codes(_registry(tmp_path, value, quote)) == codes


def test_add_claim_proposes_one_figure(tmp_path: Path) -> None:
    root = one_source(tmp_path, SOURCE, "amb")
    r = cli_runner().invoke(
        app,
        [
            "add", "claim", "--source", "amb", "--root", str(root),
            "--quote", "was 8 minutes 52 seconds in October 2025",
            "--measure", "mean-response-time", "--scope", "northvale",
        ],
    )  # fmt: skip
    assert r.exit_code == 0, r.stderr
    written = (root / "claims" / "amb.yaml").read_text("utf-8")
    assert "value: 8.87\n" in written
    assert "unit: minutes" in written


def test_scan_stubs_draft_one_claim(tmp_path: Path) -> None:
    root = one_source(tmp_path, SOURCE, "amb")
    r = cli_runner().invoke(app, ["scan", "--stubs", "--root", str(root)])
    assert r.exit_code == 0, r.stderr
    assert "value: 8.87\n" in r.stdout and "value: 5.5\n" in r.stdout
    assert "value: 52\n" not in r.stdout and "value: 6\n" not in r.stdout


@pytest.mark.parametrize(
    ("draft", "status"),
    [
        ("The mean response time was 8 minutes 52 seconds in October 2025.", "supported"),
        ("The mean response time was 8 min 52 s in October 2025.", "supported"),
        # a retelling hedged in whole minutes, within the qualifier's tolerance
        ("The mean response time was almost nine minutes in October 2025.", "supported"),
        ("The mean response time was about 9 minutes in October 2025.", "supported"),
        # a digit slip, and a rounding without a hedge, as for any figure
        ("The mean response time was 6 minutes 52 seconds in October 2025.", "mismatch"),
        ("The mean response time was 8 minutes 25 seconds in October 2025.", "mismatch"),
        ("The mean response time was 9 minutes in October 2025.", "mismatch"),
        ("The longest sentence for desertion in 2025 was 5 years and 6 months.", "supported"),
        ("The longest sentence for desertion in 2025 was five and a half years.", "supported"),
        ("The longest sentence for desertion in 2025 was 6 years and 5 months.", "mismatch"),
    ],
)
def test_audit_compares_the_duration(tmp_path: Path, draft: str, status: str) -> None:
    root = _registry(tmp_path)
    items = Auditor(load_registry(root).registry.claims).audit(draft + "\n", "d.md")
    assert [it.status for it in items] == [status]
