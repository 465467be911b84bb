"""Period words set off by a comma at the end of a sentence, after its last figure, date
every figure before them that has no period of its own ("129 desertion trials and 31 for
faking illness, in 2023."); without the comma they are the last figure's only. The drafts
are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

TRIALS = "mt-proekt-desertion-trials-wartime"  # 129, February 2022 to February 2024
FAKING = "mt-proekt-malingering-trials-wartime"  # 31, the same period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Proekt counted 129 desertion trials and 31 for faking illness, in 2023.",
            [("129", "period-drift", TRIALS), ("31", "period-drift", FAKING)],
        ),
        (
            "Proekt counted 129 desertion trials and 31 for faking illness, between "
            "February 2022 and February 2024.",
            [("129", "supported", TRIALS), ("31", "supported", FAKING)],
        ),
        # no comma: the year is the last figure's
        (
            "Proekt counted 129 desertion trials and 31 for faking illness in 2023.",
            [("129", "supported", TRIALS), ("31", "period-drift", FAKING)],
        ),
        # a figure with period words of its own keeps them
        (
            "Proekt counted 129 desertion trials since the invasion and 31 for faking "
            "illness, in 2023.",
            [("129", "supported", TRIALS), ("31", "period-drift", FAKING)],
        ),
    ],
)
def test_a_sentence_final_period_dates_every_figure(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected
