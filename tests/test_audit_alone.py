"""A period said with "alone" ("in 2021 alone") is the period of the figures before it: it
does not carry past a comma and "and", or a semicolon, to a figure after it, as period
words with no "alone" do. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

IN_2021 = "mt-proekt-awol-convictions-2021"  # 527, in 2021
WARTIME = "mt-proekt-desertion-trials-wartime"  # 129, wartime to February 2024


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Proekt counted 527 AWOL convictions in 2021 alone, and trials of 129 men for"
            " desertion.\n",
            "supported",
        ),
        (
            "Proekt counted 527 AWOL convictions in 2021 alone; trials of 129 men for desertion"
            " followed.\n",
            "supported",
        ),
        # no "alone": the period carries on
        (
            "Proekt counted 527 AWOL convictions in 2021, and trials of 129 men for desertion.\n",
            "period-drift",
        ),
    ],
)
def test_a_period_said_alone(text: str, second: str) -> None:
    assert judge(text) == [("527", "supported", IN_2021), ("129", second, WARTIME)]
