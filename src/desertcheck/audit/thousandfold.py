"""A scale word slipped on a rounded figure: "20.6 million men" in a sentence that retells
the claim of 20,662 men. The figure is a thousand times the claim's value, rounded (or
cut) to the digits it is written with, so :mod:`.magnitudes`' exact factors miss it, and
the sentence need not name the claim's measure; when the sentence's words meet the
claim's clearly (the full bar for a ``mismatch``), it is that claim's number misstated,
as "2.4 billion" for about 2.4 million is."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from desertcheck.audit.magnitudes import separator_read
from desertcheck.audit.scoring import scorer
from desertcheck.audit.verdicts import MISMATCH, MISMATCH_MARGIN, UNSOURCED, Candidate

if TYPE_CHECKING:
    from desertcheck.audit.index import ClaimIndex
    from desertcheck.audit.matcher import Figure
    from desertcheck.audit.verdicts import Verdict

#: How far a figure a thousand times (or a thousandth of) a claim's value may lie from it:
#: a rounding to three significant digits, or a last digit cut ("20.6 million" for
#: 20,662: 0.3%)
ROUNDED: Final = 0.01
THOUSAND: Final = 1000.0


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
