"""A rate set off by a comma after a count, with no verb after it ("848 verdicts in March
2025 alone, thirty-eight every working day"), restates the count, of the count's period:
the period is not traded for another of the sentence's that agrees with the claim. The
drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

VERDICTS = "isl-mediazona-verdicts-april-2025"  # 848 verdicts, April 2025
PER_DAY = "isl-mediazona-verdicts-per-working-day-april-2025"  # 38 a working day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count's month is the rate's, though the sentence opens with the spring
        (
            "In the spring of 2025 the courts handed down 848 verdicts in March 2025 alone, "
            "thirty-eight every working day.",
            [("848", "period-drift", VERDICTS), ("thirty-eight", "period-drift", PER_DAY)],
        ),
        (
            "The courts handed down 848 verdicts in April 2025 alone, 38 per working day.",
            [("848", "supported", VERDICTS), ("38", "supported", PER_DAY)],
        ),
        # a verb of its own after it: a clause of its own, which the count's period leaves
        (
            "In spring 2025 the courts handed down 848 verdicts in March 2025, 38 every "
            "working day were handed down.",
            [("848", "period-drift", VERDICTS), ("38", "supported", PER_DAY)],
        ),
    ],
)
def test_a_rate_restates_the_count_before_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert judge(text) == expected
