"""A figure said alone, then told by the sentence after it: "**Over 50,000.** That is how
many Russian soldiers the UN estimates have deserted since 2022." A "by the numbers" box
leads with the number and says what it counts next; the sentence after is its context,
as the sentence before is a sentence's that refers back to it (:mod:`.context`)."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from desertcheck.audit.context import REFER_WEIGHT, Surround
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.window import Span

#: The opening of a sentence that tells what the number before it counts
_TELLS = regex(
    r"[*_\s]*(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:how\s+many|how\s+much|the\s+number"
    r"|the\s+count|the\s+total|the\s+estimate)\b",
    re.IGNORECASE,
)
#: At most so many words in a sentence that says its figure alone ("Over 50,000.")
_ALONE = 3


def told_after(surround: Surround, blanked: str, spans: list[Span], span: Span) -> Surround:
    """``surround`` with the words of the sentence after ``span`` when ``span`` says its
    figure alone and that sentence tells what it counts; ``surround`` itself otherwise."""
    if len(blanked[span[0] : span[1]].split()) > _ALONE:
        return surround
    i = bisect.bisect_right(spans, span)
    if i >= len(spans) or _TELLS.match(blanked, spans[i][0], spans[i][1]) is None:
        return surround
    out = Surround(dict(surround.weights), surround.period, surround.period_from)
    out.add(blanked[spans[i][0] : spans[i][1]], REFER_WEIGHT)
    out.parts = (*surround.parts, "the sentence after it, that tells it")
    return out
