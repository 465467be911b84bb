"""period-mismatch: its quick pass, which must never let through a quote it should read."""

from __future__ import annotations

import pytest

from desertcheck.checks.period_mismatch import _plainly_agrees
from desertcheck.model import Period


@pytest.mark.parametrize(
    ("quote", "period", "agrees"),
    [
        ("Courts issued 848 verdicts.", "2024-04", True),  # no year: nothing to read
        ("In 2024, 13,500 were convicted.", "2024", True),
        ("Between 2022 and 2024, 13,500 were convicted.", "2022/2024", True),
        ("In October 2000, the court recorded 8,283 cases.", "2000-10", True),
        ("In Oct 2000, the court recorded 8,283 cases.", "2000-10", True),
        # read in full: another year, or a month the quick pass cannot place
        ("In April 2025 alone, courts issued 848 verdicts.", "2024-04", False),
        ("In 2023, 289 were convicted.", "2022", False),
        ("In May 2000, the court recorded 8,283 cases.", "2000-10", False),
        ("In 2024, 13,500 were convicted.", "2024-06", False),
        ("In October 2000 and in 2001, 8,283 cases.", "2000-10", False),
    ],
)
def test_the_quick_pass(quote: str, period: str, agrees: bool) -> None:
    assert _plainly_agrees(quote, Period.parse(period)) is agrees
