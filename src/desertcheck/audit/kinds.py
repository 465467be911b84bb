"""Kinds of figures: a draft's figure is only compared with claims of its own kind.

A kind is ``percent``, ``share``, ``duration`` (years, months, days), a rate
(``rate-month``, ``rate-week``, ``rate-day``: ``a month``, ``weekly``, ``a working day``)
or ``count``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desertcheck.model import Claim
    from desertcheck.quantity import Quantity

#: A rate's span in the words after a figure: "1,200 a month", "an average of 40 per day".
_RATE_AFTER = re.compile(
    r"\A[^.;:!?\d]{0,40}?\b(?:a|per|each|every|an?\s+average\s+of\s+\w+\s+(?:a|per))\s+"
    r"(?:working\s+|calendar\s+)?(month|week|day)\b",
    re.IGNORECASE,
)
#: A rate word right before a figure: "monthly 1,200".
_RATE_WORD_BEFORE = re.compile(r"\b(monthly|weekly|daily)\s*\Z", re.IGNORECASE)
_RATE_WORDS = {"monthly": "month", "weekly": "week", "daily": "day"}


def claim_kind(claim: Claim) -> str:
    """The kind of a claim, from its unit."""
    unit = claim.unit.lower()
    if unit in ("percent", "per-cent", "%"):
        return "percent"
    if unit == "share":
        return "share"
    if unit in ("years", "year", "months", "days"):
        return "duration"
    for span in ("month", "week", "day"):
        if f"per-{span}" in unit or f"per-working-{span}" in unit:
            return f"rate-{span}"
    return "count"


def figure_kind(q: Quantity, after: str, before: str) -> str:
    """The kind of a draft's figure, from its unit and the words of its sentence ``after``
    and ``before`` it."""
    unit = (q.unit or "").lower()
    if unit == "percent":
        return "percent"
    if unit == "share":
        return "share"
    rate = _RATE_AFTER.match(after)
    if rate:
        return f"rate-{rate.group(1).lower()}"
    rate_word = _RATE_WORD_BEFORE.search(before)
    if rate_word:
        return f"rate-{_RATE_WORDS[rate_word.group(1).lower()]}"
    if unit in ("year", "years", "month", "months", "day", "days"):
        return "duration"
    return "count"
