"""A sentence of a few words leaves its subject to the sentence before it in its
paragraph ("… 848 verdicts. Thirty-eight a working day."): it inherits that sentence's
words as one that refers back does. A longer sentence inherits them at a lower weight.
The drafts are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.window import ELLIPTIC_WORDS, words_said

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("second", "verdict"),
    [
        ("Thirty-eight a working day.",
         ("supported", "isl-mediazona-verdicts-per-working-day-april-2025")),
        ("**[00:04:30] AL:** Thirty-eight a working day.",
         ("supported", "isl-mediazona-verdicts-per-working-day-april-2025")),
        # a longer sentence says more of its own: the one before counts for less
        ("Thirty-eight a working day, by the count of the court press office.",
         ("unsourced", None)),
    ],
)  # fmt: skip
def test_a_short_sentence_takes_the_subject_of_the_one_before(
    second: str, verdict: tuple[str, str | None]
) -> None:
    draft = f"In April 2025 the courts handed down 848 verdicts. {second}\n"
    assert judge(draft)[-1][1:] == verdict


def test_the_words_a_sentence_says() -> None:
    assert words_said("Thirty-eight a working day, they calculated.") <= ELLIPTIC_WORDS
    assert words_said("**[00:04:30] AL:** Thirty-eight a working day.") == 4


def test_a_count_after_a_duration_is_no_elided_duration_when_its_noun_is_said() -> None:
    # "nine" follows "three years" but counts the convictions its clause names
    draft = (
        "Refusers got an average of three years, and convictions for disobedience rose from "
        "nine in the five years before 2023 to 289 in 2023 alone.\n"
    )
    got = judge(draft)
    assert got[1] == ("nine", "supported", "mt-proekt-disobedience-convictions-2018-2022")
