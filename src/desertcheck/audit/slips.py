"""A figure whose hedge is a claim's and whose number is the claim's with its scale
slipped: that claim misstated.

"About 24 million" for the decree's about 2.4 million, "some 10,400 foreign agents" for
some 1,040: the same significant digits ten, a hundred or a thousand times too large or too
small (:func:`desertcheck.audit.magnitudes.scale_slip`), said with the claim's own hedge
("about", "some", "nearly", "over"), or bare when the sentence's words all but clear the
ordinary bar (:data:`BARE_RELIEF`: "the deserters number 500,000" for the 50,000 of a
sentence that names them). The scale slips of the measures a sentence names are
found with the claims it may misstate (:func:`desertcheck.audit.matcher.near_candidates`);
a figure left unsourced is looked up once more among every claim of its kind and unit
whose single value it slips, whose qualifier it says and whose period the draft does not
contradict (:func:`slipped_candidates`); a number read from a separator ("über 16.000" as
16) is none. A hedge and its digits together are seldom
chance, so the claim needs less of the sentence's words to be the one misstated:
:data:`SLIP_RELIEF` below the bar of a near claim (:func:`mismatch_by_slip`). A figure
said bare needs a score of ``min_score`` less :data:`BARE_RELIEF`: a bare number slips as
often as it is another number.

A rounded figure whose scale word slipped ("20.6 million men" in a sentence that retells
the claim of 20,662 men) is a thousand times the claim's value rounded to the digits it
is written with, hedged or not, so the exact factors above miss it: when the sentence's
words meet the claim's at the full bar of a ``mismatch``, it is that claim's number
misstated, as "2.4 billion" for about 2.4 million is (:func:`thousandfold`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from desertcheck.audit.magnitudes import SCALE_WORD, ZERO, separator_read
from desertcheck.audit.scoring import scorer
from desertcheck.audit.transposed import as_near, mismatch_among, names_measure
from desertcheck.audit.verdicts import MISMATCH, MISMATCH_MARGIN, UNSOURCED, Candidate, Verdict

if TYPE_CHECKING:
    from desertcheck.audit.index import ClaimIndex
    from desertcheck.audit.matcher import Figure

#: How much less than a near claim's mismatch bar a claim whose scale the figure slips,
#: with the claim's own hedge, needs (:func:`desertcheck.audit.verdicts.mismatch_bar`).
SLIP_RELIEF: Final = 15.0
#: How much less than ``min_score`` a claim whose scale a bare figure slips needs: a bare
#: number slips as often as it is another number, so its sentence's words must all but
#: clear the ordinary bar (set on the odd-numbered labelled sets: at 35, "Half a million
#: men have fled the front" became a mismatch of the 50,000 deserters).
BARE_RELIEF: Final = 5.0
#: The qualifiers that are no hedge: a bare number needs :data:`BARE_RELIEF`.
_BARE: Final = frozenset({"", "exactly"})
#: How far a figure a thousand times (or a thousandth of) a claim's value may lie from it:
#: a rounding to three significant digits, or a last digit cut ("20.6 million" for
#: 20,662: 0.3%)
ROUNDED: Final = 0.01
THOUSAND: Final = 1000.0


def slipped_candidates(index: ClaimIndex, figure: Figure) -> list[Candidate]:
    """Claims of a single value that the figure's number is with its scale slipped (ten, a
    hundred or a thousand times), said with the claim's own qualifier or bare, of the figure's kind
    and unit, whose period the draft does not contradict."""
    q = figure.quantity
    if q.low != q.high or q.low <= 0:
        return []
    bare = (q.qualifier or "") in _BARE
    out: list[Candidate] = []
    for f in (ZERO, *SCALE_WORD):
        for v in (q.low * f, q.low / f):
            for i in index.by_value(figure.kind, v * 0.999, v * 1.001):
                e = index.entries[i]
                if e.low != e.high or e.kind != figure.kind:
                    continue
                if not bare and e.claim.qualifier != q.qualifier:
                    continue
                if separator_read(q.text, q.low, v):
                    continue  # "über 16.000" read as 16 is no slip of 16,000
                if not (index.unit_agrees(i, q, figure.noun) or names_measure(q.unit, e.claim)):
                    continue
                near = as_near(index, i, figure)
                if near is not None:
                    out.append(near)
    return out


def mismatch_by_slip(
    index: ClaimIndex, figure: Figure, pool: list[Candidate], min_score: float
) -> Verdict | None:
    """The ``mismatch`` of an unsourced figure against the best claim whose scale it slips
    with the claim's hedge, and whose score clears its bar less :data:`SLIP_RELIEF`; None
    if there is none. ``pool``: the candidates already found, listed with the verdict."""
    found = slipped_candidates(index, figure)
    if (figure.quantity.qualifier or "") in _BARE:  # no hedge to share: the sentence's words
        found = [c for c in found if c.score >= min_score - BARE_RELIEF]
        return mismatch_among(figure, found, pool, min_score, float("inf"))
    return mismatch_among(figure, found, pool, min_score, SLIP_RELIEF)


def thousandfold(index: ClaimIndex, figure: Figure, verdict: Verdict, min_score: float) -> Verdict:
    """``verdict``, or for an ``unsourced`` figure a ``mismatch`` of the claim whose value
    times or divided by a thousand it is, give or take a rounding, when its sentence
    matches that claim's words at the full bar of a mismatch and the period does not
    disagree."""
    q = figure.quantity
    if verdict[0] != UNSOURCED or q.low <= 0 or q.low != q.high:
        return verdict
    score_of = scorer(index, figure.ctx)
    best: Candidate | None = None
    for factor in (THOUSAND, 1 / THOUSAND):
        value = q.low / factor
        for i in index.by_value(figure.kind, value * (1 - ROUNDED), value * (1 + ROUNDED)):
            claim = index.entries[i].claim
            if claim.is_range or figure.period_agrees(claim) is False:
                continue
            if separator_read(q.text, q.low, claim.low):
                continue  # "4.373" from a German text: the claim's 4,373, not a slip
            score = score_of(i)
            if score >= min_score + MISMATCH_MARGIN and (best is None or score > best.score):
                best = Candidate(claim, score, False, False, figure.period_agrees(claim))
    if best is None:
        return verdict
    claim = best.claim
    return (
        MISMATCH,
        [best],
        f"the sentence matches {claim.id} ({claim.figure}, {claim.period}), but “{q.text}”"
        f" is a thousand times {'more' if q.low > claim.low else 'less'} than its value:"
        " a scale word slipped",
    )
