"""A social network's post copied with its comments is read without the lines of its
actions and authors: a comment's age ("3d") is no figure, and a reply is read as the
answer to the question it follows. The posts are written for these tests; the claims are
the shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit.social_post import is_social_post, read_social_post

from .test_audit_mail_notebook import placed

POST = (
    "Dr. Ana Pell • 1st\n"
    "Researcher | Tallinn\n"
    "5 November 2026 • Edited\n"
    "\n"
    "The UN counts over 50,000 Russian soldiers deserted since 2022.\n"
    "\n"
    "👍❤️ Like • Comment • Repost • Send\n"
    "\n"
    "Mark Ellison • 2nd\n"
    "Surely more than 10% have deserted by now?\n"
    "  Dr. Ana Pell • Author\n"
    "  The UN says nearly 10 per cent, as of September 2025.\n"
    "  3d (edited) • Like • Reply\n"
)


@pytest.mark.parametrize(
    ("line", "blanked"),
    [
        ("3d (edited) • Like • Reply", True),
        ("  1d • Like • Reply", True),
        ("👍❤️ Like • Comment • Repost • Send", True),
        ("Mark Ellison • 2nd", True),
        ("  Dr. Ana Pell • Author", True),
        ("5 November 2026 • Edited", False),  # the post's date
        ("Researcher | Tallinn", False),
        ("Courts • 13,500 convicted", False),
        ("Surely more than 10% have deserted by now?", False),
    ],
)
def test_the_chrome_of_a_post_is_blanked(line: str, blanked: bool) -> None:
    read = read_social_post(POST + line + "\n")
    assert read is not None
    last = read.text.split("\n")[-2]
    assert (last == " " * len(line)) is blanked
    assert len(read.text) == len(POST) + len(line) + 1  # blanked in place


def test_is_social_post() -> None:
    assert is_social_post(POST + "Tom • 3rd+\nSo many.\n2d • Like • Reply\n")
    assert not is_social_post(POST)  # one line of a comment's actions
    assert not is_social_post("Over 50,000 deserted • 10% of them • since 2022\n" * 3)


def test_a_post_is_audited_without_its_chrome() -> None:
    post = POST + "\nTom • 3rd+\nSo many.\n2d • Like • Reply\n"
    assert placed(post, "post.txt") == [
        (5, "over 50,000", "supported", "euaa-un-desertions-since-2022"),
        (10, "more than 10%", "unsourced", None),
        (12, "nearly 10 per cent", "supported", "euaa-un-deserters-share-of-deployed"),
    ]
