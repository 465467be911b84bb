"""Kinds of figures: a draft's figure is only compared with claims of its own kind.

A kind is ``percent``, ``share``, ``duration`` (years, months, days), a rate
(``rate-month``, ``rate-week``, ``rate-day``: ``a month``, ``weekly``, ``a working day``,
``в рабочий день``) or ``count``.
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
#: The same in Russian: "38 решений в рабочий день", "1000 дел в месяц".
_RATE_AFTER_RU = re.compile(
    r"\A[^.;:!?\d]{0,40}?(?<!\w)(?:в|за|каждый|каждую|каждые)\s+(?:рабочий\s+|среднем\s+)?"
    r"(месяц|неделю|день|сутки)(?!\w)",
    re.IGNORECASE,
)
_RU_SPANS = {"месяц": "month", "неделю": "week", "день": "day", "сутки": "day"}
#: Units of a duration, in English and Russian.
_DURATION_UNITS = frozenset(
    [
        "year",
        "years",
        "month",
        "months",
        "day",
        "days",
        "лет",
        "год",
        "года",
        "месяц",
        "месяца",
        "месяцев",
        "день",
        "дня",
        "дней",
    ]
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
    rate_ru = _RATE_AFTER_RU.match(after)
    if rate_ru:
        return f"rate-{_RU_SPANS[rate_ru.group(1).lower()]}"
    rate_word = _RATE_WORD_BEFORE.search(before)
    if rate_word:
        return f"rate-{_RATE_WORDS[rate_word.group(1).lower()]}"
    if unit in _DURATION_UNITS:
        return "duration"
    return "count"
