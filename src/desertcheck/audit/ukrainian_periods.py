"""Ukrainian period words, read as the Russian ones are (:mod:`.periods`): ``у 2024 році``,
``за 2024 рік``, ``з 2022 року``, ``з початку повномасштабного вторгнення``, ``у травні
2025 року``, ``за січень–травень 2025 року``, ``з січня по травень 2025 року``, ``станом на
кінець травня 2025 року``, ``у першій половині 2025 року``, ``у 2024–2025 роках``.

A year after ``у``/``в``/``за`` is a period only with a month before it or a Ukrainian
year word after it (``року``, ``році``, ``рік``): Russian writes ``у`` before a count
(``у 2000 военных``), and Russian period words are read by :mod:`.periods` first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Final, TypeAlias

from desertcheck.audit.period_match import month_end, read_match
from desertcheck.compiled import regex

_Days: TypeAlias = tuple[date, date]
_Read: TypeAlias = Callable[[str, re.Match[str]], tuple[str, _Days, _Days] | None]
#: Period patterns with their readers, as :mod:`.periods` tries them.
Patterns: TypeAlias = list[tuple[str, re.Pattern[str], _Read]]

#: Month stems (every case of a month starts with its stem): "січень", "січня", "січні".
_MONTHS: Final = {
    "січ": 1, "лют": 2, "берез": 3, "квіт": 4, "трав": 5, "черв": 6, "лип": 7, "серп": 8,
    "верес": 9, "жовт": 10, "листопад": 11, "груд": 12,
}  # fmt: skip
_MONTH_RE: Final = rf"(?:{'|'.join(_MONTHS)})[а-яіїє]*"
#: Seasons, in the forms a period point takes: "навесні 2025 року", "до весни 2025 року".
_SEASONS: Final = {
    "весн": (3, 5), "навесн": (3, 5), "літ": (6, 8), "влітку": (6, 8), "осен": (9, 11),
    "осін": (9, 11), "восени": (9, 11), "зим": (12, 14), "взимку": (12, 14),
}  # fmt: skip
_SEASON_RE: Final = r"(?:навесні|весн[аиіу]|влітку|літ[оау]|восени|осін[ьі]|осені|взимку|зим[аиіу])"
#: The end, start or middle of a point: "кінець травня", "на початку 2025 року".
_PART: Final = r"(?:кінець|кінц[яюі]|початок|початку|середина|середин[иі])"
_YEAR_WORD: Final = r"(?:роках|роки|років|року|році|рік|рр\.|р\.)"
#: What makes a year after "у", "в", "за" a period in Ukrainian: a month, a part of the year
#: or a Ukrainian year word.
_GUARD: Final = (
    rf"(?=(?:{_PART}\s+)?(?:(?:(?:\d{{1,2}}\s+)?{_MONTH_RE}|{_SEASON_RE}|(?:перш|друг)[а-яії]*\s+"
    rf"половин[а-яії]*)\s+(?:19|20)\d\d"
    rf"|(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*{_YEAR_WORD}))"
)
_POINT: Final = (
    rf"(?:{_PART}\s+)?"
    rf"(?:(?:\d{{{{1,2}}}}\s+)?(?P<{{m}}>{_MONTH_RE})\s+|(?P<{{m}}s>{_SEASON_RE})\s+|(?P<{{m}}h>перш|друг)[а-яії]*\s+половин[а-яії]*\s+)?"
    rf"(?P<{{y}}>(?:19|20)\d\d)(?:\s*[-–]\s*(?P<{{y}}e>(?:19|20)?\d\d)(?!\d))?"
    rf"(?:\s*{_YEAR_WORD})?"
)


#: The month stems, as other modules' patterns take them.
MONTHS: Final = tuple(_MONTHS)


def month(word: str) -> int | None:
    """The month a Ukrainian month word names ("травня": 5), or None."""
    w = word.casefold()
    return next((n for stem, n in _MONTHS.items() if w.startswith(stem)), None)


def _month(word: str) -> int:
    w = word.casefold()
    return next(n for stem, n in _MONTHS.items() if w.startswith(stem))  # a month word


def _days(
    month: str | None, year: str, half: str | None = None, season: str | None = None
) -> _Days:
    y = int(year)
    if season:
        w = season.casefold()
        first, last = next(v for k, v in _SEASONS.items() if w.startswith(k))
        end_year, end_month = y + (last - 1) // 12, (last - 1) % 12 + 1
        return date(y, first, 1), month_end(end_year, end_month)
    if half:  # "у першій половині 2025 року"
        first = half.casefold() == "перш"
        return (date(y, 1, 1), date(y, 6, 30)) if first else (date(y, 7, 1), date(y, 12, 31))
    if not month:
        return date(y, 1, 1), date(y, 12, 31)
    n = _month(month)
    return date(y, n, 1), month_end(y, n)


def _read(kind: str, m: re.Match[str]) -> tuple[str, _Days, _Days] | None:
    return read_match(kind, m, _days)


def _point(m: str, y: str) -> str:
    return _POINT.format(m=m, y=y)


#: (kind, pattern, reader), tried after the Russian ones.
PATTERNS: Final[Patterns] = [
    (
        "between",
        regex(
            rf"(?<!\w)(?:з|із|від)\s+(?P<m1>{_MONTH_RE})\s+(?:по|до)\s+" + _point("m2", "y2"),
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        "between",
        regex(
            rf"(?<!\w)(?:за|у|в|протягом)\s+(?P<m1>{_MONTH_RE})\s*[-–—]\s*" + _point("m2", "y2"),
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        "since",
        regex(
            r"(?<!\w)(?:з|із|від)\s+(?:самого\s+)?початку\s+(?:повномасштабного\s+|"
            r"повномасштабної\s+|широкомасштабного\s+|великої\s+)?(?:вторгнення|війни)"
            r"|(?<!\w)під\s+час\s+(?:повномасштабної\s+)?війни",
            re.IGNORECASE,
        ),
        _read,
    ),
    ("since", regex(r"(?<!\w)(?:з|із|від)\s+" + _point("m", "y"), re.IGNORECASE), _read),
    (
        "as-of",
        regex(
            r"(?<!\w)(?:станом\s+на|на|до)\s+" + _GUARD + _point("m", "y"),
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        "in",
        regex(
            r"(?<!\w)(?=навесні|влітку|восени|взимку)" + _point("m", "y"),
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        "in",
        regex(
            r"(?<!\w)(?:у|в|за|протягом|впродовж|упродовж)\s+(?:[а-яіїє]+(?:ому|ій)\s+)?"
            + _GUARD
            + _point("m", "y"),
            re.IGNORECASE,
        ),
        _read,
    ),
]
