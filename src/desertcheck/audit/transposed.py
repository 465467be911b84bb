"""A figure whose digits are a claim's with two neighbours swapped: that claim misstated.

"5,953 soldiers tried in 2023" for Mediazona's 5,593, "17,271 convictions by the end of
May" for 17,721. A figure left with no claim (unsourced) is looked up once more: the claims
whose single value is the figure's with two neighbouring digits swapped (it has four
significant digits or more, and two that differ: a swap of a shorter number, or of a
round one, is too often another number), of its kind and unit (or whose measure its unit
word names: "17,271 convictions" for soldiers convicted), whose period the draft does not
contradict (:func:`transposed_candidates`). A figure of three significant digits ("4,530
new cases in January-May 2025" for 4,350, "572 in 2021" for 527) is looked up only for
the claims whose period the draft's period words give, or whose hedge it says ("nearly
7,870" for nearly 7,780): the count, its digits and its period or its hedge together are
seldom chance. A swap of four digits is seldom chance, so
the claim needs less of the sentence's words to be the one misstated
(:data:`TRANSPOSED_RELIEF` below the bar of a near claim, :func:`mismatch_by_swap`).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Final

from desertcheck.audit.scoring import context_score
from desertcheck.audit.terms import terms
from desertcheck.audit.verdicts import Candidate, Verdict, mismatch_bar, mismatch_of

if TYPE_CHECKING:
    from desertcheck.audit.index import ClaimIndex
    from desertcheck.audit.matcher import Figure
    from desertcheck.model import Claim

#: The fewest significant digits a figure needs for a swap of two of them to be read as a
#: slip of a claim's value rather than another number; :data:`MIN_DIGITS_DATED` when the
#: draft gives the claim's period.
MIN_DIGITS: Final = 4
MIN_DIGITS_DATED: Final = 3
#: Numbers this large or larger are not looked up (a float holds no more digits exactly).
MAX_VALUE: Final = 1e15
#: How much less than a near claim's mismatch bar a claim whose digits the figure swaps
#: needs (:func:`desertcheck.audit.verdicts.mismatch_bar`).
TRANSPOSED_RELIEF: Final = 15.0


def swapped_values(x: float, fewest: int = MIN_DIGITS) -> list[float]:
    """The numbers whose significant digits are those of ``x`` (an integer of ``fewest``
    or more significant digits) with two neighbours swapped, at the same magnitude: 5,593
    and 5,935 for 5,953 (and 9,553). None for a smaller, fractional or huge number
    (:data:`MAX_VALUE`)."""
    if not (math.isfinite(x) and 0 < x < MAX_VALUE) or x != int(x):
        return []
    whole = str(int(x))
    digits = whole.rstrip("0")
    if len(digits) < fewest:
        return []
    zeros = len(whole) - len(digits)
    out = []
    for i in range(len(digits) - 1):
        a, b = digits[i], digits[i + 1]
        if a == b or (i == 0 and b == "0"):
            continue
        swapped = digits[:i] + b + a + digits[i + 2 :]
        out.append(float(int(swapped) * 10**zeros))
    return out


def transposed_candidates(index: ClaimIndex, figure: Figure) -> list[Candidate]:
    """Claims of a single value whose digits the figure's swap (:func:`swapped_values`), of
    its kind and unit, whose period the draft does not contradict (for a figure of
    :data:`MIN_DIGITS_DATED` significant digits, whose period it gives or whose hedge it
    says)."""
    q = figure.quantity
    if q.low != q.high:
        return []
    out: list[Candidate] = []
    long = swapped_values(q.low)
    for v in long or swapped_values(q.low, MIN_DIGITS_DATED):
        for i in index.by_value(figure.kind, v, v):
            e = index.entries[i]
            if e.low != e.high or e.kind != figure.kind:
                continue
            if not (index.unit_agrees(i, q, figure.noun) or names_measure(q.unit, e.claim)):
                continue
            near = as_near(index, i, figure)
            hedged = (q.qualifier or "exactly") != "exactly" and q.qualifier == e.claim.qualifier
            if near is not None and (long or near.period_ok or hedged):
                out.append(near)
    return out


def as_near(index: ClaimIndex, i: int, figure: Figure) -> Candidate | None:
    """Claim ``i`` as one the figure may misstate (:attr:`Candidate.near`), its context
    scored; None when its period disagrees with the draft's."""
    claim = index.entries[i].claim
    p_ok = figure.period_agrees(claim)
    if p_ok is False:
        return None
    return Candidate(claim, context_score(index, i, figure.ctx), False, False, p_ok, near=True)


def names_measure(unit: str | None, claim: Claim) -> bool:
    """Whether a figure's unit word is a word of the claim's measure: "17,271 convictions"
    for the soldiers of ``refusal-to-serve-convictions``."""
    return bool(unit) and not set(terms(unit or "")).isdisjoint(terms(claim.measure))


def mismatch_by_swap(
    index: ClaimIndex, figure: Figure, pool: list[Candidate], min_score: float
) -> Verdict | None:
    """The ``mismatch`` of an unsourced figure against the best claim whose digits it swaps
    and whose score clears its bar less :data:`TRANSPOSED_RELIEF`; None if there is none.
    ``pool``: the candidates already found, listed with the verdict."""
    found = transposed_candidates(index, figure)
    return mismatch_among(figure, found, pool, min_score, TRANSPOSED_RELIEF)


def mismatch_among(
    figure: Figure, found: list[Candidate], pool: list[Candidate], min_score: float, relief: float
) -> Verdict | None:
    """The ``mismatch`` of an unsourced figure against the best of the claims ``found``
    for it whose score clears its bar less ``relief``; None if there is none. ``pool``:
    the candidates already found, listed with the verdict (and ``found`` after them)."""
    clear = [c for c in found if c.score >= mismatch_bar(c, min_score) - relief]
    if not clear:
        return None
    chosen = max(clear, key=lambda c: (c.score, c.claim.id))
    listed = {c.claim.id for c in pool}
    return mismatch_of(
        figure.quantity, chosen, pool + [c for c in found if c.claim.id not in listed]
    )
