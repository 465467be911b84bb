"""A rate per calendar day retold from a claim's rate per working day: "38 verdicts a day",
"thirty-eight a day, every day", "38 every day of the month" for Mediazona's 38 decisions
for every working day of April 2025.

A month has some 22 working days and 30 calendar days: the same number said of every day
overstates the count by a third. A figure ``supported`` by a claim whose unit or statement
says working days is that claim's ``mismatch`` when the words at the figure say a day
("a day", "per day", "each day", "every day", "every single day", "daily") and its clause
says nothing of working, business or court days ("38 per day" in a row labelled "verdicts
per working day" keeps its claim).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from desertcheck.audit.continental import A_DAY, WORKING  # German, French
from desertcheck.audit.verdicts import CONTESTED, MISMATCH, SUPPORTED, Verdict
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.window import Span
    from desertcheck.quantity import Quantity

#: A day said of a rate: "a day", "per day", "each day", "every single day", "daily".
_A_DAY: Final = regex(
    r"\b(?:a|per|each|every|for\s+every|for\s+each)\s+(?:single\s+)?day\b|\bdaily\b|" + A_DAY,
    re.IGNORECASE,
)
#: Words of the days a court sits.
_WORKING: Final = regex(
    r"\b(?:working|work|business|court|sitting|weekday|weekdays)\b|\bsat\b|рабоч|робоч|" + WORKING,
    re.IGNORECASE,
)
#: How far after a figure its day is looked for.
_REACH: Final = 30


def calendar_for_working(q: Quantity, verdict: Verdict, blanked: str, own: Span) -> Verdict:
    """A ``supported`` (or ``contested``) ``verdict`` on ``q`` made a ``mismatch`` when its
    claim is a rate per working day and the draft says a rate per day (``own``: the
    figure's clause)."""
    status, listed, _ = verdict
    if status not in (SUPPORTED, CONTESTED) or not listed:
        return verdict
    claim = listed[0].claim
    if not _WORKING.search(f"{claim.unit} {claim.statement}"):
        return verdict
    if _WORKING.search(blanked, own[0], own[1]):
        return verdict
    if not _A_DAY.search(blanked, q.start, min(own[1], q.end + _REACH)):
        return verdict
    return (
        MISMATCH,
        listed,
        f"“{q.text}” is {claim.id}'s number ({claim.figure}), a rate per working day, but "
        "the draft says a day: every day of a month is more days than its working days",
    )
