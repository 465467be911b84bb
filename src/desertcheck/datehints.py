"""What a date or period written another way most likely means, in the registry's form.

A period is ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``START/END``; people write
``04/02/2024``, ``2024-2025``, ``March 20, 2025``, ``Q1 2025`` or, for a UK financial
year (April to March), ``2025/26``, ``FY2025-26`` or ``financial year 2025 to 2026``.
:func:`date_hint` names the form they most likely meant, for the loader's message; it never
guesses silently.
"""

from __future__ import annotations

import re

#: month names and their short forms (English), and the month each means
MONTH_NUMBERS = {
    name: n
    for n, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}


def days_in_month(year: int, month: int) -> int:
    """The days of ``month`` (1 to 12) of ``year``, as ``calendar.monthrange`` counts them
    (without importing :mod:`calendar`, which imports :mod:`locale`)."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


_MONTH = "(" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_NUMERIC = re.compile(r"([0-9]{1,2})[/.]([0-9]{1,2})[/.]([0-9]{4})")
_YEARS = re.compile(r"([0-9]{4})\s*(?:-|–|—|to|until)\s*([0-9]{2}|[0-9]{4})")
_DAY_MONTH = re.compile(rf"([0-9]{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+([0-9]{{4}})", re.I)
_MONTH_DAY = re.compile(rf"{_MONTH}\s+([0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+([0-9]{{4}})", re.I)
_MONTH_YEAR = re.compile(rf"{_MONTH},?\s+([0-9]{{4}})", re.I)
#: a year and the next, the second often in two digits: 2025/26, 2025-26, 2025 to 2026
_PAIR = r"([0-9]{4})\s*(?:/|-|–|—|to)\s*([0-9]{2}|[0-9]{4})"
#: a UK financial year said to be one: FY2025/26, financial year 2025 to 2026, 2025-26 FY
_FINANCIAL = re.compile(
    rf"(?:FY|(?:the\s+)?financial\s+year)\s*{_PAIR}|{_PAIR}\s+(?:FY|financial\s+year)", re.I
)
_SHORT_PAIR = re.compile(r"([0-9]{4})/([0-9]{2})")
_QUARTER = re.compile(r"Q([1-4])\s*([0-9]{4})|([0-9]{4})\s*Q([1-4])", re.I)


def _day(year: int, month: int, day: int) -> str | None:
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _numeric(m: re.Match[str]) -> str | None:
    a, b, year = int(m[1]), int(m[2]), int(m[3])
    day_first, month_first = _day(year, b, a), _day(year, a, b)
    if day_first and month_first and day_first != month_first:
        return f"{day_first} (day/month/year) or {month_first} (month/day/year)"
    return day_first or month_first


def _second_year(first: str, second: str) -> str:
    return first[:2] + second if len(second) == 2 else second  # 2024-25: 2025


def financial_year(first: str, second: str) -> str | None:
    """The months of the UK financial year (April to March) from ``first`` to ``second``
    ("2025", "26" or "2026"): ``2025-04/2026-03``; None unless the years follow each other."""
    end = _second_year(first, second)
    return f"{first}-04/{end}-03" if int(end) == int(first) + 1 else None


def _years(m: re.Match[str]) -> str | None:
    first, second = m[1], _second_year(m[1], m[2])
    if int(second) <= int(first):
        return None
    both = f"{first}/{second}"
    if len(m[2]) == 2 and (months := financial_year(first, m[2])):  # a financial or school year
        return f"{months} for a UK financial year (April to March), or {both} for both years"
    return both


def _financial(m: re.Match[str]) -> str | None:
    first, second = (m[1], m[2]) if m[1] else (m[3], m[4])
    months = financial_year(first, second)
    return f"{months} (the UK financial year, April to March)" if months else None


def _quarter(m: re.Match[str]) -> str:
    q, year = (int(m[1]), m[2]) if m[1] else (int(m[4]), m[3])
    return f"{year}-{3 * q - 2:02d}/{year}-{3 * q:02d}"


def date_hint(text: str) -> str | None:
    """The registry's form of ``text`` when it is a date or span written another way
    (``"did you mean …"``), or None."""
    text = text.strip()
    if m := _NUMERIC.fullmatch(text):
        return _numeric(m)
    if m := _FINANCIAL.fullmatch(text):
        return _financial(m)
    if m := _YEARS.fullmatch(text) or _SHORT_PAIR.fullmatch(text):
        return _years(m)
    if m := _DAY_MONTH.fullmatch(text):
        return _day(int(m[3]), MONTH_NUMBERS[m[2].lower()], int(m[1]))
    if m := _MONTH_DAY.fullmatch(text):
        return _day(int(m[3]), MONTH_NUMBERS[m[1].lower()], int(m[2]))
    if m := _MONTH_YEAR.fullmatch(text):
        return f"{m[2]}-{MONTH_NUMBERS[m[1].lower()]:02d}"
    if m := _QUARTER.fullmatch(text):
        return _quarter(m)
    return None
