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
    ],
)  # fmt: skip
def test_the_war_s_first_years_are_a_period(text: str, verdict: str) -> None:
    assert judge(text + "\n") == [("4,373", verdict, "mt-proekt-awol-convictions-wartime")]


def test_the_war_s_first_two_years_run_from_the_invasion() -> None:
    (period,) = find_periods("over the war's first two years")
    assert (period.kind, period.a) == ("in", (date(2022, 2, 24), date(2024, 2, 23)))
