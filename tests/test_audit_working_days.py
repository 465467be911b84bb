"""A rate per calendar day retold from a claim's rate per working day ("38 verdicts a day"
for 38 decisions for every working day) is that claim's ``mismatch``; a working day said
anywhere in the figure's clause keeps the claim. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

PER_DAY = "isl-mediazona-verdicts-per-working-day-april-2025"  # 38 a working day
VERDICTS = "isl-mediazona-verdicts-april-2025"  # 848 in April 2025


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In April 2025 Russian military courts issued 848 verdicts, 38 verdicts a day.",
            [("848", "supported", VERDICTS), ("38", "mismatch", PER_DAY)],
        ),
        (
            "In April 2025 Russian military courts issued 848 verdicts, 38 every day of the month.",
            [("848", "supported", VERDICTS), ("38", "mismatch", PER_DAY)],
        ),
        (
            "In April 2025 Russian military courts issued 848 verdicts, 38 every working day.",
            [("848", "supported", VERDICTS), ("38", "supported", PER_DAY)],
        ),
        (
            "In April 2025 Russian military courts issued 848 verdicts, 38 per working day.",
            [("848", "supported", VERDICTS), ("38", "supported", PER_DAY)],
        ),
    ],
)
def test_a_calendar_day_for_a_working_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert judge(text) == expected
