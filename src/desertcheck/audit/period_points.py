"""A point in time as period words say it (``2024``, ``May 2025``, ``mid-2025``, ``spring
2025``, ``the first half of 2025``, ``the end of 2025``, ``2024-25``): its pattern within
the period patterns of :mod:`.periods`, and the days it covers (:func:`days_of_point`)."""

from __future__ import annotations

import re
from datetime import date
from typing import Final, TypeAlias

from desertcheck.audit.period_match import days_of_season, month_end
from desertcheck.audit.relative import _MONTH_RE, _MONTHS
from desertcheck.compiled import regex

#: The first and the last day a point in time covers.
_Days: TypeAlias = tuple[date, date]

_SEASON_RE = r"(?:spring|summer|autumn|fall|winter)"
_MODIFIER_RE = r"(?:early|late|mid-?|the\s+(?:end|start|beginning|middle)\s+of)"
#: A point in time (``2024``, ``May 2025``, ``mid-2025``, ``the first half of 2025``,
#: ``2024-25``) within the period patterns; :data:`_POINT_PARTS` reads its parts.
#: A year: ``2025``, or as a slide cuts it, ``'25`` (2000-2039 only: ``'90s`` is a decade).
_YEAR_RE = r"(?:(?:19|20)\d\d(?!\d)|['’][0-3]\d(?![\d,.]\d|\w))"
#: The first months or a quarter of a year: "the first five months of 2025", "the second
#: quarter of 2024".
_COUNT_WORDS = str.split("one two three four five six seven eight nine ten eleven")
_COUNTS: Final = {w: i for i, w in enumerate(_COUNT_WORDS, 1)}
_ORDINALS: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_PART_RE = (
    rf"first\s+(?P<months>{'|'.join(_COUNTS)}|[1-9]|1[01])\s+months|"
    r"(?P<quarter>first|second|third|fourth)\s+quarter"
)
_POINT_TEXT = (
    rf"(?:{_MODIFIER_RE}\s*)?(?:(?:the\s+)?(?:(?:first|second)\s+half|"
    rf"{_PART_RE.replace('?P<months>', '').replace('?P<quarter>', '')})\s+of\s+|{_MONTH_RE}\s+|"
    rf"{_SEASON_RE}\s+(?:of\s+)?)?{_YEAR_RE}(?:\s*[-–]\s*(?:19|20)?\d\d(?!\d))?"
)
_POINT_PARTS = regex(
    rf"(?P<modifier>{_MODIFIER_RE})?\s*(?:(?:the\s+)?(?:(?P<half>first|second)\s+half|{_PART_RE})"
    rf"\s+of\s+|"
    rf"(?P<month>{_MONTH_RE})\s+|(?P<season>{_SEASON_RE})\s+(?:of\s+)?)?(?P<year>{_YEAR_RE})"
    r"(?:\s*[-–]\s*(?P<end_year>(?:19|20)?\d\d)(?!\d))?",
    re.IGNORECASE,
)


def days_of_point(text: str, default_year: int | None = None) -> _Days | None:
    """The days a period point covers: ``2024``, ``May 2025``, ``mid-2025``, ``spring 2025``."""
    m = _POINT_PARTS.search(text)
    if not m:
        month_only = re.match(rf"\s*({_MONTH_RE})\s*$", text, re.IGNORECASE)
        season_only = re.match(rf"\s*({_SEASON_RE})\s*$", text, re.IGNORECASE)
        if default_year is None:
            return None
        if month_only:
            n = _MONTHS[month_only.group(1).lower().rstrip(".")]
            return date(default_year, n, 1), month_end(default_year, n)
        if season_only:
            return days_of_season(season_only.group(1), default_year)
        return None
    year = int(m["year"].lstrip("'’"))
    year += 2000 if year < 100 else 0  # "'25"
    modifier = (m["modifier"] or "").lower()
    if m["end_year"]:
        end_year = int(m["end_year"])
        end_year = end_year + (year // 100) * 100 if end_year < 100 else end_year
        return date(year, 1, 1), date(max(year, end_year), 12, 31)
    if m["month"]:
        n = _MONTHS[m["month"].lower().rstrip(".")]
        return date(year, n, 1), month_end(year, n)
    if m["season"]:
        return days_of_season(m["season"], year)
    if m["half"]:
        first = m["half"].lower() == "first"
        return (
            (date(year, 1, 1), date(year, 6, 30))
            if first
            else (date(year, 7, 1), date(year, 12, 31))
        )
    if m["months"] or m["quarter"]:  # "the first five months of 2025", "the second quarter"
        part = str(m["months"] or m["quarter"]).lower()
        last = int(part) if part.isdigit() else _COUNTS.get(part, 0) or 3 * _ORDINALS[part]
        first_month = 1 if m["months"] else last - 2
        return date(year, first_month, 1), month_end(year, last)
    if modifier.startswith("mid"):
        return date(year, 5, 1), date(year, 8, 31)
    if "end" in modifier:
        return date(year, 10, 1), date(year, 12, 31)
    if "start" in modifier or "beginning" in modifier:
        return date(year, 1, 1), date(year, 3, 31)
    return date(year, 1, 1), date(year, 12, 31)  # early/late 2024: the year is what is checked
