"""Bounds typed as two characters: "<=912", ">= 50,000" (a spreadsheet's, a programmer's).

The figure parser reads "≤912" as up to 912 and "≥ 50,000" as at least 50,000, but not
the ASCII spellings: "<=912" would be read bare, and a claim of at least 912 would be
retold to the letter. Each ``<=`` and ``>=`` right before a number is read as the sign
it spells, followed by a space (:func:`as_signs`): two characters for two, so every
offset stays the draft's.
"""

from __future__ import annotations

from typing import Final

from desertcheck.compiled import regex

_ASCII_BOUND: Final = regex(r"([<>])=(?=[ \t]?\d)")
_SIGN: Final = {"<": "≤ ", ">": "≥ "}


def as_signs(text: str) -> str:
    """``text`` with each ``<=`` and ``>=`` before a number read as ``≤`` and ``≥``."""
    if "=" not in text:
        return text
    return _ASCII_BOUND.sub(lambda m: _SIGN[m.group(1)], text)
