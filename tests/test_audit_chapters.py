"""A line that opens with a bare time and a dash ("02:14 — …", "1:02:33 - …": a chapter
list, a log), or with a time to the second ("19:03:30 EUAA: …": a rundown's lower thirds),
is an entry of its own, though none ends in a full stop: one chapter's words
and period are not the next one's figure's. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.draft import blank, sentences

from .test_audit_reading2 import judge

CHAPTERS = (
    "00:00 — Welcome and a listener's letter\n"
    "04:12 — The AWOL count: 18,159 cases and counting\n"
    "09:40 — Desertion and AWOL to December 2024: 50,500 cases by district\n"
    "1:02:33 - Credits\n"
)


def test_each_chapter_is_a_sentence() -> None:
    spans = sentences(blank(CHAPTERS), CHAPTERS)
    assert [CHAPTERS[a:b] for a, b in spans] == CHAPTERS.strip().split("\n")


def test_a_chapters_figures_are_read_with_its_own_words() -> None:
    assert judge(CHAPTERS) == [
        ("18,159", "supported", "isl-mediazona-awol-cases"),
        ("50,500", "supported", "euaa-frontelligence-desertions-total-dec-2024"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "At 10:30 the court sat. 12 cases were heard.",  # a time inside a line
        "10:30 the court sat, and heard 12 cases.",  # a time with no dash after it
    ],
)
def test_a_time_without_a_dash_opens_no_entry(text: str) -> None:
    assert len(sentences(blank(text), text)) == len(text.split(". "))


#: A rundown's lower thirds: each line opens with a time to the second and no dash.
RUNDOWN = (
    "22:14:05 LAWYER: TENS OF THOUSANDS OF AWOL AND DESERTION CASES\n"
    "22:14:40 EUAA: OVER 13,500 CONVICTED IN 2024\n"
    "22:15:10 MEDIAZONA: 848 VERDICTS IN APRIL 2025\n"
    "22:15:40 PROEKT: NINE DISOBEDIENCE CONVICTIONS 2018-2022\n"
    "22:16:10 PROEKT: 527 AWOL CONVICTIONS IN 2021\n"
)


def test_each_line_of_a_rundown_is_a_sentence() -> None:
    spans = sentences(blank(RUNDOWN), RUNDOWN)
    assert [RUNDOWN[a:b] for a, b in spans] == RUNDOWN.strip().split("\n")


def test_a_lower_thirds_period_is_not_the_line_befores() -> None:
    # "IN 2021" of the last line dated "NINE … 2018-2022" when the lines were one sentence
    assert judge(RUNDOWN)[3] == (
        "NINE",
        "supported",
        "mt-proekt-disobedience-convictions-2018-2022",
    )


@pytest.mark.parametrize(
    "text",
    [
        "At 10:30:15 the court sat, and heard 12 cases.",  # a time inside a line
        "10:30:15\nThe court sat, and heard 12 cases.",  # a time alone on its line
    ],
)
def test_a_time_to_the_second_opens_an_entry_only_before_its_text(text: str) -> None:
    assert len(sentences(blank(text), text)) == 1
