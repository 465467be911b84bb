"""Prosecution in German words ("strafrechtlich verfolgt", "verfolgt", "Strafverfolgung"),
and the offence a count is for: a word of desertion after "for", "wegen" or "pour" names
what the soldiers were dealt with for, not a count of deserters, so a figure that is the
prosecutions' number keeps the prosecutions' claim whatever its verb. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.continental import concepts

from .test_audit_reading2 import auditor, judge

SINCE = "nge-un-desertion-prosecutions-since-2022"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("verfolgt", ("cases", "prosecution")),
        ("verfolgten", ("cases", "prosecution")),
        ("strafrechtlich", ("prosecution",)),
        ("Strafverfolgungen", ("cases", "prosecution")),
        ("Verfolgung", ()),  # persecution as well: not read
    ],
)
def test_german_words_of_prosecution(word: str, expected: tuple[str, ...]) -> None:
    assert concepts(word.casefold()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the registry holds two sources' figures for it, which disagree: contested
        ("Seit 2022 wurden etwa 16.000 Soldaten wegen Desertion strafrechtlich verfolgt.", SINCE),
        ("Gegen rund 16.000 Soldaten wurde seit 2022 wegen Fahnenflucht verfolgt.", SINCE),
        # a verb audit does not read: "for desertion" is the offence, not the deserters
        ("Some 16,000 men have faced the courts for desertion since 2022.", SINCE),
        (
            "Environ 16 000 militaires ont dû répondre devant un juge pour désertion depuis 2022.",
            SINCE,
        ),
    ],
)
def test_a_prosecution_count_keeps_its_claim(text: str, expected: str) -> None:
    [(_, status, claim)] = judge(text + "\n")
    assert (status, claim) == ("contested", expected)


def test_a_count_said_of_the_deserters_is_still_a_mismatch() -> None:
    [item] = auditor().audit("Some 16,000 soldiers have deserted since 2022.\n", "d.md")
    assert (item.status, item.claim and item.claim.id) == (
        "mismatch",
        "nge-un-desertions-since-2022",
    )
    # whose number it is, and why it is not said to be theirs
    assert item.message.endswith(
        f"is {SINCE}'s number (desertion-prosecutions), which its words do not name"
    )
