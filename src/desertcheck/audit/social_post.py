"""A social network's post copied with its comments, read without the network's chrome.

A post copied from LinkedIn (or a network like it) brings along the lines the page draws
around its text::

    Tom Reyes • 2nd
    Policy analyst
    Great post. But wasn't it 16,000 convicted last year, not 13.5k?
    3d (edited) • Like • Reply

      Dr. Elena Marsh • Author
      No — that figure is prosecutions, not convictions …

Read as they stand, a comment's age ("3d", "1d") was a figure, and a reply ran into the
comment it answers, its author's line between them. :func:`read_social_post` blanks the
lines that are chrome alone: a comment's or the post's actions and age ("3d • Like •
Reply", "👍❤️💡 Like • Comment • Repost • Send") and an author's line with their
connection ("Tom Reyes • 2nd", "Dr. Elena Marsh • Author"); each is a paragraph's end, so
a reply to a question ("Surely more than 10% have deserted by now?") is read as its
answer. Blanked with spaces, the text keeps its offsets. A draft is such a post when two of
its lines or more are actions with a comment's age or a "Reply" (:func:`is_social_post`).
"""

from __future__ import annotations

from typing import Final

from desertcheck.compiled import regex
from desertcheck.typography import Plain

#: How a post or a comment's age is written: "3d", "5h", "2w", "1mo", "1yr".
_AGE: Final = regex(r"\d{1,3}(?:s|m|min|h|hr|d|w|wk|mo|y|yr)\Z")
#: The words of a post's and a comment's actions and marks.
_ACTIONS: Final = frozenset(
    [
        "like",
        "reply",
        "replies",
        "comment",
        "comments",
        "repost",
        "reposts",
        "share",
        "send",
        "report",
        "edited",
        "(edited)",
        "follow",
        "translate",
    ]
)
#: An author's connection to the reader, after their name.
_CONNECTIONS: Final = frozenset({"1st", "2nd", "3rd", "3rd+", "author", "following", "you"})
#: What a line's parts are divided by.
_DOTS: Final = regex(r"[ \t]*+[•·][ \t]*+")
#: Symbols before a line's first word ("👍❤️💡 Like").
_LEAD: Final = regex(r"[^\w(]*+")
#: The most lines looked at to tell such a post.
_LOOK: Final = 400


def is_social_post(text: str) -> bool:
    """Whether ``text`` is a post copied with its comments (see the module's docstring)."""
    lines = text.split("\n", _LOOK)[:_LOOK]
    return sum(1 for line in lines if _actions(line, replied=True)) >= 2


def read_social_post(text: str) -> Plain | None:
    """``text``, such a post, with its chrome's lines blanked; None when it has none."""
    out: list[str] = []
    changed = False
    for line in text.split("\n"):
        if _actions(line, replied=False) or _author(line):
            out.append(" " * len(line))
            changed = True
        else:
            out.append(line)
    return Plain("\n".join(out), None) if changed else None


def _actions(line: str, replied: bool) -> bool:
    """Whether ``line`` is actions alone ("3d • Like • Reply"); ``replied``: with an age
    or a "Reply" among them."""
    parts = _DOTS.split(line.strip())
    if len(parts) < 2 or len(line) > 200:
        return False
    parts[0] = parts[0][_LEAD.match(parts[0]).end() :]  # type: ignore[union-attr]
    words = [w for part in parts for w in part.split()]
    if not words or not all(w.lower() in _ACTIONS or _AGE.match(w) for w in words):
        return False
    return not replied or any(w.lower() == "reply" or _AGE.match(w) for w in words)


def _author(line: str) -> bool:
    """Whether ``line`` is an author's name and their connection ("Tom Reyes • 2nd")."""
    parts = _DOTS.split(line.strip())
    if len(parts) != 2 or len(line) > 120:
        return False
    name, mark = parts
    words = name.split()
    return (
        mark.lower() in _CONNECTIONS and 1 <= len(words) <= 6 and not any(c.isdigit() for c in name)
    )
