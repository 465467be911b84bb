"""A number after "c." (circa), as a reference work writes an estimate ("Prosecuted:
c. 16,000"): about that number, as the parser reads "ca." and "circa"."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

#: "c. 16,000", "c.16,000": a lone "c." (no word or stop before it: "etc. 16" is no circa)
_CIRCA = regex(r"(?<![\w.])c\.[ \t\u00a0]?\Z")


def circa(blanked: str, q: Quantity) -> Quantity:
    """``q`` hedged "about" from the "c." right before it, if there is one and ``q`` has no
    qualifier of its own."""
    if q.qualifier != "exactly":
        return q
    m = _CIRCA.search(blanked, max(0, q.start - 4), q.start)
    if m is None:
        return q
    return replace(q, qualifier="about", start=m.start(), text=blanked[m.start() : q.end])
