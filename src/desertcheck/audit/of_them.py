"""A wrong value said of a group named just before: "Desertion proper is small: some 1,100
of them since 2022" for Mediazona's 1,010 desertion cases, "Ukraine's courts heard about
2,500 of them" for 2,355.

"Of them" right after a figure points back at what the sentence, or the one before it, has
named: the figure counts that measure. An ``unsourced`` figure said so, whose closest claim
is of a measure its sentence or the one before names, within 15% of its value and not
fitting it, is that claim's ``mismatch``; a figure with no "of them" is left to the bar
(a value within 15% of a claim, alone, cost correct figures: the twenty-fifth round).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from desertcheck.audit.verdicts import MISMATCH, UNSOURCED, Verdict
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from collections.abc import Collection

    from desertcheck.quantity import Quantity

#: "of them" right after the figure (its hedge's words before it).
_OF_THEM: Final = regex(r"\s+of\s+them\b", re.IGNORECASE)
#: How far the figure may be from the claim's value, either way.
_WITHIN: Final = 0.15


def of_them(q: Quantity, verdict: Verdict, blanked: str, named: Collection[str]) -> Verdict:
    """``verdict``, or for an ``unsourced`` figure followed by "of them" the ``mismatch`` of
    its closest claim, of a measure in ``named``, within 15% of its value."""
    status, listed, _ = verdict
    if status != UNSOURCED or not listed or not _OF_THEM.match(blanked, q.end):
        return verdict
    best = listed[0]
    claim = best.claim
    if claim.measure not in named or best.fits or claim.low <= 0:
        return verdict
    mid, value = (q.low + q.high) / 2, (claim.low + claim.high) / 2
    if abs(mid - value) > _WITHIN * value:
        return verdict
    return (
        MISMATCH,
        listed,
        f"“{q.text}” of them points back at {claim.measure}, named before it: "
        f"{claim.id} is {claim.figure}",
    )
