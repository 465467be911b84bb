"""Words a page proof hyphenates across a line's end, joined again (:func:`joined`, called
by :func:`desertcheck.draft.blank`).

A typeset page breaks a word where the measure ends: "Near-\\nly 22,580", "a 29-year-\\nold",
"refus-\\ning to serve". Read as written, "Near-" and "ly" are no qualifier and "29-year-"
no age. A word broken so (a letter, a hyphen at the line's end, a lower-case letter
opening the next line after its indent) is joined on the first line: the rest of the word
moves up, the hyphen becomes a space on the next line, so the text keeps its length and
its number of lines ("Nearly\\n  22,580"); a compound broken at one of its hyphens keeps
it ("29-year-old"). A hyphen after a space ("so -\\nthen") or before
a capital, a digit or a blank line is left as it is.
"""

from __future__ import annotations

import re
from typing import Final

_BROKEN: Final = re.compile(r"(?<=[^\W\d_])-\n([ \t]*+)([a-z]++)")
#: The start of the word broken: after the last blank of the 40 characters before it.
_WORD_START: Final = re.compile(r"\S{1,40}\Z")


def _join(m: re.Match[str]) -> str:
    before = _WORD_START.search(m.string, max(0, m.start() - 40), m.start())
    if before and ("-" in before[0] or any(c.isdigit() for c in before[0])):
        return f"-{m[2]}\n{m[1]}"  # "29-year-\nold": a compound keeps its hyphens
    return f"{m[2]}\n{m[1]} "


def joined(text: str) -> str:
    """``text`` with its words hyphenated across a line's end joined on the first line
    (same length, same number of lines)."""
    return _BROKEN.sub(_join, text)
