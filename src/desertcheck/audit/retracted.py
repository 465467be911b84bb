"""Period words a speaker withdraws in the same breath: "289 in 2024 — no, 2023, in 2023".

A transcript keeps a speaker's slips, and corrections follow them at once: "— no,",
"sorry,", "I mean", "make that" (:data:`desertcheck.audit.corrections.CORRECTION`). Period
words right before such a correction, with another point in time right after it, are
withdrawn: they date none of the sentence's figures, and the figure takes the period said
in their place. (A figure said and corrected is still judged as it was said; a rate's span
corrected is read by :mod:`.kinds`.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from desertcheck.audit.corrections import CORRECTION
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.periods import DraftPeriod

#: The point in time said in place of the withdrawn one: "2023", "in 2023", "May 2025".
_POINT_AFTER: Final = regex(r"(?:in\s+|by\s+|since\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d(?!\d)")


def without_retracted(found: list[DraftPeriod], text: str) -> list[DraftPeriod]:
    """``found`` (period words of ``text``) less those a correction withdraws."""
    kept = []
    for p in found:
        m = CORRECTION.match(text, p.end)
        if m is not None and _POINT_AFTER.match(text, m.end()) is not None:
            continue
        kept.append(p)
    return kept
