"""A note's shorthand around a figure that the quantity parser reads as prose: an arrow and
a comparison sign of two characters.

Notes write a change with an arrow, "max for desertion 5y -> 10y": the parser (shared with
``verify``) takes the arrow's head for the sign "more than", and read "over 10" where the
note says the penalty became 10 years; a figure right after "->" or "=>" is read as it
stands (:func:`read_shorthand`). A note writes "at least 912" as ">=912" and "at most" as
"<=": the parser reads the number alone, and the note's hedge was lost; they are read as
"at least" and "up to", as "≥" and "≤" are.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

#: The shaft of an arrow right before its head ("->", "=>", "–>").
_SHAFT: Final = frozenset("-=–")
_DIGIT: Final = regex(r"\d")
#: ">=" or "<=" right before a figure (a space between them at most), and the qualifier
#: each says.
_SIGN: Final = regex(r"(?<![<>=-])([<>])=[ \t]?\Z")
_SIGNS: Final = {">": "at-least", "<": "up-to"}


def read_shorthand(q: Quantity, blanked: str) -> Quantity:
    """``q`` read past an arrow before it ("-> 10": 10, not "over 10") and with the hedge
    of a ">=" or "<=" before it."""
    if q.qualifier in ("over", "under") and q.text[:1] in "><":
        if q.start > 0 and blanked[q.start - 1] in _SHAFT and (d := _DIGIT.search(q.text)):
            at = d.start()
            return replace(q, qualifier="exactly", start=q.start + at, text=q.text[at:])
        return q
    if q.qualifier != "exactly" or q.is_range:
        return q
    m = _SIGN.search(blanked, max(0, q.start - 3), q.start)
    if m is None:
        return q
    return replace(q, qualifier=_SIGNS[m[1]], start=m.start(), text=blanked[m.start() : q.end])
