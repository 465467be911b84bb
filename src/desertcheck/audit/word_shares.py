"""A share in words meets a claim only through a word of the claim's measure.

"Nearly two-thirds of adults had visited a library in 2024" holds no word of the claim of
prosecutors' exemption requests in two-thirds of Ukraine's trials
(``liability-exemption-requests-share-of-trials``), yet two-thirds is that claim's own
number, and a share's number counts as evidence beyond the words (its six digits, 0.666667,
as precise as 5,593): the lower bar of *value first* let it through as a drift of that
claim. Two-thirds is said of anything; a share in words whose digits no one writes
(:func:`.precision.word_fraction`) fits a claim only when the figure's words (its
sentence's, and what the sentence inherits) hold a word of the claim's measure, other than
the share's own unit: "In zwei Dritteln der Prozesse" (trials), "prosecutors' requests in
two-thirds of cases" keep it; "The smuggler took two thirds of it" does not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck.audit.precision import word_fraction
from desertcheck.audit.terms import slug_terms, terms

if TYPE_CHECKING:
    from desertcheck.audit.matcher import Figure
    from desertcheck.audit.verdicts import Candidate


def of_named_measures(figure: Figure, fitting: list[Candidate]) -> list[Candidate]:
    """``fitting`` less the claims a share in words meets with no word of their measure."""
    q = figure.quantity
    if q.low != q.high or not word_fraction(q.low):
        return fitting
    unit = set(terms(q.unit or ""))
    said = figure.ctx.weights
    return [
        c for c in fitting if any(t in said for t in slug_terms(c.claim.measure) if t not in unit)
    ]
