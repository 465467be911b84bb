"""A draft that is a CSV file itself (chart data sent with a graphic) is read as a table:
each row a sentence, its header naming the columns; a "unit" column's cell is read with the
value before it ("15,years": 15 years), a qualifier cell after the value and its unit
qualifies it, and a period column written as ISO intervals ("2022-02/2024-12") dates the
row. The drafts are written for these tests; the claims are the shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit.delimited import draft_rows, with_rows
from desertcheck.audit.period_cells import iso_months
from desertcheck.audit.qualifier_cells import cell_qualified
from desertcheck.quantity import parse_quantities

from .test_audit_reading2 import judge

SOUTHERN = "euaa-frontelligence-desertions-southern-md-dec-2024"  # nearly 22,580 to Dec 2024
DESERTION_MAX = "isl-desertion-max-sentence"  # up to fifteen years
AWOL_2021 = "mt-proekt-awol-convictions-2021"  # 527 in 2021
HEADER = "series,label,value,unit,qualifier,period,source,notes\n"


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        # the qualifier column qualifies the value, past its unit's cell
        (
            HEADER + "districts,Southern desertions,22580,cases,nearly,2022-02/2024-12,"
            "Frontelligence,\n"
            "proekt,AWOL convictions,527,soldiers,,2021,Proekt,\n"
            "sentences,Desertion (maximum),15,years,up to,2025-06,report,\n",
            [
                ("22580", "supported", SOUTHERN),
                ("527", "supported", AWOL_2021),
                ("15", "supported", DESERTION_MAX),
            ],
        ),
        # comment lines at the top; a wrong qualifier and a wrong period are drifts
        (
            "# Chart data\n# exported from the sheet\n"
            + HEADER
            + "districts,Southern desertions,22580,cases,over,2022-02/2024-12,Frontelligence,\n"
            "proekt,AWOL convictions,527,soldiers,,2023,Proekt,\n"
            "x,y,z,w,v,u,t,s\n",
            [("22580", "qualifier-drift", SOUTHERN), ("527", "period-drift", AWOL_2021)],
        ),
    ],
)
def test_a_csv_draft_is_a_table(draft: str, expected: list[tuple[str, str, str]]) -> None:
    assert judge(draft) == expected


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("# c\na,b,c\n1,2,3\n4,5,6\n", {1: ",", 2: ",", 3: ","}),
        ("a;b;c\n1;2;3\n4;5;6\n\n", {0: ";", 1: ";", 2: ";"}),
        # prose: lines that disagree, a blank line among rows, too few rows, one separator
        ("Over 50,000 deserted, it says.\nThat is, he said, a lot.\nNo, it is not.\n", {}),
        ("a,b,c\n1,2,3\n\n4,5,6\n", {}),
        ("a,b,c\n1,2,3\n", {}),
        ("a,b\n1,2\n3,4\n", {}),
    ],
)
def test_draft_rows(text: str, rows: dict[int, str]) -> None:
    assert draft_rows(text.split("\n")) == rows


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "label,value,unit\nmax,15,years\nshare,10,%\n",
            "label|value|unit\nmax|15 years\nshare|10 %\n",
        ),
        (
            "label,value,Units,note\nmax,15,years,x\nmin,2,years,y\n",
            "label|value|Units|note\nmax|15 years|x\nmin|2 years|y\n",
        ),
        # no unit column: every separator a border
        (
            "label,value,kind\nmax,15,years\nshare,10,%\n",
            "label|value|kind\nmax|15|years\nshare|10|%\n",
        ),
    ],
)
def test_a_unit_column_joins_its_value(text: str, read: str) -> None:
    assert with_rows(text, text) == read


@pytest.mark.parametrize(
    ("row", "qualifier"),
    [
        ("| Southern | 22580 cases | nearly |", "nearly"),
        ("| Southern | 22580 | over |", "over"),
        ("| Southern | 22580 cases | Frontelligence |", "exactly"),
        ("| Southern | 22580 cases | 3,050 |", "exactly"),
    ],
)
def test_a_qualifier_cell_after_the_value_and_its_noun(row: str, qualifier: str) -> None:
    q = next(q for q in parse_quantities(row) if q.text.startswith("22580"))
    assert cell_qualified(q, row).qualifier == qualifier


@pytest.mark.parametrize(
    ("cell", "days"),
    [
        ("2022-02/2024-12", ("2022-02-01", "2024-12-31")),
        ("2025-03 .. 2025-05", ("2025-03-01", "2025-05-31")),
        ("2024/2025", None),
    ],
)
def test_iso_interval_cells(cell: str, days: tuple[str, str] | None) -> None:
    read = iso_months(cell)
    assert (None if read is None else (read[0].isoformat(), read[1].isoformat())) == days
