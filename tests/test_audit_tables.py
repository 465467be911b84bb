"""Qualifiers in tables: a column header's qualifier is its cells' ("Cases (approx.)" makes
a bare 22,580 "about 22,580"), and a bare cell may state a claim given as a lower bound
("over 3,050"): the table drops the qualifier (docs/audit.md, "Qualifiers")."""

from __future__ import annotations

import pytest

from desertcheck.audit.qualifiers import header_qualifier

from .test_audit import auditor
from .test_audit_reading2 import judge

LENINGRAD = "euaa-frontelligence-desertions-leningrad-md-dec-2024"  # over 3,050
SOUTHERN = "euaa-frontelligence-desertions-southern-md-dec-2024"  # nearly 22,580
CASES = "Desertion and AWOL cases by military district, as of December 2024.\n\n"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Cases (approx.)", "about"),
        ("Cases, to Dec 2024 (approx.)", "about"),
        ("Estimated cases", "about"),
        ("~ cases", "about"),
        ("Более (дел)", "over"),
        ("Cases (at least)", "at-least"),
        ("Max. sentence", "up-to"),
        ("Cases", None),
        ("Maximum sentence", None),  # a measure's name, not a qualifier of its cells
        ("District", None),
        ("Estonia", None),  # "est" inside a word
    ],
)
def test_header_qualifier(text: str, qualifier: str | None) -> None:
    assert header_qualifier(text) == qualifier


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # a bare cell for a claim stated "over 3,050": supported, the table drops "over"
        (
            "| District | Cases |\n|---|---|\n| Leningrad | 3,050 |\n",
            [("3,050", "supported", LENINGRAD)],
        ),
        # the header hedges its cells: "about 22,580" may retell "nearly 22,580"
        (
            "| District | Cases (approx.) |\n|---|---|\n| Southern | 22,580 |\n",
            [("22,580", "supported", SOUTHERN)],
        ),
        # a bare cell for a claim stated "nearly 22,580" still drops a qualifier that is
        # no lower bound: the ruling is for "over", "more than", "at least" only
        (
            "| District | Cases |\n|---|---|\n| Southern | 22,580 |\n",
            [("22,580", "qualifier-drift", SOUTHERN)],
        ),
        # the header says "at most": that turns the claim's "over" round
        (
            "| District | Cases (at most) |\n|---|---|\n| Leningrad | 3,050 |\n",
            [("3,050", "qualifier-drift", LENINGRAD)],
        ),
        # a qualifier in the row, for another cell: the cell is not bare, the rule is off
        (
            "| District | Cases | Note |\n|---|---|---|\n| Leningrad | 3,050 | up to 40 units |\n",
            [("3,050", "qualifier-drift", LENINGRAD), ("up to 40", "unsourced", None)],
        ),
    ],
)
def test_table_cells_and_lower_bounds(
    table: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(CASES + table) == expected


def test_bare_cell_explains_the_dropped_qualifier() -> None:
    items = auditor().audit(CASES + "| District | Cases |\n|---|---|\n| Leningrad | 3,050 |\n")
    assert items[0].explanation is not None
    assert "“over” dropped by the table" in items[0].explanation.value


@pytest.mark.parametrize(
    "text",
    [
        # in running prose a bare number against "over" stays a drift
        "As of December 2024, 3,050 cases of desertion and AWOL had been reported in "
        "Russia's Leningrad military district.",
        # a bulleted list is prose too
        "Desertion and AWOL cases by December 2024:\n\n- Leningrad district: 3,050 cases\n",
    ],
)
def test_prose_keeps_the_qualifier_drift(text: str) -> None:
    assert [(status, claim) for _, status, claim in judge(text)] == [("qualifier-drift", LENINGRAD)]
