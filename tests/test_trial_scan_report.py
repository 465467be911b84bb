"""scan's table at 80 and 200 columns and in a pipe: a sentence with several figures is
shown once, the claim column is as wide as its ids (never cutting one), the sentence gets
the rest."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import cli_runner

SENTENCE = (
    "Violent crime was broadly flat, at about 5,900 offences, and knife crime rose to 214 "
    "offences from 187 in 2023."
)
SOURCE = f"""---
title: "Annual report 2024"
publisher: "Eastmoor Police Service"
language: "en"
published: "2025-03-14"
---
{SENTENCE}

Burglaries fell to 1,317 in 2024.
"""
CLAIM = """  - id: {id}
    statement: "{statement}"
    value: {value}
    unit: offences
    measure: {measure}
    scope: eastmoor
    period: "{period}"
    source: report
    quote: "{quote}"
"""
LONG_ID = "police-knife-crime-offences-whole-borough-2024"  # longer than the column's 40


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "sources").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "sources/report.md").write_text(SOURCE, "utf-8")
    claims = "claims:\n" + CLAIM.format(
        id=LONG_ID,
        statement="Knife crime rose to 214 offences.",
        value=214,
        measure="knife-crime",
        period="2024",
        quote="knife crime rose to 214 offences",
    )
    (tmp_path / "claims/report.yaml").write_text(claims, "utf-8")
    return tmp_path


def scan(root: Path, columns: int) -> str:
    r = cli_runner().invoke(app, ["scan", "--root", str(root)], env={"COLUMNS": str(columns)})
    assert r.exit_code == 0, r.stdout + r.stderr
    return r.stdout


@pytest.mark.parametrize("columns", [80, 120, 140, 200])
def test_a_sentence_is_shown_once_for_its_figures(root: Path, columns: int) -> None:
    out = scan(root, columns)
    flat = " ".join(out.split())
    assert flat.count("Violent crime was broadly flat") == 1
    assert flat.count("Burglaries fell to 1,317 in 2024.") == 1
    for figure in ("about 5,900", "214", "187"):
        assert figure in flat
    assert LONG_ID in out  # on one line, whole
    assert all(len(line) <= columns for line in out.splitlines())


def test_the_wide_table_says_same_sentence_and_gives_the_sentence_the_room(root: Path) -> None:
    out = scan(root, 200)
    rows = [line for line in out.splitlines() if re.match(r"  [0-9]+:[0-9]+ ", line)]
    assert len(rows) == 4
    assert "(same sentence)" in rows[1] and "(same sentence)" in rows[2]
    assert SENTENCE in rows[0]  # on one line at 200 columns: the claim column takes no more
    assert "Burglaries fell to 1,317 in 2024." in rows[3]


def test_the_narrow_list_shows_the_sentence_after_its_last_figure(root: Path) -> None:
    lines = scan(root, 80).splitlines()
    marks = [i for i, line in enumerate(lines) if line.startswith(" ✓ ") or " ✗ " in line[:3]]
    first = next(i for i, line in enumerate(lines) if "Violent crime" in line)
    assert marks[2] < first < marks[3]  # after 187, before 1,317
