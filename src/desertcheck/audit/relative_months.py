"""Relative period words the rewrite of :mod:`.relative` leaves, read from the draft's date.

:mod:`.relative` writes "last year", "this spring", "last May" as the dates they stand for.
This module reads, against the same date (:func:`.relative.held_date`), what that leaves: a
month named without a year (``In May alone``, ``in December``, ``between January and
May``), ``two years ago``, ``December last year``, and in Russian ``этой весной``, ``в
апреле``, ``с января по май``. A single month, unless "alone", and "N years ago" say when a
total stood (as-of), not a count of that month or year. A draft without a date reads none
of them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Final

from desertcheck.audit.period_match import days_of_season, month_end
from desertcheck.audit.period_points import _Days
from desertcheck.audit.periods import DraftPeriod, find_periods
from desertcheck.audit.relative import _MONTH_RE, _MONTHS, held_date, ru_month
from desertcheck.audit.russian_periods import _RU_MONTH_RE, _RU_SEASON_RE, _RU_SEASONS
from desertcheck.compiled import regex

_NUMBER_AGO = r"(?P<{n}ago>one|two|three|four|five|a|\d)\s+years?\s+ago"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
#: A point relative to the draft's date; ``{n}`` names its groups apart. A bare month is
#: one with no year after it ("in May", not "in May 2025" nor "in April of that year").
_POINT = (
    rf"(?:(?P<{{n}}month>{_MONTH_RE})\s+(?:of\s+)?(?P<{{n}}mrel>last|this)\s+year"
    rf"|(?P<{{n}}lrel>last|this|past)\s+(?P<{{n}}unit>year|month|week|{_SEASON}|{_MONTH_RE})"
    rf"|{_NUMBER_AGO}"
    rf"|(?P<{{n}}bare>{_MONTH_RE})(?!\s*(?:of\b|\d|[-–]\s*\d)))"
)
_WORDS_AGO: Final = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5}
#: (kind, pattern): a bare month only after a preposition that makes it a period, or
#: before "alone"; a relative year or season with or without one.
_PATTERNS: Final = [
    (
        "between",
        regex(
            rf"\b(?:between|from)\s+{_POINT.format(n='a')}\s+(?:and|to|until|through)\s+"
            rf"{_POINT.format(n='b')}(?:\s+(?P<tail>this|last)\s+year)?\b",
            re.IGNORECASE,
        ),
    ),
    (  # no preposition, from a bare month, leading its clause: "January to May, 4,350
        # new cases", "jan-may this yr: 4,350" (not a timeline's label, "**January to May**
        # — …", which heads a list)
        "between",
        regex(
            rf"\b(?={_MONTH_RE}(?:\s+(?:to|until|through)\s|[-–]\w)){_POINT.format(n='a')}"
            rf"(?:\s+(?:to|until|through)\s+|[-–]){_POINT.format(n='b')}"
            r"(?:\s+(?P<tail>this|last)\s+(?:year|yr))?(?=[,:])",
            re.IGNORECASE,
        ),
    ),
    ("since", regex(rf"\bsince\s+{_POINT.format(n='a')}\b", re.IGNORECASE)),
    (
        "as-of",
        regex(
            rf"\b(?:as\s+of|by|until|up\s+to)\s+(?:the\s+(?:end|middle)\s+of\s+)?"
            rf"{_POINT.format(n='a')}\b",
            re.IGNORECASE,
        ),
    ),
    ("in", regex(rf"\b(?:in|during|over|for)\s+{_POINT.format(n='a')}\b", re.IGNORECASE)),
    ("in", regex(rf"\b{_POINT.format(n='a')}\s+alone\b", re.IGNORECASE)),
    # with no preposition: "last year alone", "two years ago", not a bare month
    (
        "in",
        regex(
            rf"\b(?!{_MONTH_RE}\b(?!\s+(?:last|this)\s+year)){_POINT.format(n='a')}\b",
            re.IGNORECASE,
        ),
    ),
]
_RU_PATTERNS: Final = [
    (
        "between",
        regex(
            rf"(?<!\w)с\s+(?P<ra>{_RU_MONTH_RE})\s+по\s+(?P<rb>{_RU_MONTH_RE})(?!\s*\d)",
            re.IGNORECASE,
        ),
    ),
    ("in", regex(r"(?<!\w)в\s+(?P<ryear>прошлом|этом|текущем)\s+году", re.IGNORECASE)),
    (
        "in",
        regex(
            rf"(?<!\w)(?P<rseason_rel>этой|прошлой|этим|прошлым)\s+(?P<rseason>{_RU_SEASON_RE})",
            re.IGNORECASE,
        ),
    ),
    ("in", regex(rf"(?<!\w)(?:в|во)\s+(?P<ra>{_RU_MONTH_RE})(?!\s*\d)(?!\w)", re.IGNORECASE)),
]


def _latest_month(month: int, today: date, before: bool = False) -> _Days:
    """The latest ``month`` up to ``today`` (strictly before its month when ``before``)."""
    year = (
        today.year
        if month < today.month or (month == today.month and not before)
        else today.year - 1
    )
    return date(year, month, 1), month_end(year, month)


def _year(year: int) -> _Days:
    return date(year, 1, 1), date(year, 12, 31)


def _point(m: re.Match[str], n: str, today: date, tail: str | None = None) -> _Days | None:
    """The days of the relative point whose groups are named with ``n``."""
    if m[f"{n}month"]:
        month = _MONTHS[m[f"{n}month"].lower().rstrip(".")]
        year = today.year - (m[f"{n}mrel"].lower() == "last")
        return date(year, month, 1), month_end(year, month)
    if m[f"{n}ago"]:
        word = m[f"{n}ago"].lower()
        return _year(today.year - (int(word) if word.isdigit() else _WORDS_AGO[word]))
    if m[f"{n}bare"]:
        month = _MONTHS[m[f"{n}bare"].lower().rstrip(".")]
        if tail:  # "between January and May this year"
            year = today.year - (tail.lower() == "last")
            return date(year, month, 1), month_end(year, month)
        return _latest_month(month, today)
    rel, unit = m[f"{n}lrel"].lower(), m[f"{n}unit"].lower()
    last = rel != "this"
    if unit == "year":
        return _year(today.year - last)
    if unit == "month":
        month, year = (
            (today.month - 1 or 12, today.year - (today.month == 1))
            if last
            else (today.month, today.year)
        )
        return date(year, month, 1), month_end(year, month)
    if unit == "week":
        return None  # a week is finer than any claim's period: not checked
    if unit.rstrip(".") in _MONTHS:
        return _latest_month(_MONTHS[unit.rstrip(".")], today, before=last)
    days = days_of_season(unit, today.year)
    if last and days[1] >= today:
        days = days_of_season(unit, today.year - 1)
    return days


def _ru_point(m: re.Match[str], today: date) -> tuple[_Days, _Days] | None:
    groups = m.groupdict()
    if groups.get("rb"):
        year = today.year if ru_month(m["rb"]) <= today.month else today.year - 1
        a, b = ru_month(m["ra"]), ru_month(m["rb"])
        return (date(year, a, 1), month_end(year, a)), (date(year, b, 1), month_end(year, b))
    if groups.get("ryear"):
        days = _year(today.year - (m["ryear"].casefold() == "прошлом"))
        return days, days
    if groups.get("rseason"):
        stem = next(k for k in _RU_SEASONS if m["rseason"].casefold().startswith(k))
        last = m["rseason_rel"].casefold().startswith("прошл")
        days = days_of_season(_RU_SEASONS[stem], today.year)
        if last and days[1] >= today:
            days = days_of_season(_RU_SEASONS[stem], today.year - 1)
        return days, days
    days = _latest_month(ru_month(m["ra"]), today)
    return days, days


#: Words right before relative words that make them no date of the draft's: "the last year
#: before the war", "the middle of this year" (a part of a longer phrase), or a verb of
#: saying or publishing ("published last month", "said in December").
_NOT_DATED_BEFORE: Final = regex(
    r"\b(?:the|a|an|its|their|his|her|that|of|said|says|told|reported|published|released|"
    r"presented|announced|wrote|issued|updated|posted|aired)\s*,?\s*\Z",
    re.IGNORECASE,
)
#: "alone" or "only" with a single month: the count of that month, not a total by then.
_ALONE: Final = regex(r"\s+alone\b", re.IGNORECASE)


_RU_ONLY: Final = regex(r"(?<!\w)(?:только|лишь)\s+\Z", re.IGNORECASE)


def _not_dated(text: str, m: re.Match[str]) -> bool:
    """Whether the relative words ``m`` are no period (:data:`_NOT_DATED_BEFORE`)."""
    return _NOT_DATED_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None


def relative_periods(text: str, offset: int, today: date) -> list[DraftPeriod]:
    """The relative period words in ``text`` (a sentence) dated from ``today``, spans
    shifted by ``offset``."""
    found: list[DraftPeriod] = []
    taken: list[tuple[int, int]] = []
    for pattern_kind, pattern in _PATTERNS:
        kind = pattern_kind
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken) or _not_dated(text, m):
                continue
            a = _point(m, "a", today, m.groupdict().get("tail"))
            b = _point(m, "b", today, m["tail"]) if kind == "between" else a
            if a is None or b is None:
                continue
            if kind == "between" and m["abare"]:  # "from January to July of last year"
                month = _MONTHS[m["abare"].lower().rstrip(".")]
                year = b[0].year - (month > b[0].month)
                a = date(year, month, 1), month_end(year, month)
            taken.append(m.span())
            # "alone" after it, or in it ("last month alone": the pattern that reads it)
            alone = _ALONE.match(text, m.end()) or _ALONE.search(m.group())
            one_month = a[1] - a[0] < timedelta(days=31) and not alone
            if kind == "in" and (one_month or m["aago"]):
                # "last September: 50k+", "Mediazona, in December:", "two years ago a blog
                # post counted": when it stood at that, not a count of that month or year
                kind = "as-of"
            found.append(DraftPeriod(kind, a, b, m.group(), offset + m.start(), offset + m.end()))
            kind = pattern_kind
    if re.search(r"[\u0400-\u04ff]", text):
        for pattern_kind, pattern in _RU_PATTERNS:
            for m in pattern.finditer(text):
                kind = pattern_kind
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                points = _ru_point(m, today)
                if points is None:
                    continue
                taken.append(m.span())
                one_month = points[0][1] - points[0][0] < timedelta(days=31) and kind == "in"
                if one_month and not _RU_ONLY.search(text, max(0, m.start() - 12), m.start()):
                    kind = "as-of"  # "в декабре": a total by then; "только в апреле": its count
                found.append(
                    DraftPeriod(kind, *points, m.group(), offset + m.start(), offset + m.end())
                )
    return found


def dated_periods(text: str, offset: int = 0) -> list[DraftPeriod]:
    """:func:`~desertcheck.audit.periods.find_periods`, and, when the draft's date is held
    (:func:`.relative.held_date`), the relative period words it leaves."""
    found = find_periods(text, offset)
    today = held_date()
    if today is None:
        return found
    found = [_as_of(p, text, offset) for p in found]
    extra = [
        _in_year_named(p, found)
        for p in relative_periods(text, offset, today)
        if not any(p.start < q.end and q.start < p.end for q in found)
    ]
    return sorted(found + extra, key=lambda p: p.start) if extra else found


#: Words that date months from the draft's date, not from a year the sentence names.
_RELATIVE: Final = regex(r"\b(?:last|this|past|ago|years?)\b|прошл|этой|этом|году", re.IGNORECASE)


def _in_year_named(p: DraftPeriod, found: list[DraftPeriod]) -> DraftPeriod:
    """``p``, months named with no year ("from January to May"), in the one year the
    sentence names before them ("In 2025, … from January to May"), not dated from the
    draft's date; ``p`` as it is otherwise."""
    years = {q.a[0].year for q in found if q.end <= p.start and _one_year(q)}
    if len(years) != 1 or _RELATIVE.search(p.text) or p.a[0].year != p.b[1].year:
        return p
    year = years.pop()

    def moved(days: tuple[date, date]) -> tuple[date, date]:
        return date(year, days[0].month, 1), month_end(year, days[1].month)

    return replace(p, a=moved(p.a), b=moved(p.b))


def _one_year(q: DraftPeriod) -> bool:
    """Whether ``q`` is one calendar year ("in 2025")."""
    first, last = q.a[0], q.b[1]
    return (first.month, first.day, last.month, last.day) == (
        1,
        1,
        12,
        31,
    ) and first.year == last.year


#: "last September", "December last year": a single month of :mod:`.relative`'s rewriting.
_LAST_MONTH: Final = regex(
    rf"\b(?:(?:last|this)\s+{_MONTH_RE}|{_MONTH_RE}\s+(?:of\s+)?(?:last|this)\s+year)\Z",
    re.IGNORECASE,
)


def _as_of(p: DraftPeriod, text: str, offset: int) -> DraftPeriod:
    """``p`` as-of when it is a single month named relatively ("last September: 50k+"),
    not followed by "alone": when a total stood, not a count of that month."""
    if p.kind != "in" or not _LAST_MONTH.search(p.text) or _ALONE.match(text, p.end - offset):
        return p
    return replace(p, kind="as-of")
