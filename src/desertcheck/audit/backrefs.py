"""A bare figure that refers back to a hedged figure of the same draft: the same statement.

"Your report said more than 50,000 soldiers had deserted … Your 50,000 deserters are
barely 2% of that"; "the decree sets the armed forces at some 2.4 million … the 2.4
million figure"; a heading "200,000 prisoners turned soldiers" over a section that says
"some 200,000". The bare figure drops a qualifier it does not change: it refers to the
hedged one. A figure judged a ``qualifier-drift`` only because it is bare (its own
qualifier ``exactly``) is ``supported`` when it refers back — words before it that point
back ("your", "the", "those", a possessive, with one word at most between them and the
number) or after it ("figure", "number", "total") and the hedged figure in another
sentence; or the hedged figure says it again right after, in its paragraph ("50,000. The
report says over 50,000"); or it stands in a heading and the hedged figure in its section
— to the same
number with the claim's qualifier, ``supported`` there by a claim of the same measure
(:func:`with_back_references`). A bare figure that says it afresh ("50,000 soldiers have
deserted since 2022", after "more than 50,000" elsewhere) stays a drift: a writer who
drops the qualifier in a statement of its own may mean it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from desertcheck.codes import Code
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.verdicts import AuditItem

#: A heading line of the draft.
_HEADING: Final = regex(r"(?m)^[ \t]{0,3}#{1,6}[ \t]")


#: Words before a bare figure that refer back to it: "Your 50,000 deserters", "the
#: decree's 2.4 million", "the headline 4.5K", "those 50,000".
_REFERS_BEFORE: Final = regex(
    r"\b(?:your|our|their|its|the|that|this|those|these|[^\W\d_]+['’]s)\s+(?:[^\W\d_]+\s+)?\Z",
    re.IGNORECASE,
)
#: How far after a bare figure the same figure said with its qualifier explains it.
_NEXT: Final = 200
#: ... or after it: "the 2.4 million figure".
_REFERS_AFTER: Final = regex(r"\s+(?:figure|number|total|estimate|count)\b", re.IGNORECASE)


def with_back_references(
    items: list[AuditItem], text: str, blanked: str, line_starts: list[int]
) -> list[AuditItem]:
    """``items`` with each bare ``qualifier-drift`` that refers back to a supported hedged
    figure of the same measure, number and qualifier made ``supported`` (see the module's
    docstring); ``text`` is the draft, ``blanked`` its blanked copy."""
    hedged: dict[tuple[str, float, float], list[AuditItem]] = {}
    for it in items:
        claim = it.claim
        if it.status == Code.SUPPORTED and claim is not None and it.figure.qualifier != "exactly":
            hedged.setdefault((claim.measure, it.figure.low, it.figure.high), []).append(it)
    if not hedged:
        return items
    out = []
    for it in items:
        claim = it.claim
        said = None
        if it.status == Code.QUALIFIER_DRIFT and claim and it.figure.qualifier == "exactly":
            found = hedged.get((claim.measure, it.figure.low, it.figure.high), [])
            same = [
                h for h in found if h.claim is not None and h.claim.qualifier == claim.qualifier
            ]
            said = _referred_to(it, same, text, blanked, line_starts)
        if said is None or claim is None:
            out.append(it)
            continue
        line = bisect.bisect_right(line_starts, said.figure.start)
        message = (
            f"{claim.id}: “{said.figure.text}” again (line {line}), its qualifier left out "
            f"({it.message})"
        )
        out.append(replace(it, status=Code.SUPPORTED, message=message))
    return out


def _referred_to(
    it: AuditItem, hedged: list[AuditItem], text: str, blanked: str, line_starts: list[int]
) -> AuditItem | None:
    """Of ``hedged`` (figures of the same claim and number), the one the bare figure ``it``
    refers to: one in another sentence when words before or after the figure refer to it
    ("Your 50,000", "the headline 4.5K", "the 2.4 million figure"); one that says it again
    right after, in its paragraph (within :data:`_NEXT` characters); for a heading, one in
    its section."""
    q = it.figure
    line = bisect.bisect_right(line_starts, q.start) - 1
    if _HEADING.match(text, line_starts[line]):
        below = line_starts[line + 1] if line + 1 < len(line_starts) else len(text)
        nxt = _HEADING.search(text, below)
        end = nxt.start() if nxt else len(text)
        return next((h for h in hedged if q.start < h.figure.start < end), None)
    # of its own sentence, only one said after it: "Where's the 100,000 dead figure from?
    # — … killed over a hundred thousand" (not "nearly 22,580, 22,580 desertion cases")
    others = [h for h in hedged if h.text != it.text or h.figure.start > q.end]
    before = blanked[max(0, q.start - 40) : q.start]
    if _REFERS_BEFORE.search(before) or _REFERS_AFTER.match(blanked, q.end):
        return others[0] if others else None
    # said again with its qualifier right after, in its paragraph: "1. **50,000.** The
    # report says over 50,000 have deserted"
    return next(
        (
            h
            for h in others
            if 0 < h.figure.start - q.end < _NEXT and "\n\n" not in text[q.end : h.figure.start]
        ),
        None,
    )
