"""A figure said to correct the one before it takes that figure's qualifier.

Speakers and chat writers correct themselves: "some 20,000 — sorry, 200,000", "up to
fifteen — no, ten years", a message "200k!! sorry" after "some 20k". The figure that
corrects says the same thing of another number: its hedge or bound is the corrected
figure's unless it says one of its own ("about 20,000 — no, over 200,000" keeps its
"over"). The corrected figure is still judged as it was said: a transcript or a chat
keeps it, and its reader may have taken it.

A speaker who says a figure again more precisely ("nearly twenty-two and a half thousand,
twenty-two thousand five hundred and eighty") keeps its hedge too.

Read (:func:`corrected`): a figure right after another in its sentence with only a
correction between them ("— no,", "sorry,", "I mean", "or rather", "make that"), or only a
comma or a dash when it is the other said more precisely (within :data:`CLOSE` of it, with
more significant digits); and the
first figure of a sentence (a message) that corrects the sentence right before it
(:func:`.replies.corrects`, or a sentence that opens with such words: "Correction:
200k"), whose last figure it corrects.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from desertcheck.audit.replies import corrects
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

Span = tuple[int, int]

_MARK = (
    r"(?:no|nope|sorry|i\s+mean|or\s+rather|rather|correction|make\s+that|scratch\s+that|i['’]m)"
)
#: Only a correction between two figures: "— no, sorry, ", ", I mean, ".
_BETWEEN: Final = regex(rf"[\s,.;:!…—–-]*(?:{_MARK}\b[\s,.;:!…—–-]*)+", re.IGNORECASE)
#: A correction right after what it corrects, in the same sentence (:mod:`.retracted`:
#: "in 2024 — no, 2023"; not "in 2024. No, 2023 was quieter").
CORRECTION: Final = regex(rf"[\s,;:…—–-]*(?:{_MARK}\b[\s,.;:!…—–-]*)+", re.IGNORECASE)
#: A sentence that opens with a correction: "Correction: 200k", "Sorry — 200,000".
_OPENS: Final = regex(
    rf"[^\w]*(?:\[[^\]\n]*\][^:\n]{{0,60}}:\s*)?(?:{_MARK}\b[\s,.;:!…—–-]*)+\Z", re.IGNORECASE
)
_OWN: Final = frozenset({"exactly"})
#: Only a comma or a dash between two figures: the second may say the first more precisely.
_REFINES: Final = regex(r"\s*[,—–]\s*")
#: How close a more precise figure must be to the one it says again.
CLOSE: Final = 0.05


def _significant(x: float) -> int:
    return len(f"{x:.6g}".replace(".", "").lstrip("0").rstrip("0"))


def _refines(q: Quantity, was: Quantity) -> bool:
    """Whether ``q`` says ``was`` again more precisely: "nearly twenty-two and a half
    thousand, twenty-two thousand five hundred and eighty"."""
    close = abs(q.low - was.low) <= CLOSE * abs(q.low)
    return close and _significant(q.low) > _significant(was.low)


def corrected(
    figures: list[Quantity],
    blanked: str,
    span: Span,
    before: tuple[Span, list[Quantity]] | None,
    right_after: bool,
) -> list[Quantity]:
    """``figures`` (of the sentence at ``span``) with each figure that corrects another
    given that figure's qualifier; ``before``: the sentence with figures before it and
    them, as judged; ``right_after``: whether it is the sentence right before."""
    out = list(figures)
    for i, q in enumerate(figures):
        if q.qualifier not in _OWN or q.low != q.high:
            continue
        was: Quantity | None = None
        if i and _BETWEEN.fullmatch(blanked, figures[i - 1].end, q.start):
            was = out[i - 1]
        elif i and _REFINES.fullmatch(blanked, figures[i - 1].end, q.start):
            was = out[i - 1] if _refines(q, out[i - 1]) else None
        elif i == 0 and before is not None and right_after and before[1]:
            opens = _OPENS.match(blanked, span[0], q.start) is not None
            if opens or corrects(blanked, before[0], span):
                was = before[1][-1]
        if was is not None and was.qualifier not in _OWN and was.low == was.high:
            out[i] = replace(q, qualifier=was.qualifier)
    return out
