"""A claim's rate retold over another span of time: "1,000 every week" where the registry's
only rate of that number is about 1,000 new cases a month, "100 a day" for about 100
convictions a week, "45,000 a week" for 40,000–45,000 recruits a month.

A rate's number with its span changed is a statistic four, seven or thirty times off, and
it is the slip a writer makes: the number is remembered, the span is not. A figure read as
a rate (an hour, a day, a week, a month) that no claim states is that claim's ``mismatch``
when exactly one claim, a rate of another span, has its number (its value, an end of its
range, or its range). The same number over another span is never the claim's rate
converted (the spans differ by a factor of four at the least), so it is no drift but a
mismatch; the message gives the claim's rate converted to the draft's span. The
sentence's words need not name the claim: the same number at another span is the
evidence. A count's own number said as a rate over a span shorter than half the count's
period ("129 a month" for 129 trials over two years, "848 a week" for 848 verdicts in a
month) is the same slip; a month's count said per month is left, and so is a count
whose claim's words say a rate ("3,860 passengers a day", its unit left plain). A noun
the claim does not count ("100 calls a day") and two claims of that number (of two
measures) leave the figure as it was.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Final

from desertcheck.audit.scoring import scorer
from desertcheck.audit.terms import terms
from desertcheck.audit.verdicts import MISMATCH, UNSOURCED, Candidate, Verdict
from desertcheck.compiled import regex
from desertcheck.vocabulary import format_number

if TYPE_CHECKING:
    from desertcheck.audit.index import ClaimIndex, IndexedClaim
    from desertcheck.audit.matcher import Figure

#: A rate's span in days, for the conversion told in the message (a month of 30.4 days,
#: a working day as a calendar day).
_DAYS: Final = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 365.25 / 12}
#: A rate said in a claim's words ("3,860 passengers a day"), whatever its unit says.
_RATE_WORDS: Final = regex(
    r"\b(?:a|an|per|each|every)\s+(?:working\s+)?(?:hour|day|week|month|year)\b|"
    r"\b(?:hourly|daily|weekly|monthly|yearly|annually)\b",
    re.IGNORECASE,
)
#: Words for the people a claim's rate counts by ("soldiers convicted every week"), in the
#: languages audit reads.
_PEOPLE: Final = frozenset(
    terms("people soldiers men troops servicemen recruits soldats recrues soldaten")
)


def rate_of_another_span(index: ClaimIndex, figure: Figure, verdict: Verdict) -> Verdict:
    """``verdict``, or for an ``unsourced`` rate the ``mismatch`` of the one claim of a rate
    of another span, or of a count over a longer span, whose number it is."""
    q = figure.quantity
    span = figure.kind[5:] if figure.kind.startswith("rate-") else ""
    if verdict[0] != UNSOURCED or span not in _DAYS or q.low <= 0:
        return verdict
    lo, hi = q.low * (1 - 1e-9), q.high * (1 + 1e-9)
    found = {
        e.claim.id: (e, days)
        for i in index.of_any_kind(lo, hi)
        if (days := _days(e := index.entries[i], span)) is not None
        and _ends(e.low, e.high, q.low, q.high)
        and _counts_it(index, i, figure)
    }
    if len(found) != 1:
        return verdict
    ((e, days),) = found.values()
    factor = _DAYS[span] / days
    low, high = e.low * factor, e.high * factor
    claim = e.claim
    said = _rounded(low) if low == high else f"{_rounded(low)}–{_rounded(high)}"
    what = f"a rate per {e.kind[5:]}" if e.kind != "count" else f"a count over {claim.period}"
    message = (
        f"“{q.text}” is {claim.id}'s number ({claim.figure}), {what}, but the draft says it "
        f"per {span}: per {span} the claim comes to about {said}"
    )
    listed = [Candidate(claim, 0.0, False, False, figure.period_agrees(claim), far=True, per=span)]
    return MISMATCH, listed, message


def _days(e: IndexedClaim, span: str) -> float | None:
    """The days claim ``e`` counts its number over, if it is a rate of another span than
    the draft's ``span`` or a count over a period longer than it; else None."""
    if e.kind.startswith("rate-"):
        own = e.kind[5:]
        return _DAYS[own] if own in _DAYS and own != span else None
    if e.kind != "count" or _RATE_WORDS.search(f"{e.claim.statement} {e.claim.quote}"):
        return None  # "carried 3,860 passengers a day": a rate the registry gives no unit
    days = (e.claim.period.end - e.claim.period.start).days + 1
    return float(days) if days > 2 * _DAYS[span] else None


def _counts_it(index: ClaimIndex, i: int, figure: Figure) -> bool:
    """Whether the figure may count what claim ``i`` counts: its noun is the claim's, or
    none, or a word for the people counted ("700-800 soldiers every week" convicted); or
    its sentence has words of the claim ("convicting 700-800 inmates a week"). Not "100
    calls a day" in a sentence of nothing the claim counts."""
    q = figure.quantity
    bare_hour = figure.kind == "rate-hour" and figure.bare_cell and not (figure.noun or q.unit)
    if not bare_hour and (
        index.unit_agrees(i, q, figure.noun) or not _PEOPLE.isdisjoint(terms(q.unit or ""))
    ):
        return True
    # a bare number an hour in a table's cell ("| Calls handled per hour | 38 |"): no
    # claim counts by the hour, so only words of the claim make it one's slip
    return scorer(index, figure.ctx)(i) > 0


def _ends(low: float, high: float, q_low: float, q_high: float) -> bool:
    """Whether the figure's value is the claim's number: its value, either end of its
    range, or its range."""
    if q_low == q_high:
        return _same(q_low, low) or _same(q_low, high)
    return _same(q_low, low) and _same(q_high, high)


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9)


def _rounded(x: float) -> str:
    """``x`` to two significant digits, as the message says it."""
    if x <= 0:
        return "0"
    return format_number(round(x, 1 - math.floor(math.log10(x))))
