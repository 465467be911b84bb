"""A line that opens with a pictograph, as a newsletter's "by the numbers" digest writes its
items ("🪖 **50,000+** — soldiers who have deserted …", "⚖️ **16k** — deserters
prosecuted …"): an item of its own, though none ends in a full stop, so the lines run
into one sentence. Its words stay the sentence's (an item may lean on the line before it:
"📆 **38 an hour** — yes, our intern's favourite figure"), but its period words are its
line's alone: "🔒 **13,500** — convicted in 2024 alone" is not dated by the "since 2022"
of the line before it, nor "📚 … **501** desertion cases" by the next line's "in 2023"."""

from __future__ import annotations

import unicodedata

from desertcheck.compiled import regex

Span = tuple[int, int]

#: Words that point back to a period said before ("over the same stretch", "that year"):
#: a line that says them keeps the sentence's period words.
_POINTS_BACK = regex(r"\b(?:that\s+(?:year|period|month|time)|the\s+same\s+[^\W\d]+)\b")
#: Symbols below this are the old signs of print ("©", "°", "¶"), no item's bullet.
_FIRST_PICTOGRAPH = 0x2190


def opens_with_pictograph(line: str) -> bool:
    """Whether ``line``'s first character (after white space) is a pictograph, a symbol of
    Unicode's "other symbol" category from the arrows on ("📉", "⚖️", "🇺🇦"), with words
    after it."""
    stripped = line.lstrip(" \t")
    if not stripped or ord(stripped[0]) < _FIRST_PICTOGRAPH:
        return False
    return unicodedata.category(stripped[0]) == "So" and len(stripped.split(None, 1)) == 2


def period_window(blanked: str, span: Span, own: Span, start: int, end: int) -> tuple[Span, Span]:
    """``span`` and ``own`` (a figure's window and its own words, the figure at
    ``start``-``end``) kept to the figure's line where that line, or the next, is an item
    that opens with a pictograph and points back to no period ("the same stretch"); as
    they are otherwise."""
    if "\n" not in blanked[span[0] : span[1]]:
        return span, own
    line_start = blanked.rfind("\n", 0, start) + 1
    line_end = blanked.find("\n", end)
    line_end = len(blanked) if line_end < 0 else line_end
    next_end = blanked.find("\n", line_end + 1)
    next_line = blanked[line_end + 1 : len(blanked) if next_end < 0 else next_end]
    lo, hi = span
    if _POINTS_BACK.search(blanked, line_start, line_end):
        return span, own
    if opens_with_pictograph(blanked[line_start:line_end]):
        lo, hi = max(lo, line_start), min(hi, line_end)
    elif opens_with_pictograph(next_line):
        hi = min(hi, line_end)
    if (lo, hi) == span:
        return span, own
    return (lo, hi), (max(own[0], lo), min(own[1], hi))
