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


def test_each_figure_is_placed_on_its_line() -> None:
    script = HEAD + LINE.format(1, 2) + "{\\an8}Mediazona counted 18,159 AWOL cases to June 2025.\n"
    assert placed(script, "film.ass") == [(12, "18,159", "supported", "isl-mediazona-awol-cases")]


def test_a_script_with_no_dialogue_is_read_as_it_stands() -> None:
    assert read_ass(HEAD) is None
    assert read_ass("Dialogue: 0,0:01:01.50,0:01:02.00,Default,,0,0,0,,Over 50,000\n") is None
    assert is_ass("film.ASS") and is_ass("film.ssa") and not is_ass("film.srt")
