"""A rate that is a claim's range to the letter per another span of time ("700 to 800
convictions a week" for 700-800 a month) is that claim misstated with fewer of its words
than a single number per another span needs: two ends together are seldom chance. The
drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

SPRING = "isl-mediazona-convictions-per-month-spring-2025"  # 700-800 convictions a month


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We read 700 to 800 convictions a week in the draft.",
            [("700 to 800", "mismatch", SPRING)],
        ),
        (
            "Our reviewer found 700 to 800 convictions a week there.",
            [("700 to 800", "mismatch", SPRING)],
        ),
        # not the claim's range: no relief
        (
            "We read 600 to 800 convictions a week in the draft.",
            [("600 to 800", "unsourced", None)],
        ),
    ],
)
def test_a_claims_range_per_another_span(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected
