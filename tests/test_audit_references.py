"""A reference word ("army", "district", "brigade", "case", "room") before a number makes
it a designation only when the number is written as a label is: bare, small, with no
thousands grouping, no scale word and no noun of what a count counts after it. A
statistic right after such a word is read and judged. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    "text",
    [
        "Brigade 155 fought near the river that spring.",
        "The table on page 12 gives the source.",
        "The briefing is in seminar room 3.14.",
        "Case 12 was heard on a Monday.",
        "Army 58 held the line; District 9 was quiet.",
        "Files from case 4 and item 7 are missing.",
        "Map: K. Lind · page 3 · file 512 KB",  # a file's size
        "Attached: the file 2 MB in size.",
    ],
)
def test_a_designation_is_no_figure(text: str) -> None:
    assert judge(text + "\n") == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # thousands grouping
        ("In the Russian army 60,000 soldiers have deserted since 2022.", "60,000"),
        (
            "In the Southern military district 25,000 cases were reported by December 2024.",
            "25,000",
        ),
        ("Across the district 9,999 bus journeys were made in 2024.", "9,999"),
        ("From the army 60 000 men have fled since 2022.", "60 000"),
        # a scale word
        ("In the army 2 million men served in 2024.", "2 million"),
        ("In the army 60k men have fled since 2022.", "60k"),
        # a qualifier
        ("In the army over 500 officers were charged in 2024.", "over 500"),
        # a noun of what a count counts
        ("In the army 58 soldiers deserted in 2024.", "58"),
        ("In each district 12 cases were opened in 2024.", "12"),
        ("The court heard case 40 deserters brought in 2024.", "40"),
    ],
)
def test_a_statistic_after_a_reference_word_is_read(text: str, figure: str) -> None:
    assert [f for f, _, _ in judge(text + "\n")] == [figure]


def test_a_heading_is_no_label_of_the_line_below() -> None:
    draft = "## BY DISTRICT\n\n12 were opened for desertion in the south in 2024.\n"
    assert [f for f, _, _ in judge(draft)] == ["12"]
    plain = "Totals by army\n58 were charged with desertion in 2024.\n"
    assert [f for f, _, _ in judge(plain)] == ["58"]


@pytest.mark.parametrize(
    "draft",
    [
        "## The notes, take two\n\nNothing to check here.\n",
        "Field notes, part four\n===\n\nNothing to check here.\n",
        "# Season three\n\nNothing to check here.\n",
    ],
)
def test_a_number_word_ending_a_heading_numbers_it(draft: str) -> None:
    assert judge(draft) == []


@pytest.mark.parametrize(
    ("draft", "figure"),
    [
        ("## Deserted in 2024: twelve\n", "twelve"),
        ("## Deserters: more than ten thousand\n", "more than ten thousand"),
        ("## 192 desertion trials\n", "192"),
        ("In 2024 the courts opened cases against twelve.\n", "twelve"),
    ],
)
def test_a_headline_figure_is_read(draft: str, figure: str) -> None:
    assert [f for f, _, _ in judge(draft)] == [figure]
