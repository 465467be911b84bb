"""A rate's span corrected as it is spoken ("45,000 a week — a month, I mean", "a day,
sorry, a month", "a day — no, a month") is the span it is corrected to; a second span
with no word of correction ("a day, a month at most") corrects nothing. The drafts are
written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

_PER_MONTH = "isl-zelensky-russian-recruits-per-month"  # 40,000-45,000 recruits a month


@pytest.mark.parametrize(
    ("rate", "verdict"),
    [
        ("a week — a month, I mean", "supported"),
        ("a day, sorry, a month", "supported"),
        ("a day — no, a month", "supported"),
        ("a day, a month at most", "mismatch"),
        ("a week", "mismatch"),
    ],
)  # fmt: skip
def test_a_corrected_span_is_the_rate_s_span(rate: str, verdict: str) -> None:
    text = f"On the radio he said Russia signs up 40,000 to 45,000 men {rate}.\n"
    assert judge(text) == [("40,000 to 45,000", verdict, _PER_MONTH)]
