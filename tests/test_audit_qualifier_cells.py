"""A table cell that holds a qualifier alone qualifies the figure in the cell before it: a
reporter's "qual." column, a wiki table's '|| "nearly"'. The claims are the shipped
registry's; the tables are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.qualifier_cells import qualifier_of

from .test_audit_reading2 import judge

LEAD = "Frontelligence counted desertions up to December 2024, by military district:\n\n"


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            "| District | Desertions | qual. |\n|---|---|---|\n| Southern | 22,580 | nearly |\n",
            [("22,580", "supported", "euaa-frontelligence-desertions-southern-md-dec-2024")],
        ),
        (
            "| District | Desertions | qual. |\n|---|---|---|\n| Leningrad | 3,050 | over |\n",
            [("3,050", "supported", "euaa-frontelligence-desertions-leningrad-md-dec-2024")],
        ),
        # a wiki table: "||" between cells, the source's word in quotation marks
        (
            '{| class="wikitable"\n! District !! Desertions !! Note\n|-\n'
            '| Southern || 22,580 || "nearly"\n|}\n',
            [("22,580", "supported", "euaa-frontelligence-desertions-southern-md-dec-2024")],
        ),
        # near miss: the wrong qualifier in its cell is a drift
        (
            "| District | Desertions | qual. |\n|---|---|---|\n| Southern | 22,580 | at least |\n",
            [("22,580", "qualifier-drift", "euaa-frontelligence-desertions-southern-md-dec-2024")],
        ),
    ],
)
def test_qualifier_cell(table: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(LEAD + table) == expected


@pytest.mark.parametrize(
    ("words", "qualifier"),
    [
        ("nearly", "nearly"),
        ("over", "over"),
        ("about", "about"),
        ("at least", "at-least"),
        ("up to", "up-to"),
        # near misses: a word that is no qualifier, a qualifier with more words after it
        ("frontelligence", None),
        ("nearly all", None),
        ("", None),
    ],
)
def test_qualifier_of(words: str, qualifier: str | None) -> None:
    assert qualifier_of(words) == qualifier
