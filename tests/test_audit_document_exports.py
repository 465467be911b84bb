"""What a document's export adds around its text: a shared document's suggestions shown
inline ("[Suggested deletion: …][Suggested insertion: …]", two versions of the text), a
revision number ("revision 17"), an AsciiDoc attribute entry (":revnumber: 2.3") are no
figures of the draft's; a number alone on its line right after a line of text (a subtitle's
"Compare that with all of 2021:\\n527.") ends a sentence and is no list item. The drafts
are written for these tests; the claims are the shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit.tracked import versions
from desertcheck.draft import blank

from .test_audit_reading2 import judge


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
