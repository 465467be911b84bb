"""The rate of the figure before carries to a figure joined to it by "but" (or "and"),
"only" or not, right before it: "15,000-20,000 such cases a month, but only a few hundred
reach court" is a few hundred a month. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

NEW = "isl-ukraine-new-cases-per-month-since-dec-2024"  # 15,000-20,000 a month
TO_COURT = "isl-ukraine-cases-sent-to-court-per-month"  # a few hundred a month


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine opens 15,000-20,000 such cases a month, but only a few hundred reach court.",
            [("15,000-20,000", "supported", NEW), ("a few hundred", "supported", TO_COURT)],
        ),
        (
            "Ukraine opens 15,000-20,000 such cases a month, and only a few hundred reach court.",
            [("15,000-20,000", "supported", NEW), ("a few hundred", "supported", TO_COURT)],
        ),
    ],
)
def test_a_rate_carried_across_but(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert judge(text) == expected
