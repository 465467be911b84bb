"""A count said to be of one span of time ("in a single week", "in one day") that a claim
counted over a longer span supports is a `period-drift`; a claim of that span or shorter,
and a rate ("a week": any week's average), are left as they were. The drafts are written
for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

VERDICTS = "isl-mediazona-verdicts-april-2025"  # 848 verdicts, April 2025
CASES = "isl-mediazona-refusal-to-serve-cases-over-20000"  # over 20,000 since the war began


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
        # a year: shorter than the war the cases are counted over
        (
            "Military courts registered over 20,000 cases against soldiers refusing to serve "
            "in a single year.",
            ("over 20,000", "period-drift", CASES),
        ),
        (
            "Over twenty thousand refusal-to-serve cases against soldiers in one year!",
            ("Over twenty thousand", "period-drift", CASES),
        ),
        # a month's count is within one year
        (
            "Mediazona found military courts handed down 848 verdicts in a single year.",
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


def test_a_year_to_come_is_no_span() -> None:
    text = (
        "Military courts registered over 20,000 cases against soldiers refusing to serve "
        "since the war began, and may pass 30,000 in a year's time."
    )
    assert ("over 20,000", "supported", CASES) in judge(text)


def test_a_span_is_of_the_figure_it_is_said_of() -> None:
    # the year is said after the first figure: the second keeps the claim's own span
    text = (
        "Claiming over 20,000 refusal-to-serve cases in a single year is quite different "
        "from saying over 20,000 cases against soldiers."
    )
    found = judge(text)
    assert found[0] == ("over 20,000", "period-drift", CASES)
    assert found[1] == ("over 20,000", "supported", CASES)
