"""Another claim's own number given to the measure the sentence names: a ``mismatch``.

"Northvale employed 9,875 paramedics", where 9,875 is Millbrook's calls and the registry
counts 1,146 paramedics: the number is a claim's to the digit, but its sentence names the
paramedics, not the calls, so its words do not meet the calls claim and it was left
``unsourced``; the paramedics' claim, eight times smaller, is beyond the factor within
which a named measure's claims are looked up for ``mismatch`` (:mod:`.matcher`). The rules
for a neighbour's number (:mod:`.misnamed`) start from a ``supported`` figure.

An ``unsourced`` figure of a hundred or more that is a fitting claim's own number (its
``owner``), whose sentence names another measure and not the owner's, misstates that
measure's claim of its kind: of a period that does not disagree with the draft's, of a
unit the figure's unit word agrees with while it does not agree with the owner's
("9,875 paramedics" are no calls), and whose words the sentence meets at a near value's
bar for ``mismatch``. A small number (under 100) is many claims' value, and says nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck.audit.scoring import scorer
from desertcheck.audit.verdicts import (
    SMALL_NUMBER,
    UNSOURCED,
    Candidate,
    best_first,
    mismatch_bar,
    mismatch_of,
)

if TYPE_CHECKING:
    from collections.abc import Collection

    from desertcheck.audit.index import ClaimIndex
    from desertcheck.audit.matcher import Figure
    from desertcheck.audit.verdicts import Verdict


def given_to_named(
    index: ClaimIndex,
    figure: Figure,
    verdict: Verdict,
    fitting: list[Candidate],
    measures: Collection[str],
    min_score: float,
) -> Verdict:
    """``verdict``, or for an ``unsourced`` figure that is another measure's claim's own
    number, the ``mismatch`` of the claim of the measure its sentence names (``measures``)."""
    q = figure.quantity
    if verdict[0] != UNSOURCED or q.low != q.high or q.high < SMALL_NUMBER or not q.unit:
        return verdict
    owner = next((c for c in fitting if c.same and c.claim.measure not in measures), None)
    if owner is None or _owns_unit(index, owner, figure):
        return verdict
    score_of = scorer(index, figure.ctx)
    pool: list[Candidate] = []
    for m in sorted(measures):
        for i in index.by_measure_kind_value(m, figure.kind, float("-inf"), float("inf")):
            claim = index.entries[i].claim
            agrees = figure.period_agrees(claim)
            if agrees is False or not index.unit_agrees(i, q, figure.noun):
                continue
            c = Candidate(claim, score_of(i), False, False, agrees, near=True)
            if c.score >= mismatch_bar(c, min_score):
                pool.append(c)
    if not pool:
        return verdict
    pool.sort(key=best_first)
    status, listed, message = mismatch_of(q, pool[0], [*pool, owner])
    theirs = f"{owner.claim.id}'s ({owner.claim.measure}, {owner.claim.figure})"
    return status, listed, f"{message}; “{q.text}” is {theirs}"


def _owns_unit(index: ClaimIndex, owner: Candidate, figure: Figure) -> bool:
    """Whether the figure's unit word agrees with the owner claim's unit: "9,875 calls"
    may be the calls' number said in words that miss the claim's, not another measure's."""
    q = figure.quantity
    for i in index.by_measure_kind_value(owner.claim.measure, figure.kind, q.low, q.high):
        if index.entries[i].claim.id == owner.claim.id:
            return index.unit_agrees(i, q, figure.noun)
    return True
