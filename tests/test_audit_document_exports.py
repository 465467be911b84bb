"""What a document's export adds around its text: a shared document's suggestions shown
inline ("[Suggested deletion: …][Suggested insertion: …]", two versions of the text), a
revision number ("revision 17"), an AsciiDoc attribute entry (":revnumber: 2.3") are no
figures of the draft's; a number alone on its line right after a line of text (a subtitle's
"Compare that with all of 2021:\\n527.") ends a sentence and is no list item. The drafts
are written for these tests; the claims are the shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit.subtitles import is_subtitles, read_subtitles
from desertcheck.audit.tracked import versions
from desertcheck.draft import blank

from .test_audit_reading2 import auditor, judge


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the suggestion kept is checked; the one cut is checked in the old version
        (
            "The UN counted [Suggested deletion: nearly fifty thousand][Suggested insertion: "
            "over 50,000] deserters since 2022.",
            [
                ("nearly fifty thousand", "qualifier-drift", "euaa-un-desertions-since-2022"),
                ("over 50,000", "supported", "euaa-un-desertions-since-2022"),
            ],
        ),
        # a revision number labels the document
        (
            "Shared document export, revision 17. Over 50,000 soldiers deserted since 2022.",
            [("Over 50,000", "supported", "euaa-un-desertions-since-2022")],
        ),
        (
            "An earlier edition (revision 2.1) was wrong: over 50,000 soldiers deserted "
            "since 2022.",
            [("over 50,000", "supported", "euaa-un-desertions-since-2022")],
        ),
        # an AsciiDoc attribute entry is the document's metadata
        (
            "= Deserters\n:revnumber: 2.3\n:revdate: 2026-09-03\n\n"
            "Over 50,000 soldiers deserted since 2022.",
            [("Over 50,000", "supported", "euaa-un-desertions-since-2022")],
        ),
        # a number alone on its line after a line of text is the sentence's figure
        (
            "Proekt counted AWOL convictions before the war.\nCompare that with all of 2021:\n"
            "527.\n",
            [("527", "supported", "mt-proekt-awol-convictions-2021")],
        ),
    ],
)
def test_export_apparatus(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(text) == expected


def test_suggestions_are_two_versions() -> None:
    text = "counted [Suggested deletion: 5,620][Suggested insertion: 4,373] cases"
    found = versions(text)
    assert found is not None
    assert found.new.split() == ["counted", "4,373", "cases"]
    assert found.old.split() == ["counted", "5,620", "cases"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Compare that with all of 2021:\n527.\n", "527."),
        ("x\n12)\n", "12)"),
        # list numbers stay blanked: an item with text, a number after a blank line
        ("1. foo\n2. bar\n", None),
        ("Intro\n\n3.\n", None),
    ],
)
def test_a_lone_number_after_text_is_no_list_number(text: str, kept: str | None) -> None:
    blanked = blank(text)
    if kept is None:
        assert not any(c.isdigit() for c in blanked)
    else:
        assert kept in blanked


SRT = (
    "1\n00:00:01,500 --> 00:00:04,100\nProekt counted the sentences handed down.\n\n"
    "2\n00:01:25,900 --> 00:01:28,900\nThe average sentence\nfor refusing to fight:\n\n"
    "3\n00:01:29,200 --> 00:01:32,200\ntwo years.\n\n"
    "4\n00:01:32,500 --> 00:01:35,100\nThe courts are busy.\n"
)


def test_a_sentence_runs_on_from_cue_to_cue() -> None:
    found = [
        (it.line, it.figure.text, it.status, it.claim.id if it.claim else None)
        for it in auditor().audit(SRT, "explainer.srt")
    ]
    assert found == [(12, "two", "supported", "mt-proekt-refusal-to-fight-average-sentence")]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # a cue that does not end its sentence runs on into the next
        (SRT, "for refusing to fight:\ntwo years."),
        # a cue that ends its sentence stays a paragraph; a WebVTT header is no cue's text
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nOne.\n\n00:00:03.000 --> 00:00:04.000\nTwo\n",
            None,
        ),
        # a cue that ends a clause with a comma, a caption in brackets: paragraphs
        (
            "1\n00:00:01,000 --> 00:00:02,000\nIn 2023,\n\n2\n00:00:03,000 --> 00:00:04,000\n"
            "[ON SCREEN: 3 YEARS]\n\n3\n00:00:05,000 --> 00:00:06,000\nThis April.\n",
            None,
        ),
        # captions with no punctuation: where a sentence ends is not written
        (
            "1\n00:00:01,000 --> 00:00:02,000\nin 2024 alone more than\n\n"
            "2\n00:00:03,000 --> 00:00:04,000\nthirteen thousand were convicted\n\n"
            "3\n00:00:05,000 --> 00:00:06,000\nfrontelligence counted\n",
            None,
        ),
    ],
)
def test_read_subtitles(text: str, joined: str | None) -> None:
    read = read_subtitles(text)
    if joined is None:
        assert read is None
    else:
        assert read is not None and joined in read.text
        assert "busy" in read.text and "sentences handed down.\n\n2\n" in read.text


@pytest.mark.parametrize(
    ("name", "text", "subtitles"),
    [
        ("x.srt", "", True),
        ("x.txt", SRT, True),
        ("x.txt", "At 00:01:02,000 --> 00:01:03,000 once.", False),
    ],
)
def test_is_subtitles(name: str, text: str, subtitles: bool) -> None:
    assert is_subtitles(name, text) is subtitles
