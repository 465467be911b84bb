"""A draft's own apparatus is no statistic: the numbers of its alerts and questions, the
length and reading time of a text, a quiz's scores and the answers it accepts, a page of a
bundle, the second year of a season, the titles on a "Related:" line; a year after a
possessive is a year used as a word. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        ("**Mon 3 Mar 2025, 09:10** (alert 4 of 12)\n", ["4", "12"]),
        ("Notification 7 of 9: courts are busier than ever.\n", ["7", "9"]),
        ("Alert 2 gave the wrong total; this one corrects it.\n", ["2"]),
        ("Question 11 asked about prisons. Q4 was the hardest.\n", ["11", "4"]),
        ("Contents: [1. Sentences](#s) · [2. Courts](#c)\n", ["1", "2"]),
        ("Our explainer is a 6 min read.\n", ["6"]),
        ("A twelve-minute read, with charts.\n", ["twelve"]),
        ("Reading time: 9 minutes.\n", ["9"]),
        ("Word limit for this part: 2,000 words.\n", ["2,000"]),
        ("Keep headlines to 80 characters at most.\n", ["80"]),
        ("The report is 40 pages long.\n", ["40"]),
        ("Round three (three points): who wrote it?\n", ["three"]),
        ("- 12 points: top of the class.\n", ["12"]),
        ("- 0-4: better luck next week.\n", ["0-4"]),
        ("Score 0-3 correct and you should read more.\n", ["0-3"]),
        ("One point for anything between 700 and 900.\n", ["between 700 and 900"]),
        ("Accept any answer from 10,000 to 30,000.\n", ["from 10,000 to 30,000"]),
        ("The refusal letter is at [RB/12-30], the evidence at [AB/61].\n", ["30", "61"]),
        ("In the 2023-24 season the club advised most men.\n", ["24"]),
        ("*Related: 4 things to know about the draft · 6 charts on the war*\n", ["4", "6"]),
        ("Mediazona's 2024 tally was the highest yet.\n", ["2024"]),
    ],
)  # fmt: skip
def test_the_drafts_own_apparatus_is_no_figure(text: str, left_out: list[str]) -> None:
    reported = [figure for figure, _, _ in judge(text)]
    for figure in left_out:
        assert figure not in reported, (figure, reported)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # statistics that stand where the apparatus does
        ("Another 129 soldiers faced trial for desertion.\n", "129"),
        ("Support fell by 5 percentage points in a year.\n", "5"),
        ("Of 16 districts, 4 reported more cases.\n", "16"),
        ("Some 1,500 new cases a month were opened.\n", "Some 1,500"),
        ("- 18,159: AWOL cases by 30 June 2025\n", "18,159"),
        ("Between 700 and 800 soldiers a month were convicted.\n", "Between 700 and 800"),
        ("In 2024-25 the UN documented 258 torture cases.\n", "258"),
        ("Related research counts 1,500 new cases a month.\n", "1,500"),
        ("In the 2024-26 programme 26 men were advised.\n", "26"),
    ],
)  # fmt: skip
def test_statistics_beside_the_apparatus_are_kept(text: str, kept: str) -> None:
    assert kept in [figure for figure, _, _ in judge(text)]


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        ("The charge is one of three offences the law names.", ["three"]),
        ("Disobedience is the mildest of the three, with up to three years.", ["three"]),
        ("Going absent is the most common of these four charges.", ["four"]),
        # a count of the text's own figures
        ("Last week we printed two of the court figures the wrong way round.", ["two"]),
        ("Three of Mediazona's numbers above are from May.", ["Three"]),
    ],
)  # fmt: skip
def test_a_count_of_the_things_the_text_names_is_no_figure(text: str, left_out: list[str]) -> None:
    reported = [figure for figure, _, _ in judge(text + "\n")]
    for figure in left_out:
        assert figure not in reported, (figure, reported)


def test_a_share_or_a_part_of_a_count_is_kept() -> None:
    reported = [figure for figure, _, _ in judge("One in three of the 289 was a conscript.\n")]
    assert "289" in reported
    reported = [figure for figure, _, _ in judge("Two of the deserters were officers.\n")]
    assert "Two" in reported


def test_a_heading_before_a_numbered_answer_numbers_nothing() -> None:
    # "Answers" ends the heading's line: the answer's figure below it is a statistic
    reported = [figure for figure, _, _ in judge("## Answers\n\n1. **18,159.** AWOL cases.\n")]
    assert "18,159" in reported
