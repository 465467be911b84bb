""" "The war's first two years", "the first year of the invasion": a period counted from
the invasion's start. The drafts are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from desertcheck.audit.periods import find_periods

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Courts convicted 4,373 soldiers of going absent in the war's first two years.",
         "supported"),
        ("In the first two years of the invasion, 4,373 soldiers were convicted of going "
         "absent.", "supported"),
        ("In the war's first year, 4,373 soldiers were convicted of going absent.",
         "period-drift"),
        # no count of years: not the first year
        ("In the first years of the war, 4,373 soldiers were convicted of going absent.",
         "supported"),
    ],
)  # fmt: skip
def test_the_war_s_first_years_are_a_period(text: str, verdict: str) -> None:
    assert judge(text + "\n") == [("4,373", verdict, "mt-proekt-awol-convictions-wartime")]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the same two years as a claim of 2022 and 2023, by calendar year
        ("Over the war's first two years, prosecutors opened 5,260 criminal cases for "
         "absence without leave, Proekt found.", "supported"),
        ("In the first two years of the invasion, 5,260 criminal cases were opened for "
         "absence without official leave.", "supported"),
        # three years are not those two
        ("Over the war's first three years, prosecutors opened 5,260 criminal cases for "
         "absence without leave, Proekt found.", "period-drift"),
    ],
)  # fmt: skip
def test_the_war_s_first_years_are_the_calendar_years_they_cover(text: str, verdict: str) -> None:
    assert judge(text + "\n") == [("5,260", verdict, "mt-proekt-awol-cases-opened-2022-2023")]


@pytest.mark.parametrize(
    "text",
    [
        "Over the first years of the invasion, courts convicted 4,373 soldiers.",
        "During the war's first years, courts convicted 4,373 soldiers of going absent.",
    ],
)
def test_the_first_years_with_no_count_are_no_period(text: str) -> None:
    # how many years is unsaid: left unread, not one year and not the whole war
    assert find_periods(text) == []


def test_the_war_s_first_two_years_run_from_the_invasion() -> None:
    (period,) = find_periods("over the war's first two years")
    assert (period.kind, period.a) == ("in", (date(2022, 2, 24), date(2024, 2, 23)))
