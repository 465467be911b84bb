"""Notations of short-form drafts (threads, scripts, cards): "yrs" is years, and a running
time, a version or a camera number, "two years in" are no statistics."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Maximum sentence for desertion under Article 338: up to 15 yrs",
            [("up to 15", "supported", "isl-desertion-max-sentence")],
        ),
        (
            "Maximum sentence for going AWOL under Article 337: 10 yrs",
            [("10", "supported", "isl-awol-max-sentence")],
        ),
        (
            "Maximum sentence for disobeying an order: 3 yrs",
            [("3", "supported", "isl-disobedience-max-sentence")],
        ),
    ],
)
def test_yrs_is_years(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "**Package runs:** 2'40\" | **Version:** 3",
        "The package runs 2′40″ on air.",
        "Check bar lengths against version 2.",
        "ANCHOR INTRO — CAM 2",
        "**Card 7/12 — Two years in**",
        "Episode 212 of the podcast.",
        "See issue 12 of the bulletin.",
    ],
)
def test_not_statistics(text: str) -> None:
    assert judge(text) == []


def test_ten_years_in_prison_is_still_a_penalty() -> None:
    got = judge("Unauthorised absence is punishable by up to ten years in prison.")
    assert got == [("up to ten", "supported", "isl-awol-max-sentence")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In spring 2025 the conveyor belt ran at seven or eight hundred convictions a month.",
            [
                (
                    "seven or eight hundred",
                    "supported",
                    "isl-mediazona-convictions-per-month-spring-2025",
                )
            ],
        ),
        # a rate adverb a word or two after the figure
        (
            "In spring 2025 military courts convicted 700 to 800 soldiers monthly.",
            [("700 to 800", "supported", "isl-mediazona-convictions-per-month-spring-2025")],
        ),
        # "or" between two figures that each stand alone is no range
        (
            "Five or six soldiers, 800 officers.",
            [("Five", "unsourced", None), ("six", "unsourced", None), ("800", "unsourced", None)],
        ),
    ],
)
def test_ranges_and_rates_in_words(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(text) == expected


def test_risks_is_a_penalty_word() -> None:
    got = judge("Before the law, a deserter risked five years in prison.")
    assert got == [("five", "supported", "baghai-desertion-max-sentence-before-law")]


def test_issue_as_a_verb() -> None:
    got = judge("In April 2025 military courts issue 848 verdicts.")
    assert got == [("848", "supported", "isl-mediazona-verdicts-april-2025")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Roughly one soldier in ten sent to fight in Ukraine has deserted.", "supported"),
        ("One soldier in ten sent to fight in Ukraine has deserted.", "qualifier-drift"),
    ],
)
def test_a_share_with_a_noun_keeps_its_hedge(text: str, status: str) -> None:
    assert judge(text)[0][1] == status


@pytest.mark.parametrize(
    "text",
    [
        "**Photo 4 of 9.** A soldier's mother at her window.",
        "Part 2 of 3: the courts.",
        # labels of a caption package (a user's trial: each was reported unsourced)
        "Caption 1: A military court in Rostov.",
        "Fig. 3: The courts' caseload by month.",
        "Exhibit 2 shows the courts' caseload. Scene 4: a courtroom.",
        "The committee has the numbers from two secondary sources.",
        "Side by side, the two figures do not cover the same period.",
    ],
)
def test_the_drafts_own_parts_and_sources_are_not_statistics(text: str) -> None:
    assert judge(text) == []


def test_an_elided_duration_carries_on_to_the_next_short_sentence() -> None:
    text = (
        "Desertion is punishable by up to 15 years. Going absent without leave, a maximum "
        "of ten. Disobeying an order, three."
    )
    assert judge(text) == [
        ("up to 15", "supported", "isl-desertion-max-sentence"),
        ("a maximum of ten", "supported", "isl-awol-max-sentence"),
        ("three", "supported", "isl-disobedience-max-sentence"),
    ]
