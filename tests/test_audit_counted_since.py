"""A clause with a date and a "since" ("In February 2024 Proekt tallied more than 4,600
soldiers convicted since the invasion") gives a running total the span of its "since":
the date is when it was counted. A clause with only a period of its own keeps it. The
drafts are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.periods import find_periods

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("In February 2024 Proekt tallied more than 4,600 soldiers convicted since the "
         "invasion.", "supported"),
        ("In 2023 alone, more than 4,600 soldiers were convicted of refusing to serve, "
         "Proekt says.", "period-drift"),
    ],
)  # fmt: skip
def test_a_total_counted_at_a_date_spans_its_since(text: str, verdict: str) -> None:
    figure, status, claim = judge(text + "\n")[0]
    assert (figure, status, claim) == (
        "more than 4,600",
        verdict,
        "mt-proekt-refusal-to-serve-convictions-since-invasion",
    )


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a year before "count" after a possessive: the count's period
        ("Mediazona's 2023 count of soldiers on trial reached a record 5,593.", "supported"),
        ("Mediazona's 2021 count of soldiers on trial reached a record 5,593.", "period-drift"),
    ],
)  # fmt: skip
def test_the_year_of_a_count_is_its_period(text: str, verdict: str) -> None:
    assert judge(text + "\n") == [("5,593", verdict, "mt-mediazona-refusal-to-serve-trials-2023")]


def test_the_month_of_a_count_is_its_date_not_its_period() -> None:
    assert find_periods("Mediazona's December 2023 count had 5,593 trials") == []
