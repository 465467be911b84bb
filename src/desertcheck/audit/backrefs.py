"""A bare figure that says again a hedged figure of the same draft: the same statement.

"Your report said more than 50,000 soldiers had deserted … Your 50,000 deserters are
barely 2% of that"; "the decree sets the armed forces at some 2.4 million … the 2.4
million figure"; a heading "200,000 prisoners turned soldiers" over a section that says
"some 200,000". The bare figure drops a qualifier it does not change: it refers to the
hedged one. A figure judged a ``qualifier-drift`` only because it is bare (its own
qualifier ``exactly``) is ``supported`` when the draft states the same number with the
claim's qualifier, ``supported`` there by a claim of the same measure, in another
sentence ("nearly 22,580, 22,580 desertion cases" drops the hedge it has just said;
:func:`with_back_references`).
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import TYPE_CHECKING

from desertcheck.codes import Code

if TYPE_CHECKING:
    from desertcheck.audit.verdicts import AuditItem


def with_back_references(items: list[AuditItem], line_starts: list[int]) -> list[AuditItem]:
    """``items`` with each bare ``qualifier-drift`` that restates a supported hedged figure
    of the same claim and number made ``supported`` (see the module's docstring)."""
    hedged: dict[tuple[str, float, float], AuditItem] = {}
    for it in items:
        claim = it.claim
        if it.status == Code.SUPPORTED and claim is not None and it.figure.qualifier != "exactly":
            key = (claim.measure, it.figure.low, it.figure.high)
            hedged.setdefault(key, it)
    if not hedged:
        return items
    out = []
    for it in items:
        claim = it.claim
        said = None
        if it.status == Code.QUALIFIER_DRIFT and claim and it.figure.qualifier == "exactly":
            said = hedged.get((claim.measure, it.figure.low, it.figure.high))
        if said is None or claim is None or said.claim is None or said.text == it.text:
            out.append(it)
            continue
        if said.claim.qualifier != claim.qualifier:
            out.append(it)
            continue
        line = bisect.bisect_right(line_starts, said.figure.start)
        message = (
            f"{claim.id}: “{said.figure.text}” again (line {line}), its qualifier left out "
            f"({it.message})"
        )
        out.append(replace(it, status=Code.SUPPORTED, message=message))
    return out
