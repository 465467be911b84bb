"""A value that lost its opening quote is reported at its line; counts agree with their
nouns ("the 1 missing figure"); ``add claim``'s notes read "desertcheck: note:"."""

from __future__ import annotations

from pathlib import Path

import pytest

from desertcheck.cli import app
from desertcheck.config import load_config
from desertcheck.registry import load_registry
from desertcheck.verify import verify

from .conftest import cli_runner, one_source
from .test_compound_durations import HEAD

CLAIM = """claims:
  - id: handover
    statement: {statement}
    value: 12
    qualifier: about
    unit: percent
    measure: handover-delays
    scope: northvale
    period: "2025-10"
    source: amb
    quote: "Around 12%"
"""


@pytest.mark.parametrize(
    ("statement", "stray"),
    [
        ('Around 12% of patients waited more than an hour in October 2025."', True),
        ('Around 12% of patients waited "more than an hour" in October 2025.', False),
        ('"Around 12% of patients waited more than an hour in October 2025."', False),
        ('\'The "handover" delays: around 12% in October 2025"\'', True),
        ("Around 12% of patients waited for the crews' handover in October 2025.", False),
    ],
)
def test_a_lost_opening_quote_is_reported(tmp_path: Path, statement: str, stray: bool) -> None:
    root = one_source(tmp_path, HEAD + "Around 12% of patients waited.\n", "amb")
    (root / "claims" / "amb.yaml").write_text(CLAIM.format(statement=statement), "utf-8")
    loaded = load_registry(root)
    found = [
        (f.file, f.line)
        for f in verify(loaded, load_config(root)[0]).findings
        if f.code == "yaml-stray-quote"
    ]
    assert found == ([("claims/amb.yaml", 3)] if stray else [])


def test_scan_s_coverage_counts_agree(tmp_path: Path) -> None:
    root = one_source(tmp_path, HEAD + "The service employed 1,146 paramedics.\n", "amb")
    r = cli_runner().invoke(app, ["scan", "--min-coverage", "90", "--root", str(root)])
    assert r.exit_code == 1
    said = " ".join((r.stdout + r.stderr).split())
    assert "register the 1 missing figure (" in said


def test_add_claim_notes_as_every_command_does(tmp_path: Path) -> None:
    text = HEAD + "Calls rose to 41,320 in 2025 from 38,905 in 2024.\n"
    root = one_source(tmp_path, text, "amb")
    r = cli_runner().invoke(
        app,
        [
            "add", "claim", "--source", "amb", "--root", str(root), "--quote", "41,320",
            "--measure", "calls", "--scope", "northvale", "--period", "2025", "--unit", "calls",
        ],
    )  # fmt: skip
    assert r.exit_code == 0, r.stderr
    assert "desertcheck: note: the statement is the source's whole sentence" in r.stderr
    assert "note:" not in r.stdout
