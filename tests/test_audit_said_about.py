"""A date right after a verb of saying and its preposition ("the group the blogger wrote
about in December 2023 had received over 2,000 requests") is when it was said, as a date
right after the verb is ("said in October 2025 that …"): not the figure's period. The
drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

REQUESTS = "baghai-anti-war-group-assistance-requests"  # over 2,000, to December 2023


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The anti-war group the blogger wrote about in December 2023 had received over "
            "2,000 requests for help from soldiers.",
            [("over 2,000", "supported", REQUESTS)],
        ),
        # the date of the figure itself
        (
            "The anti-war group had received over 2,000 requests for help from soldiers in "
            "December 2023.",
            [("over 2,000", "period-drift", REQUESTS)],
        ),
    ],
)
def test_a_date_after_a_verb_of_saying_and_its_preposition(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected


PER_DAY = "isl-mediazona-verdicts-per-working-day-april-2025"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place or outlet named between the verb and the date: when it was said
        (
            "Voss cited Mediazona's data, as reported from Islamabad in June 2025: an average "
            "of 38 verdicts every working day.",
            [("38", "supported", PER_DAY)],
        ),
        (
            "Voss cited Mediazona's data, as published by the Islamabad Report in June 2025: "
            "an average of 38 verdicts every working day.",
            [("38", "supported", PER_DAY)],
        ),
        # near miss: no name between them, "the courts" reported what June 2025 counts
        (
            "As reported from the courts in June 2025, military courts handed down an average "
            "of 38 verdicts every working day.",
            [("38", "period-drift", PER_DAY)],
        ),
    ],
)
def test_a_date_after_a_verb_of_saying_and_a_name(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected


CENTRAL = "euaa-frontelligence-desertions-central-md-dec-2024"
LENINGRAD = "euaa-frontelligence-desertions-leningrad-md-dec-2024"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the report in September 2025": when the counts were reported, as "the report of"
        (
            "As of the report in September 2025, the Central district counted nearly 13,800 "
            "deserters.",
            [("nearly 13,800", "supported", CENTRAL)],
        ),
        # a comment thread's framing sentence, the figures in the next
        (
            "The district counts run since the invasion, as of the report in September 2025. "
            "Central was nearly 13,800 and Leningrad over 3,050.",
            [("nearly 13,800", "supported", CENTRAL), ("over 3,050", "supported", LENINGRAD)],
        ),
        # near miss: the figure's own date, no report before it
        (
            "In September 2025 the Central district counted nearly 13,800 deserters.",
            [("nearly 13,800", "period-drift", CENTRAL)],
        ),
    ],
)
def test_a_date_after_the_noun_report(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected
