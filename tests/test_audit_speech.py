"""Figures as people say them, in a verbatim transcript: fillers between a qualifier and
its number, numbers said as pairs of digits ("fourteen twenty" for 1,420), thousands and
the rest across a pause, and "six, seven hundred" as a range. The drafts are written for
these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.speech import as_spoken

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("said", "read"),
    [
        # a filler right before a number goes, with its commas
        ("roughly, um, twelve thousand", "roughly twelve thousand"),
        ("over, er... 300 men", "over 300 men"),
        # or after a word that leads into what follows
        ("since, uh, December", "since December"),
        ("more than, um... 300", "more than 300"),
        # a filler between other words stays: the clauses are the speaker's
        ("Absence, that's, uh, up to ten years", "Absence, that's, uh, up to ten years"),
        # pairs of digits: hundreds
        ("fourteen twenty cases", "1 420 cases"),
        ("some two eighty-five men", "some 285 men"),
        ("nine ninety-nine", "999"),
        # thousands, a pause, the rest
        ("twelve thousand... three forty-one", "12 341"),
        ("forty thousand, two twenty", "40 220"),
        # a range with its scale said once
        ("six, seven hundred a month", "600-700 a month"),
        ("two or three thousand men", "2 000-3 000 men"),
        # not numbers of hundreds: a time of day, a compound adjective, a list
        ("we met at ten forty", "we met at ten forty"),
        ("the train at nine fifty p.m.", "the train at nine fifty p.m."),
        ("ten fifty am", "ten fifty am"),
        ("two thirty-year-olds", "two thirty-year-olds"),
        ("sixty-three, twenty-two", "sixty-three, twenty-two"),
        # a range whose ends are not near: a list, not a range
        ("two, nine hundred", "two, nine hundred"),
    ],
)
def test_spoken_numbers_read_in_digits(said: str, read: str) -> None:
    text, _ = as_spoken(said)
    assert len(text) == len(said)  # every span keeps its place
    assert " ".join(text.split()) == read


def test_a_transcript_quoted_as_said() -> None:
    draft = (
        "**[00:12:04] AK:** The Mediazona breakdown: eighteen thousand... one fifty-nine "
        "cases of absence without leave, and thirteen sixty-nine of disobeying an order.\n"
        "\n"
        "**[00:12:40] AK:** As of the summer of 2025 the UN counted about, uh, ten forty "
        "foreign agents.\n"
    )
    assert judge(draft) == [
        ("eighteen thousand... one fifty-nine", "supported", "isl-mediazona-awol-cases"),
        ("thirteen sixty-nine", "supported", "isl-mediazona-disobedience-cases"),
        ("about, uh, ten forty", "supported", "nge-un-foreign-agents-summer-2025"),
    ]


def test_spoken_numbers_are_found_far_into_a_long_draft() -> None:
    text = "A word. " * 500 + "Thirteen sixty-nine for disobedience, seven, eight hundred a month."
    read, said = as_spoken(text + " Another word." * 500)
    assert "1 369" in read and "700-800" in read
    assert len(said) == 2
