"""A count said to be of one span of time: "848 verdicts in a single week".

"In a single week", "in one day", "in a month", "in one year" give no date, so no period
is read for the figure; but they say how long the count ran. A claim counted over a longer
span (the 848 verdicts of April 2025, a month) cannot be one week's count, whichever week
is meant: the figure retells it for another period, a `period-drift` (:func:`one_span`).
A claim of that span or shorter may be the one meant and stays `supported`. The words are
the figure's when said after it, before the next figure, or before it with no figure
between ("over 16,000 in a single year is not 16,000 since 2022": the first only).

A rate ("100 a week", "38 per working day") says no such thing: it is an average over any
span, and is left to the claim's kind (:mod:`.kinds`). The words must be of the figure's
own clause and say the span with an article or "one" ("in a single week", "within one
day", "in just a month"): "in the week to Friday" dates the count, and is not read here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from desertcheck.audit.verdicts import PERIOD_DRIFT, SUPPORTED, Verdict
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

#: The longest a claim's period may run, in days, to be one span of each length (a
#: calendar month runs to 31 days, a year to 366; a week read as a calendar week or seven
#: days).
_DAYS: Final = {"day": 1, "week": 7, "month": 31, "year": 366}
#: "in a single week", "within one day", "in just a month", "in one year" (not "in a
#: year's time", a date to come).
_ONE_SPAN: Final = regex(
    r"\b(?:in|within|over|during)\s+(?:just\s+|only\s+)?(?:a|one)(?:\s+single)?\s+"
    r"(?P<span>day|week|month|year)\b(?!\s*(?:or|and|to)\b|['’]s)",
    re.IGNORECASE,
)


def one_span(q: Quantity, kind: str, verdict: Verdict, clause: str) -> Verdict:
    """``verdict`` on ``q``, a `period-drift` when it is `supported` by a claim counted over
    a longer span than the one the figure's own ``clause`` says it ran ("in a single
    week"); ``q`` must be a count (``kind``), and no period words were read for it."""
    status, listed, _ = verdict
    if status != SUPPORTED or not listed or kind != "count":
        return verdict
    m = _ONE_SPAN.search(clause)
    if m is None:
        return verdict
    claim = listed[0].claim
    days = (claim.period.end - claim.period.start).days + 1
    if days <= _DAYS[m["span"].lower()]:
        return verdict
    message = (
        f"“{q.text}” is {claim.id} ({claim.figure}), but the draft says “{m.group()}”, and "
        f"the claim counts {claim.period}, {days} days"
    )
    return PERIOD_DRIFT, listed, message
