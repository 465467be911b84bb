"""A running total dated by the month or season it reached its count in ("in June 2025",
"in the summer of 2025", "in mid-2025") agrees with a claim that ends then, as "by June
2025" does, when the date comes before the figure; a year it covers, a month after its
end, or a month after the figure ("received … in December 2023": what came in then) does
not. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

_AWOL = "isl-mediazona-awol-cases"  # 18,159 cases, 2022-02-24/2025-06-30, a running total


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("In June 2025 military courts had 18,159 cases of unauthorised absence on file.",
         "supported"),
        ("In the summer of 2025 the courts' files held 18,159 cases of unauthorised absence.",
         "supported"),
        ("Unauthorised absence cases in mid-2025: 18,159, Mediazona found.", "supported"),
        # a year is what a count covers, not when it was counted
        ("In 2025 the courts received 18,159 cases of unauthorised absence.", "period-drift"),
        # after the figure, a month is what came in then
        ("The courts received 18,159 cases of unauthorised absence in June 2025.",
         "period-drift"),
        # a month after the total's end is not its date
        ("In October 2025 the courts had 18,159 cases of unauthorised absence.", "period-drift"),
        # the sentence says the figure is what happened within the month
        ("In June 2025 alone, the garrison courts had 18,159 unauthorised absence cases.",
         "period-drift"),
        ("During the summer of 2025 the courts had 18,159 cases of unauthorised absence.",
         "period-drift"),
        ("In June 2025 the courts had 18,159 new cases of unauthorised absence.",
         "period-drift"),
        ("In June 2025 prosecutors opened 18,159 cases of unauthorised absence.",
         "period-drift"),
        ("In June 2025 the courts had 18,159 cases of unauthorised absence, a record month.",
         "period-drift"),
    ],
)  # fmt: skip
def test_a_running_total_is_dated_by_the_month_it_reached(text: str, verdict: str) -> None:
    assert judge(text + "\n") == [("18,159", verdict, _AWOL)]
