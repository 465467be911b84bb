"""A fact sheet typed in fixed width for print is read as its rows say them: a dot leader
read as a space, so a row's qualifier stands by its figure; each row its own sentence; a
box's borders, footnote markers and the page number no figures. The sheets are written
for these tests; the claims are the shipped registry's."""

from __future__ import annotations

import time

import pytest

from desertcheck.audit.fact_sheet import is_fact_sheet, read_fact_sheet

from .test_audit_mail_notebook import placed as placed_in

SHEET = (
    "+------------------------------------------------+\n"
    "| RUSSIA: DESERTION, 2022-2025                   |\n"
    "+------------------------------------------------+\n\n"
    "Soldiers who deserted since 2022, over .... 50,000\n"
    "Share of those deployed, nearly ............. 10 %\n"
    "Prisoners recruited since 2022, about .... 200,000  (1)\n\n"
    "C. COURTS (Mediazona), to 30 June 2025\n\n"
    "Refusal-to-serve cases, over .............. 20,000  *\n"
    "  of which AWOL (Art. 337) ................ 18,159\n\n"
    "(1) As reported by Novaya Gazeta Europe.\n"
    "                                      Page 2 of 3\n"
)


def test_a_fact_sheet_is_read_a_row_at_a_time() -> None:
    got = [(line, text, status, claim) for line, text, status, claim in placed_in(SHEET, "s.txt")]
    assert got == [
        (5, "over 50,000", "supported", "euaa-un-desertions-since-2022"),
        (6, "nearly 10 %", "supported", "euaa-un-deserters-share-of-deployed"),
        (7, "about 200,000", "supported", "nge-un-prisoners-recruited-since-2022"),
        (
            11,
            "over 20,000",
            "supported",
            "isl-mediazona-refusal-to-serve-cases-over-20000",
        ),
        (12, "18,159", "supported", "isl-mediazona-awol-cases"),
    ]


@pytest.mark.parametrize(
    ("sheet", "read"),
    [
        ("A, over ..... 5\nB ... 6 (2)\nC .... 7 *\n", "A, over 5\n\nB 6\n\nC 7\n\n"),
        ("+----+\n| x 5 |\n+----+\n", "\nx 5\n\n"),
        ("Of these (4), convicted ... 18,159\n", "Of these, convicted 18,159\n\n"),
        ("(5) Tracker, weekly.\n   Page 2 of 3\n", " Tracker, weekly.\n\n"),
    ],
)
def test_leaders_markers_and_borders(sheet: str, read: str) -> None:
    assert read_fact_sheet(sheet).text == read


def test_is_fact_sheet() -> None:
    rows = "a .... 1\nb .... 2\nc .... 3\n"
    assert is_fact_sheet("sheet.txt", rows)
    assert not is_fact_sheet("sheet.txt", "a .... 1\nb .... 2\nWait... and so on.\n")
    # an infobox in a Markdown draft's code fence is read as a fence's lines are
    assert not is_fact_sheet("article.md", rows)
    assert not is_fact_sheet("notes.txt", "```\n" + rows + "```\n")


def test_a_long_sheet_is_read_in_linear_time() -> None:
    sheet = ("x " + ". " * 50 + "5 (1)\n") * 20_000
    start = time.process_time()
    read_fact_sheet(sheet)
    assert time.process_time() - start < 10


@pytest.mark.parametrize("line", ["x" + "." * 200_000 + "\n", "x " + ". " * 100_000 + "5\n"])
def test_a_line_of_dots_is_read_in_linear_time(line: str) -> None:
    start = time.process_time()
    is_fact_sheet("sheet.txt", line * 3)
    read_fact_sheet(line * 3)
    assert time.process_time() - start < 10
