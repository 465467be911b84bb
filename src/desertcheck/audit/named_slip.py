"""A figure left ``unsourced`` that misstates a claim its own sentence names: "1,100 soldiers
stood trial for desertion" against the 1,010 desertion cases, "572" AWOL convictions in
2021 against 527.

A claim of a measure the figure's sentence names, of the figure's magnitude and unit and
clearly another value (:func:`desertcheck.audit.matcher.misstates`: ``Candidate.near``),
is the figure's ``mismatch`` at :func:`named_slip_bar` (``min_score`` less
:data:`~desertcheck.audit.verdicts.VALUE_FIRST`, 30 by default), where such a claim of a
measure named only weakly needs more (:func:`~desertcheck.audit.verdicts.mismatch_bar`).
Only a single figure, within a factor of two of the claim's (least) value: a slip of
scale has its own rule (:mod:`.slips`).
The bar was set on the odd-numbered labelled sets and measured on the even-numbered ones
(docs/audit-rounds.md, the twenty-third round); a count's lower bar, likewise, in the
twenty-fifth (:func:`named_slip_bar`). A sentence that says its figure is a sum
("the district figures sum to 50,590", "add up to") is a writer's own arithmetic, not a
misstated claim: left alone.

A percentage that writes a count's own number, of a measure its sentence names, at the
ordinary bar (:func:`percent_of_a_count`): "129 tried for desertion, 31% for malingering"
says the 31 soldiers tried for malingering as a share.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desertcheck.audit.scoring import scorer
from desertcheck.audit.verdicts import MISMATCH, VALUE_FIRST, Candidate, Verdict, mismatch_of
from desertcheck.compiled import regex
from desertcheck.quantity.patterns import CHANGE_BEFORE_RE

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable

    from desertcheck.audit.index import ClaimIndex
    from desertcheck.audit.matcher import Figure

#: A figure its sentence says is a sum of others: the writer's arithmetic.
_SUM = regex(
    r"\b(?:sums?|summed|summing|add(?:s|ed|ing)?\s+up|our\s+(?:own\s+)?(?:calculation|sum|"
    r"addition|arithmetic)|combined|altogether)\b",
    re.IGNORECASE,
)


def named_slip_bar(min_score: float, kind: str = "", series: bool = False) -> float:
    """The score a claim of a named measure the figure misstates needs for ``mismatch``: a
    count's claim in a series with the claim of the figure before it needs less (15 by
    default), for a count of a named measure, of the claim's unit and magnitude and one
    slip from its value, listed beside its series-mate, is that claim misstated ("1,369 for
    disobedience, 1,100 for desertion" in a list that scores every claim of it low); a
    duration or rate is as often the writer's own ("from five years to ten", "28 a calendar
    day"), and a count alone in its sentence another count ("asylum to 120 deserters")."""
    return min_score - VALUE_FIRST * (2 if kind == "count" and series else 1)


def mismatch_by_named_slip(
    figure: Figure,
    pool: list[Candidate],
    measures: Collection[str],
    sentence: str,
    min_score: float,
) -> Verdict | None:
    """The ``mismatch`` of an unsourced figure against the best claim of ``pool`` whose
    measure is one of the ``measures`` its sentence names and which it misstates, scoring
    at least :func:`named_slip_bar`; None if there is none, or if ``sentence`` (its text)
    says the figure is a sum."""
    q = figure.quantity
    if q.low != q.high or q.low <= 0:
        return None
    clear = [
        c
        for c in pool
        if c.near
        and not c.far
        and not c.fits
        and c.claim.measure in measures
        and c.score >= named_slip_bar(min_score, figure.kind, c.series)
        # within a factor of two: a slip of scale has its rule (.slips), and "ten" years
        # misstates no "tens of thousands" of cases
        and 0.5 <= q.low / c.claim.low <= 2
    ]
    if not clear or _SUM.search(sentence):
        return None
    chosen = max(clear, key=lambda c: (c.score, c.claim.id))
    return mismatch_of(figure.quantity, chosen, pool)


#: A percentage that is a change, not a share: "129% more" (a verb of change before it,
#: "rose 31%", is the parser's :data:`~desertcheck.quantity.patterns.CHANGE_BEFORE_RE`).
_CHANGE_AFTER = regex(
    r"\s*(?:more|fewer|less|higher|lower|up|down|rise|increase|decrease|drop|jump)\b",
    re.IGNORECASE,
)


def percent_of_a_count(
    index: ClaimIndex, figure: Figure, measures: Collection[str], min_score: float, text: str
) -> Verdict | None:
    """The ``mismatch`` of an unsourced percentage that writes a count's own number, of a
    measure its sentence names, scoring at least ``min_score``: "129 tried for desertion,
    31% for malingering" against 31 soldiers tried for it (a count said as a share); not a
    change said in per cent ("trials rose 31%", ``text`` the draft)."""
    q = figure.quantity
    if figure.kind != "percent" or q.low != q.high or q.low <= 0 or q.low != int(q.low):
        return None
    if CHANGE_BEFORE_RE.search(text, max(0, q.start - 40), q.start) or _CHANGE_AFTER.match(
        text, q.end
    ):
        return None
    counts = index.by_value("count", q.low, q.low)
    of_measures = [i for i in counts if index.entries[i].measure in measures]
    return said_otherwise(
        index, figure, of_measures, min_score, "number as a percentage: a count said as a share"
    )


def said_otherwise(
    index: ClaimIndex, figure: Figure, ids: Iterable[int], min_score: float, what: str
) -> Verdict | None:
    """The ``mismatch`` of ``figure`` against the best of claims ``ids`` of a single value
    whose period the draft does not contradict, scoring at least ``min_score``: the claim's
    number said in another form (``what`` it is: "number as a percentage: …")."""
    q, score_of = figure.quantity, scorer(index, figure.ctx)
    found = [
        Candidate(e.claim, s, False, False, figure.period_agrees(e.claim))
        for i in ids
        if not (e := index.entries[i]).claim.is_range
        and figure.period_agrees(e.claim) is not False
        and (s := score_of(i)) >= min_score
    ]
    if not found:
        return None
    chosen = max(found, key=lambda c: (c.score, c.claim.id))
    claim = chosen.claim
    return (
        MISMATCH,
        [chosen],
        f"the sentence matches {claim.id} ({claim.figure}, {claim.period}), but “{q.text}”"
        f" is its {what}",
    )
