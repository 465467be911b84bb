"""A rate an hour ("38 verdicts an hour", "per hour", "every hour", "/hr") is of no
claim's span: said with the value of a claim that counts per day, it is a `mismatch` (a
day's rate called an hour's), as a week's rate of a monthly claim is. The drafts are
written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.kinds import figure_kind
from desertcheck.quantity import parse_quantities

from .test_audit import auditor
from .test_audit_reading2 import judge

_PER_DAY = "isl-mediazona-verdicts-per-working-day-april-2025"  # 38 verdicts per working day


@pytest.mark.parametrize(
    ("rate", "verdict"),
    [
        ("38 verdicts an hour", "mismatch"),
        ("38 verdicts per hour", "mismatch"),
        ("38 verdicts every hour", "mismatch"),
        ("38 verdicts/hr", "mismatch"),
        ("38 verdicts a working day", "supported"),
    ],
)  # fmt: skip
def test_a_day_s_rate_said_of_an_hour_is_a_mismatch(rate: str, verdict: str) -> None:
    text = f"Military courts averaged {rate} in April 2025, Mediazona says.\n"
    assert judge(text) == [("38", verdict, _PER_DAY)]


def test_the_message_says_an_hour() -> None:
    text = "Military courts averaged 38 verdicts an hour in April 2025.\n"
    (item,) = auditor().audit(text, "d.md")
    assert "is an hour's, where the claim counts per day" in item.message


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("38 an hour", "rate-hour"),
        ("38 hours", "count"),
        ("38 per hour", "rate-hour"),
        ("38 verdicts/hr", "rate-hour"),
        ("38 absence-without-leave verdicts EVERY HOUR", "rate-hour"),
        # the hour is not the figure's: a count near words of an hour
        ("a log of 38 cases, checked every hour", "count"),
        ("38 cases were logged within an hour", "count"),
        ("38 soldiers left in half an hour", "count"),
        ("38 deserters posted every hour", "count"),
    ],
)
def test_an_hour_is_a_rate_after_an_or_per(text: str, kind: str) -> None:
    (q,) = [q for q in parse_quantities(text) if q.low == 38]
    assert figure_kind(q, text[q.end :], text[: q.start]) == kind
