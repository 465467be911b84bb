"""A spreadsheet exported the European way: cells separated by semicolons, dots grouping
thousands ("50.000") and commas marking decimals ("2,4"), a title row above the header, a
qualifier column before the value ("Qualifier;Value": "over;50.000"), a unit column after
it and a period column of dates written day first ("24.02.2022–15.09.2025"). The drafts
are written for these tests; the claims are the shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit.delimited import with_rows

from .test_audit_reading2 import judge

TITLE = "Sheet: factsheet;Exported: 03.08.2026 14:22;Version: 7;;;\n"
HEADER = "Indicator;Qualifier;Value;Unit;Period;Source\n"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # the qualifier column before the value qualifies it; the unit column after it
        (
            "Desertions since the invasion;over;50.000;soldiers;24.02.2022–15.09.2025;UN\n"
            "Southern Military District;nearly;22.580;cases;24.02.2022–31.12.2024;EUAA\n",
            [
                ("over 50.000", "supported", "nge-un-desertions-since-2022"),
                (
                    "nearly 22.580",
                    "supported",
                    "euaa-frontelligence-desertions-southern-md-dec-2024",
                ),
            ],
        ),
        # a decimal comma before a scale word in the unit column: 2.4 million
        (
            "Authorised size of the armed forces;approx.;2,4;million people;2024;decree\n"
            "Military personnel;;1,5;million people;2024;decree\n",
            [
                ("approx. 2,4 million", "supported", "isl-putin-decree-armed-forces-size"),
                ("1,5 million", "supported", "isl-putin-decree-military-personnel"),
            ],
        ),
        # the period column's dates, day first: 2025 is not the claim's 2024
        (
            "Desertion convictions (NGE);;13.500;soldiers;01.01.2025–31.12.2025;NGE\n"
            "Leningrad Military District;nearly;3.050;cases;24.02.2022–31.12.2024;EUAA\n",
            [
                ("13.500", "period-drift", "nge-un-desertion-convictions-2024"),
                (
                    "nearly 3.050",
                    "qualifier-drift",
                    "euaa-frontelligence-desertions-leningrad-md-dec-2024",
                ),
            ],
        ),
    ],
)
def test_a_semicolon_export_is_read_as_its_columns_say(
    rows: str, expected: list[tuple[str, str, str]]
) -> None:
    assert judge(TITLE + HEADER + rows) == expected


@pytest.mark.parametrize(
    ("line", "read"),
    [
        # the qualifier's and the unit's separators join the value's cell
        ("Desertions;over;50.000;soldiers;2024;UN", "Desertions|over 50.000 soldiers|2024|UN"),
        # a period cell of dates day first reads as ISO months, the same length
        (
            "Desertions;;50.000;soldiers;24.02.2022–15.09.2025;UN",
            "Desertions| 50.000 soldiers|2022-02   –2025-09   |UN",
        ),
        ("Panel;;37,5;%;06.2026;UN", "Panel| 37,5 %|2026-06|UN"),
        # a date inside other words is left as it is
        ("Checked;;5;cases;on 03.08.2026;UN", "Checked| 5 cases|on 03.08.2026|UN"),
    ],
)
def test_rows_under_a_title_row_read_with_the_headers_columns(line: str, read: str) -> None:
    text = TITLE + HEADER + line + "\n"
    assert with_rows(text, text).split("\n")[2] == read


@pytest.mark.parametrize(
    ("title", "read"),
    [
        # half the cells or fewer filled: a title row, the next row the header
        (TITLE, "Desertions|over 50.000 soldiers|2024|UN"),
        # more than half its cells filled: it is the header, and names no qualifier column
        ("Sheet;Exported;Version;Desk;;\n", "Desertions|over|50.000|soldiers|2024|UN"),
    ],
)
def test_a_title_row_is_not_the_header(title: str, read: str) -> None:
    text = title + HEADER + "Desertions;over;50.000;soldiers;2024;UN\n"
    lines = with_rows(text, text).split("\n")
    assert lines[0] == title.rstrip("\n").replace(";", "|")
    assert lines[2] == read
