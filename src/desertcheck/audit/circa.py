"""A number after "c." (circa), as a reference work writes an estimate ("Prosecuted:
c. 16,000"): about that number, as the parser reads "ca." and "circa". And a number
shortened with a letter for its scale ("16k", "22.6k", "2.4M", "1.2bn"): a rounding by its
form, so about that number — "16k" retells "some 16,000" and "22.6k" "nearly 22,580", where
a bare "16,000" drops the hedge and a bare "22,600" is a rounding written as exact."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

#: "c. 16,000", "c.16,000": a lone "c." (no word or stop before it: "etc. 16" is no circa)
_CIRCA = regex(r"(?<![\w.])c\.[ \t\u00a0]?\Z")


#: A number with its scale in one letter or two, glued or after a space: "16k", "2.4 M".
_SHORT_SCALE = regex(r"\d(?:[.,]\d+)?[ \u00a0]?(?:k|K|M|bn|mn)\Z")


def circa(blanked: str, q: Quantity) -> Quantity:
    """``q`` hedged "about" from the "c." right before it, if there is one, or from its
    short scale ("16k"), when ``q`` has no qualifier of its own."""
    if q.qualifier != "exactly" or q.low != q.high:
        return q
    if _SHORT_SCALE.search(q.text.rstrip()):
        return replace(q, qualifier="about")
    m = _CIRCA.search(blanked, max(0, q.start - 4), q.start)
    if m is None:
        return q
    return replace(q, qualifier="about", start=m.start(), text=blanked[m.start() : q.end])
