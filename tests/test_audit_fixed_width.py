"""A table typed in fixed width (a spreadsheet pasted as text, its columns apart by runs of
spaces) is read as a Markdown table is: each row a sentence of its own, a cell that is a
period dates its row (an ISO month, "2025-04", is a month, not the years 2025 to 2004), the
paragraph before it is its lead-in, and the lines after it are its notes, not its caption.
The drafts are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.period_cells import period_cell
from desertcheck.draft import fixed_width_rows

from .test_audit_reading2 import judge

AWOL_2021 = "mt-proekt-awol-convictions-2021"  # 527 in 2021
DISOBEDIENCE_2023 = "mt-proekt-disobedience-convictions-2023"  # 289 in 2023
VERDICTS_APRIL = "isl-mediazona-verdicts-april-2025"  # 848 in April 2025
CONVICTIONS_SPRING = "isl-mediazona-convictions-per-month-spring-2025"  # 700-800 a month

LEAD = "Convictions of soldiers counted by Proekt.\n\n"
LEAD_2021 = "Convictions of soldiers for going AWOL, counted by Proekt for 2021.\n\n"


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # each row its own period: 289 is of 2023, not of the row above's 2021
        (
            "offence         year      convicted\n"
            "AWOL            2021            527\n"
            "disobedience    2023            289\n",
            [("527", "supported", AWOL_2021), ("289", "supported", DISOBEDIENCE_2023)],
        ),
        # a row dated wrong is still a drift of its own claim
        (
            "offence         year      convicted\n"
            "AWOL            2021            527\n"
            "disobedience    2024            289\n",
            [("527", "supported", AWOL_2021), ("289", "period-drift", DISOBEDIENCE_2023)],
        ),
        # tabs between the cells, and ISO months: April 2025, March to May 2025
        (
            "measure\tmonths\tfigure\n"
            "verdicts by military courts\t2025-04\t848\n"
            "convictions a month\t2025-03 .. 2025-05\t700-800\n",
            [
                ("848", "supported", VERDICTS_APRIL),
                ("700-800", "supported", CONVICTIONS_SPRING),
            ],
        ),
        # the lines after the table are its notes: their date is not its rows' period
        (
            LEAD_2021 + "offence      convicted    source\n"
            "AWOL               527    Proekt\n"
            "\nNotes: sheet compiled in March 2026 by the desk.\n",
            [("527", "supported", AWOL_2021)],
        ),
    ],
)
def test_a_fixed_width_table(table: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(table if table.startswith("Conv") else LEAD + table) == expected


@pytest.mark.parametrize(
    ("lines", "rows"),
    [
        (["a  b  c", "d  e  f", "prose after it"], {0, 1}),
        # a single line of three cells is no table
        (["a  b  c", "prose"], set()),
        # two spaces after a full stop part sentences, not cells
        (["It rose.  Then it fell.  Later", "It fell.  Then it rose.  Then"], set()),
        (["one two", "three four"], set()),
    ],
)
def test_fixed_width_rows(lines: list[str], rows: set[int]) -> None:
    assert fixed_width_rows(lines) == rows


@pytest.mark.parametrize(
    ("cell", "first", "last"),
    [
        ("2025-04", "2025-04-01", "2025-04-30"),
        ("2019-12", "2019-12-01", "2019-12-31"),
        ("2025-03 .. 2025-05", "2025-03-01", "2025-05-31"),
        # a span of years: 2024-25 runs forwards
        ("2024-25", "2024-01-01", "2025-12-31"),
    ],
)
def test_iso_month_cells(cell: str, first: str, last: str) -> None:
    read = period_cell(cell)
    assert read is not None
    assert (read[1][0].isoformat(), read[2][1].isoformat()) == (first, last)
