""" "This year" and "last year" in a draft that gives no date of its own: audit cannot tell
which year is meant, but the figure is said of one calendar year, so a claim of a longer
period (November 2024 to July 2025, a running total since 2022) is a `period-drift`; a
claim of one calendar year may be the year meant, and stays as it was. A dated draft has
the words read as the dates they stand for (tests/test_audit_relative.py). The drafts are
written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.undated import of_one_year
from desertcheck.registry import load_registry

from .test_audit import PROJECT
from .test_audit_reading2 import judge

CENTRAL = "euaa-ukraine-intel-central-md-left-units-nov-2024-jul-2025"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukrainian intelligence says more than 25,000 soldiers of the Central military "
            "district left their units this year.",
            ("more than 25,000", "period-drift", CENTRAL),
        ),
        (
            "Ukrainian intelligence says more than 25,000 soldiers of the Central military "
            "district left their units between November 2024 and July 2025.",
            ("more than 25,000", "supported", CENTRAL),
        ),
        # a claim of one calendar year may be the year meant
        (
            "Russian courts handed down 13,500 desertion convictions last year.",
            ("13,500", "supported", "nge-un-desertion-convictions-2024"),
        ),
        # "the last year" is a rolling twelve months, not a calendar year
        (
            "Over the last year, more than 50,000 Russian soldiers have deserted, a UN "
            "expert says.",
            ("more than 50,000", "supported", "euaa-un-desertions-since-2022"),
        ),
    ],
)
def test_an_undated_year_is_one_calendar_year(text: str, expected: tuple[str, str, str]) -> None:
    assert judge(text + "\n") == [expected]


def test_a_dated_draft_reads_the_year() -> None:
    text = (
        "Updated 2 February 2026\n\nUkrainian intelligence says more than 25,000 soldiers "
        "of the Central military district left their units last year.\n"
    )
    [(_, status, claim)] = judge(text)
    assert (status, claim) == ("period-drift", CENTRAL)


def test_of_one_year() -> None:
    claims = {c.id: c for c in load_registry(PROJECT).registry.claims}
    assert of_one_year(claims["nge-un-desertion-convictions-2024"])
    assert not of_one_year(claims[CENTRAL])
    assert not of_one_year(claims["euaa-un-desertions-since-2022"])
