"""A forum post in BBCode is read as its words: its tags dropped as Markdown's markup is,
its list items items, its quoted posts quoted blocks, its [table] a table with its header
row, and a tag's number ("[size=85]") no figure. The drafts are written for these tests;
the claims are the shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit.bbcode import is_bbcode, read_bbcode

from .test_audit_mail_notebook import placed as placed_in


def placed(text: str) -> list[tuple[int, str, str, str | None]]:
    return placed_in(text, "post.txt")


@pytest.mark.parametrize(
    ("post", "expected"),
    [
        # a table's header names the period of its rows; a tag's number is no figure
        (
            "By district:\n\n[table]\n"
            "[tr][td][b]District[/b][/td][td][b]Cases to Dec 2024[/b][/td][/tr]\n"
            "[tr][td]Southern[/td][td]nearly 22,580[/td][/tr]\n[/table]\n\n"
            "[size=85][i]Edited.[/i][/size]\n",
            [
                (
                    5,
                    "nearly 22,580",
                    "supported",
                    "euaa-frontelligence-desertions-southern-md-dec-2024",
                )
            ],
        ),
        # list items, a link's words kept and its address dropped
        (
            "[list]\n[*][b]UN[/b] (via [url=https://example.org/un-2025]NGE[/url]): "
            "over 50,000 deserters since 2022\n[*]that is nearly 10% of the soldiers deployed\n"
            "[/list]\n",
            [
                (2, "over 50,000", "supported", "euaa-un-desertions-since-2022"),
                (3, "nearly 10%", "supported", "euaa-un-deserters-share-of-deployed"),
            ],
        ),
    ],
)
def test_a_bbcode_post_is_read_as_its_words(
    post: str, expected: list[tuple[int, str, str, str | None]]
) -> None:
    assert placed(post) == expected


@pytest.mark.parametrize(
    ("post", "read"),
    [
        ("[b]50,000[/b] [i]deserted[/i]", "50,000 deserted"),
        ("[quote=vasily_k]500,000 deserted.[/quote]", "> 500,000 deserted."),
        ("[list]\n[*]one\n[*]two\n[/list]", "\n- one\n- two\n"),
        ("[tr][td]a[/td][td]1[/td][/tr]", "| a | 1 |"),
        ("[img]https://example.org/2024.png[/img] [size=85]x[/size]", " x"),
        ("[URL=https://example.org/1]link[/URL]", "link"),
    ],
)
def test_tags_are_read_as_markdowns(post: str, read: str) -> None:
    got = read_bbcode(post)
    assert got.text == read
    last = [c for c in read if c.isalnum()][-1]  # maps back to where the post writes it
    assert got.start(got.text.rindex(last)) == post.rindex(last)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[b]x[/b] and [i]y[/i]", True),
        ("[b]x[/b] only one", False),
        ("Prices [1] and [2] in brackets [/sic]", False),
    ],
)
def test_is_bbcode(text: str, expected: bool) -> None:
    assert is_bbcode(text) is expected
