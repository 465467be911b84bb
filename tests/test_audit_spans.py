"""A count said to be of one span of time ("in a single week", "in one day") that a claim
counted over a longer span supports is a `period-drift`; a claim of that span or shorter,
and a rate ("a week": any week's average), are left as they were. The drafts are written
for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

VERDICTS = "isl-mediazona-verdicts-april-2025"  # 848 verdicts, April 2025


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Military courts handed down 848 verdicts in a single week, Mediazona found.",
            ("848", "period-drift", VERDICTS),
        ),
        (
            "Mediazona found military courts handed down 848 verdicts within one day.",
            ("848", "period-drift", VERDICTS),
        ),
        # a month is the claim's own span: it may be the month meant
        (
            "Mediazona found military courts handed down 848 verdicts in a single month.",
            ("848", "supported", VERDICTS),
        ),
        # no span said: as before
        (
            "Mediazona found military courts handed down 848 verdicts in April 2025.",
            ("848", "supported", VERDICTS),
        ),
    ],
)
def test_a_count_of_one_span(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in judge(text)


def test_a_span_with_a_choice_is_not_one_span() -> None:
    text = "Mediazona found military courts handed down 848 verdicts in a week or two."
    assert ("848", "period-drift", VERDICTS) not in judge(text)
