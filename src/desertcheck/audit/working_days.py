"""A rate per calendar day retold from a claim's rate per working day: "38 verdicts a day",
"thirty-eight a day, every day", "38 every day of the month" for Mediazona's 38 decisions
for every working day of April 2025.

A month has some 22 working days and 30 calendar days: the same number said of every day
overstates the count by a third. A figure ``supported`` by a claim whose unit or statement
says working days is that claim's ``mismatch`` when the words at the figure say a day
("a day", "per day", "each day", "every day", "every single day", "daily"), right after it
or after its verb ("38 verdicts were handed down every day"), or right before it
("täglich 38 Urteile", "Every day, 38"), and its clause
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
#: How far after a figure its day may start ("38 verdicts were handed down every day",
#: "38 verdicts ont été rendus chaque jour": after the verb), and how far before it may end
#: ("täglich 38 Urteile", "Every day, 38").
_REACH: Final = 45
_BEFORE: Final = 12
_DIGIT: Final = regex(r"\d")


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
    if not _says_a_day(q, blanked, own):
        return verdict
    return (
        MISMATCH,
        listed,
        f"“{q.text}” is {claim.id}'s number ({claim.figure}), a rate per working day, but "
        "the draft says a day: every day of a month is more days than its working days",
    )


def _says_a_day(q: Quantity, blanked: str, own: Span) -> bool:
    """Whether the words of ``q``'s clause (``own``) say a day of it: from the figure up to
    :data:`_REACH` characters after it, or ending right before it, with no other number
    between ("38 … every day, 1,100 a month" is not)."""
    start = max(own[0], q.start - _BEFORE - 20)
    for m in _A_DAY.finditer(blanked, start, own[1]):
        if m.start() >= q.end:
            if m.start() > q.end + _REACH:
                break
            if not _DIGIT.search(blanked, q.end, m.start()):
                return True
        elif m.end() <= q.start:
            if q.start - m.end() <= _BEFORE and not _DIGIT.search(blanked, m.end(), q.start):
                return True
        else:  # inside the figure's own words: "38 a day"
            return True
    return False
