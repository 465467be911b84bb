"""Words a page proof hyphenates across a line's end, joined again (:func:`joined`, called
by :func:`desertcheck.draft.blank`).

A typeset page breaks a word where the measure ends: "Near-\\nly 22,580", "a 29-year-\\nold",
"refus-\\ning to serve". Read as written, "Near-" and "ly" are no qualifier and "29-year-"
no age. A word broken so (a letter, a hyphen at the line's end, a lower-case letter
opening the next line after its indent) right before a number is joined on the first
line: the rest of the word moves up, the hyphen becomes a space on the next line, so the
text keeps its length and its number of lines ("Nearly\\n  22,580"); a compound broken at
one of its hyphens keeps it ("29-year-old"), wherever it stands. Other broken words are
read as before, as two words ("sol-" and "diers"). A line laid out in two columns (a gap
of three blanks inside it) is left as it is: its next line opens with the other column's
words. A hyphen after a space ("so -\\nthen") or before a capital, a digit or a blank
line is left as it is.
"""

from __future__ import annotations

import re
from typing import Final

_BROKEN: Final = re.compile(r"(?<=[^\W\d_])-\n([ \t]*+)([a-z]++)")
#: The start of the word broken: after the last blank of the 40 characters before it.
_WORD_START: Final = re.compile(r"\S{1,40}\Z")
#: A number right after the broken word: the word is its figure's hedge ("Near-\nly 22,580").
_FIGURE_AFTER: Final = re.compile(r"[ \t]{1,3}[~≈<>]?\d")
#: A gap of three blanks or more inside a line: text laid out in columns.
_COLUMN_GAP: Final = re.compile(r"\S[ \t]{3,}\S")


def _join(m: re.Match[str]) -> str:
    line = m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.start()]
    if _COLUMN_GAP.search(line):
        return m[0]  # two columns side by side: the next line opens the other column
    before = _WORD_START.search(m.string, max(0, m.start() - 40), m.start())
    if before and ("-" in before[0] or any(c.isdigit() for c in before[0])):
        return f"-{m[2]}\n{m[1]}"  # "29-year-\nold": a compound keeps its hyphens
    if not _FIGURE_AFTER.match(m.string, m.end()):
        return m[0]  # a word away from any figure is read as before
    return f"{m[2]}\n{m[1]} "


def joined(text: str) -> str:
    """``text`` with its words hyphenated across a line's end joined on the first line
    (same length, same number of lines)."""
    return _BROKEN.sub(_join, text)
