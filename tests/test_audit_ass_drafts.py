"""An ASS subtitle script is read as its dialogue: the styles, the script's resolution,
the timings, the speaker and the override tags are no figures, and a line that leaves its
sentence open runs on into the next. The files are written for these tests; the claims
are the shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit.ass_drafts import is_ass, read_ass

from .test_audit_mail_notebook import placed

HEAD = (
    "[Script Info]\nScriptType: v4.00+\nPlayResX: 1920\nPlayResY: 1080\n\n[V4+ Styles]\n"
    "Format: Name, Fontname, Fontsize, PrimaryColour, MarginL\n"
    "Style: Default,Arial,48,&H00FFFFFF,60\n\n[Events]\n"
    "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
)
LINE = "Dialogue: 0,0:01:0{0}.50,0:01:0{1}.00,Default,Narrator,0,0,0,,"


@pytest.mark.parametrize(
    ("events", "read"),
    [
        # override blocks dropped, \N a line break, \h a no-break space; a comment not shown
        (
            LINE.format(1, 2) + "{\\i1}Over{\\i0}\\h50,000{\\pos(320,50)} deserted.\n"
            "Comment: 0,0:01:03.00,0:01:04.00,Default,,0,0,0,,check 60,000\n"
            + LINE.format(4, 5)
            + "Mediazona counted\\N18,159 AWOL cases.\n",
            "\n\nOver\u00a050,000 deserted.\n\nMediazona counted\n18,159 AWOL cases.\n",
        ),
        # an open line runs on into the next; a stop ends a paragraph
        (
            LINE.format(1, 2)
            + "The UN puts it at over\n"
            + LINE.format(3, 4)
            + "50,000.\n"
            + LINE.format(5, 6)
            + "Next.\n",
            "\n\nThe UN puts it at over\n50,000.\n\nNext.\n",
        ),
        # a format with fewer fields: the text is the field it names
        (
            "Format: Start, End, Text\nDialogue: 0:00:01.00,0:00:02.00,Over 50,000, since 2022.\n",
            "\n\nOver 50,000, since 2022.\n",
        ),
    ],
)
def test_a_script_is_read_as_its_dialogue(events: str, read: str) -> None:
    got = read_ass(HEAD + events)
    assert got is not None
    assert got.text == read


CAPTION = "Dialogue: 0,0:01:0{0}.50,0:01:0{1}.00,Caption,,0,0,0,,"
LAWYER = "Dialogue: 0,0:01:0{0}.50,0:01:0{1}.00,Default,Lawyer,0,0,0,,"


@pytest.mark.parametrize(
    ("events", "read"),
    [
        # a caption of another style, left open, is no sentence the narrator's line ends
        (
            CAPTION.format(1, 2)
            + "{\\pos(960,980)}Maximum sentences: desertion up to 15 years\n"
            + LINE.format(3, 4)
            + "In the spring of 2025, about 1,000 cases a month.\n",
            "\n\nMaximum sentences: desertion up to 15 years\n\n"
            "In the spring of 2025, about 1,000 cases a month.\n",
        ),
        # nor is one speaker's open line another speaker's
        (
            LAWYER.format(1, 2)
            + "There are tens of thousands of cases\n"
            + LINE.format(3, 4)
            + "against deserters.\n",
            "\n\nThere are tens of thousands of cases\n\nagainst deserters.\n",
        ),
        # the same speaker's open line runs on, over a line with no words between
        (
            LAWYER.format(1, 2)
            + "There are tens of thousands of cases\n"
            + LAWYER.format(3, 4)
            + "against deserters.\n",
            "\n\nThere are tens of thousands of cases\nagainst deserters.\n",
        ),
        # a format that names no style nor speaker: every line one speaker's
        (
            "Format: Start, End, Text\nDialogue: 0:00:01.00,0:00:02.00,The UN puts it at over\n"
            "Dialogue: 0:00:03.00,0:00:04.00,50,000.\n",
            "\n\nThe UN puts it at over\n50,000.\n",
        ),
    ],
)
def test_an_open_line_runs_on_only_in_its_speakers_next_line(events: str, read: str) -> None:
    got = read_ass(HEAD + events)
    assert got is not None
    assert got.text == read


def test_a_caption_keeps_its_figure_from_the_next_lines_period() -> None:
    script = (
        HEAD
        + CAPTION.format(1, 2)
        + "Maximum sentences: AWOL 10 years · desertion up to 15 years\n"
        + LINE.format(3, 4)
        + "In the spring of 2025, about a thousand new cases a month.\n"
    )
    assert [(line, text, status) for line, text, status, _ in placed(script, "film.ass")] == [
        (12, "10", "supported"),
        (12, "up to 15", "supported"),
        (13, "about a thousand", "supported"),
    ]


def test_each_figure_is_placed_on_its_line() -> None:
    script = HEAD + LINE.format(1, 2) + "{\\an8}Mediazona counted 18,159 AWOL cases to June 2025.\n"
    assert placed(script, "film.ass") == [(12, "18,159", "supported", "isl-mediazona-awol-cases")]


def test_a_script_with_no_dialogue_is_read_as_it_stands() -> None:
    assert read_ass(HEAD) is None
    assert read_ass("Dialogue: 0,0:01:01.50,0:01:02.00,Default,,0,0,0,,Over 50,000\n") is None
    assert is_ass("film.ASS") and is_ass("film.ssa") and not is_ass("film.srt")
