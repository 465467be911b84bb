"""A hedged figure set off by a comma at the end of a sentence, with no verb of its own
("…on trial in 2024, about 100 convictions a week.") restates the figure before it, and
carries that figure's period; a clause with a verb of its own does not. The drafts are
written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

TRIALS_2023 = "mt-mediazona-refusal-to-serve-trials-2023"  # 5,593 in 2023
WEEKLY_2023 = "mt-mediazona-refusal-to-serve-convictions-per-week-2023"  # about 100 a week


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Courts heard 5,593 soldiers' cases in 2024, about 100 convictions a week.",
            [("5,593", "period-drift", TRIALS_2023), ("about 100", "period-drift", WEEKLY_2023)],
        ),
        (
            "Mediazona found 5,593 soldiers on trial in 2023, about 100 convictions a week.",
            [("5,593", "supported", TRIALS_2023), ("about 100", "supported", WEEKLY_2023)],
        ),
        # a clause of its own, with a verb: the period is not carried
        (
            "Courts heard 5,593 soldiers' cases in 2024, and about 100 convictions followed "
            "each week.",
            [("5,593", "period-drift", TRIALS_2023), ("about 100", "supported", WEEKLY_2023)],
        ),
    ],
)
def test_a_hedged_appositive(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(text) == expected
