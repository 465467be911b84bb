"""Markup and words of drafts a review of the reading found misread: a wiki page's footnote
marker copied as Markdown ("[[2]](…#cite_note-2)") read as a figure, a German share after
another "von" ("Angaben von einer von fünf") missed. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from desertcheck.quantity.german_words import shares
from desertcheck.wikitext import blank_links

from .test_audit import auditor


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "deserted.[[2]](https://x.org/a#cite_note-2) Some",
            "deserted.     (https://x.org/a#cite_note-2) Some",
        ),
        ("convicted.[[3]] More", "convicted.      More"),
        ("[[note 4]] said", "           said"),
        # a link's words stay, a year among them
        ("[[2024 in Russia]] was", "  2024 in Russia   was"),
        ("[[Russian invasion|invasion]] in 2022", "                   invasion   in 2022"),
    ],
)
def test_a_wiki_footnote_marker_is_blanked(text: str, shown: str) -> None:
    assert blank_links(text) == shown


def test_a_footnote_marker_copied_as_markdown_is_no_figure() -> None:
    draft = (
        "Over 16,000 soldiers deserted in 2024.[[2]](https://en.wikipedia.org/wiki/X#cite_note-2)"
        " Some 5,000 were later convicted.[[3]]\n"
    )
    assert [it.figure.text for it in auditor().audit(draft, "d.md")] == [
        "Over 16,000",
        "Some 5,000",
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("einer von fünf Einheiten", [("einer von fünf", 0.2)]),
        ("Nach Angaben von einer von fünf Einheiten", [("einer von fünf", 0.2)]),
        ("Berichte von drei von zehn Soldaten", [("drei von zehn", 0.3)]),
    ],
)
def test_a_share_after_another_von_is_read(text: str, found: list[tuple[str, float]]) -> None:
    assert [(text[a:b], v) for a, b, v in shares(text)] == found
