"""A relative year in a draft that gives no date of its own: "this year", "last year".

A draft dated in its first lines has its relative periods read as the dates they stand for
(:mod:`.relative`). One with no date leaves audit not knowing *which* year "this year" is;
but it still says the figure is one calendar year's. A claim whose period spans more than
one calendar year (a running total since 2022, November 2024 to July 2025) cannot be any
single year's figure, whatever the year: "more than 25,000 ran away this year" for a count
of nine months over two years is a `period-drift`. A claim of one calendar year (or within
a month of one) may be the year meant, and stays `supported`: that is not known.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Final

from desertcheck.audit.verdicts import PERIOD_DRIFT, SUPPORTED, Verdict
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.model import Claim
    from desertcheck.quantity import Quantity

#: "this year", "last year" (not "the last year", "the past year": a rolling twelve months).
_A_YEAR: Final = regex(r"(?<!\bthe\s)\b(?:this|last)\s+year\b", re.IGNORECASE)
#: The slack either side of a calendar year, as period words get (:mod:`.periods`).
_SLACK: Final = timedelta(days=31)


def of_one_year(claim: Claim) -> bool:
    """Whether ``claim``'s period lies within one calendar year, give or take a month."""
    start, end = claim.period.start, claim.period.end
    return any(
        date(year, 1, 1) - _SLACK <= start and end <= date(year, 12, 31) + _SLACK
        for year in {start.year, end.year}
    )


def undated_year(q: Quantity, verdict: Verdict, clause: str) -> Verdict:
    """``verdict`` on ``q``, a `period-drift` when it is `supported` by a claim of more
    than one calendar year and the figure's own ``clause`` says "this year" or "last year"
    (read only where the draft's date is not known: no period words were read for it)."""
    status, listed, _ = verdict
    m = _A_YEAR.search(clause)
    if status != SUPPORTED or not listed or m is None or of_one_year(listed[0].claim):
        return verdict
    claim = listed[0].claim
    cumulative = ", a running total" if claim.cumulative else ""
    message = (
        f"“{q.text}” is {claim.id} ({claim.figure}), but the draft says “{m.group()}”, one "
        f"calendar year, and the claim covers {claim.period}{cumulative}"
    )
    return PERIOD_DRIFT, listed, message
