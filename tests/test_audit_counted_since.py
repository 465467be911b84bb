"""A clause with a date and a "since" ("In February 2024 Proekt tallied more than 4,600
soldiers convicted since the invasion") gives a running total the span of its "since":
the date is when it was counted. A clause with only a period of its own keeps it. The
drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("In February 2024 Proekt tallied more than 4,600 soldiers convicted since the "
         "invasion.", "supported"),
        ("In 2023 alone, more than 4,600 soldiers were convicted of refusing to serve, "
         "Proekt says.", "period-drift"),
    ],
)  # fmt: skip
def test_a_total_counted_at_a_date_spans_its_since(text: str, verdict: str) -> None:
    figure, status, claim = judge(text + "\n")[0]
    assert (figure, status, claim) == (
        "more than 4,600",
        verdict,
        "mt-proekt-refusal-to-serve-convictions-since-invasion",
    )
