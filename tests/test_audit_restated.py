"""Periods carried where a reader carries them: "last month alone" is a count of that month
(not a total by then); a figure said again in other terms ("…, or 38 per working day") is
of the period of the one it restates; a part of a whole ("22,580 of the 50,500 cases
recorded in 2023") is of the whole's period; "in the five years before" counts back from
the period words before it. The drafts are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from desertcheck.audit import find_periods
from desertcheck.audit.relative import dated
from desertcheck.audit.relative_months import dated_periods

from .test_audit_reading2 import judge

DATELINE = "Tuesday, 3 June 2025. Notes from the courts desk.\n\n"


@pytest.mark.parametrize(
    ("text", "kind", "month"),
    [
        ("848 verdicts last month alone", "in", 5),
        ("last month alone, 848 verdicts", "in", 5),
        # without "alone", a single month says when a total stood
        ("848 verdicts by last month", "as-of", 5),
        ("last month: 848 verdicts", "as-of", 5),
    ],
)
def test_a_single_month_alone_is_its_count(text: str, kind: str, month: int) -> None:
    with dated(date(2025, 6, 3)):
        (period,) = dated_periods(text)
    assert (period.kind, period.a[0].month) == (kind, month)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "The military courts issued 848 verdicts in April alone, or 38 per working day.",
            "supported",
        ),
        # May, not April: both figures drift, the restated one with the first
        (
            "The military courts issued 848 verdicts last month alone, or 38 per working day.",
            "period-drift",
        ),
    ],
)
def test_a_restated_figure_keeps_the_period(sentence: str, status: str) -> None:
    got = judge(DATELINE + sentence + "\n")
    assert [(text, s) for text, s, _ in got] == [
        ("848", status),
        ("38", status),
    ]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Frontelligence says the Southern district accounted for nearly 22,580 of the "
            "50,500 desertion cases it recorded by December 2024.",
            "supported",
        ),
        # the whole's period is the part's: 2023 alone is not the running total's
        (
            "Frontelligence says the Southern district accounted for nearly 22,580 of the "
            "50,500 desertion cases it recorded in 2023 alone.",
            "period-drift",
        ),
    ],
)
def test_a_part_has_the_period_of_its_whole(sentence: str, status: str) -> None:
    got = judge(sentence + "\n")
    assert [(text, s) for text, s, _ in got] == [("nearly 22,580", status), ("50,500", status)]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("in 2023, 289; in the five years before, nine", "2018-01-01", "2022-12-31"),
        ("in 2024, 40, against 12 over the two preceding years", "2022-01-01", "2023-12-31"),
        ("since 2022, 300, and 20 during the 3 years prior", "2019-01-01", "2021-12-31"),
        # the years before a year it names: the whole years that end with the one before
        ("only nine in the five years before 2023", "2018-01-01", "2022-12-31"),
        ("a dozen over the three years prior to 2024", "2021-01-01", "2023-12-31"),
        # "previous" before the number of years
        ("in 2024, 40, after 12 in the previous two years", "2022-01-01", "2023-12-31"),
        ("in 2023, 289, against nine during the preceding five years", "2018-01-01", "2022-12-31"),
    ],
)
def test_the_years_before_the_period_before(text: str, first: str, last: str) -> None:
    before = find_periods(text)[-1]
    assert (before.kind, str(before.a[0]), str(before.b[1])) == ("between", first, last)


def test_years_with_no_word_before_them_are_no_span_back() -> None:
    # "in the five years of war" counts back from nothing
    assert not any(
        p.kind == "between" for p in find_periods("in 2024, 40; in the five years of war")
    )


def test_a_count_of_the_years_before() -> None:
    got = judge(
        "Proekt counted 289 disobedience convictions in 2023, up from nine over the five "
        "preceding years.\n"
    )
    assert got == [
        ("289", "supported", "mt-proekt-disobedience-convictions-2023"),
        ("nine", "supported", "mt-proekt-disobedience-convictions-2018-2022"),
    ]
