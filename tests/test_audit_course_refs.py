"""A course's and a page's own numbering and audience are no figures: "Week 9", "Exercise
3.1", "Seminar room 3.14", "Lesson 4", "Appendix 2"; a reading age, "for ages 9 to 12".
A count said of a week ("last week 31", "31 a week") and an age that is a claim's figure
elsewhere stay figures. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    "text",
    [
        "Week 9 handout, seminar room 3.14.",
        "Exercise 3.1: explain the difference.",
        "See Lesson 4 and Appendix 2 before the Module 7 session.",
        "For ages 9 to 12. Reading time: 4 minutes.",
        "A page for readers aged between 8 and 11.",
    ],
)
def test_a_courses_numbering_is_no_figure(text: str) -> None:
    assert judge(text + "\n") == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Hearings this week: 29 (last week 31).", ["29", "31"]),
        ("Courts heard 31 cases a week, up from 29.", ["31", "29"]),
    ],
)
def test_a_count_of_a_week_is_a_figure(text: str, said: list[str]) -> None:
    assert [figure for figure, _, _ in judge(text + "\n")] == said
