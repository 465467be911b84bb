"""Russian period words (:mod:`.periods` tries them in a sentence with Cyrillic letters,
before the Ukrainian ones): ``в апреле 2025 года``, ``к концу мая 2025 года``, ``с 2022
года``, ``с января по май 2025 года``, ``с начала вторжения``, ``в первой половине 2025
года``, ``к весне 2025 года``."""

from __future__ import annotations

import re
from datetime import date
from typing import Final, TypeAlias

from desertcheck.audit.period_match import days_of_season, month_end, read_match
from desertcheck.audit.relative import ru_month
from desertcheck.audit.ukrainian_periods import Patterns
from desertcheck.compiled import regex

_Days: TypeAlias = tuple[date, date]

#: Russian months by the start of their word, whatever the case: "мая", "апреле".
_RU_MONTH_RE = r"(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*"
#: Russian seasons, in the forms a period point takes: "к весне 2025 года", "на лето 2025".
_RU_SEASONS: Final = {"весн": "spring", "лет": "summer", "осен": "autumn", "зим": "winter"}
_RU_SEASON_RE = r"(?:весн[аеуы]|весной|лет[оау]|летом|осен[ьи]|осенью|зим[аеуы]|зимой)"
_RU_POINT = (
    rf"(?:(?:конц[ау]|начал[ау]|середин[еуы])\s+)?"
    rf"(?:(?P<{{m}}>{_RU_MONTH_RE})\s+|(?P<{{m}}s>{_RU_SEASON_RE})\s+|"
    rf"(?P<{{m}}h>перв|втор)[а-я]*\s+половин[а-я]*\s+)?"
    rf"(?P<{{y}}>(?:19|20)\d\d)(?:\s*[-–]\s*(?P<{{y}}e>(?:19|20)?\d\d)(?!\d))?"
    rf"(?:\s*(?:годах|годы|года|году|год|гг\.|г\.))?"
)
#: (kind, pattern) in Russian: "в апреле 2025 года", "к концу мая 2025 года", "с 2022 года",
#: "с января по май 2025 года", "с начала вторжения".
_PATTERNS: Final = [
    (
        "between",
        regex(
            rf"(?<!\w)с\s+(?P<m1>{_RU_MONTH_RE})\s+по\s+" + _RU_POINT.format(m="m2", y="y2"),
            re.IGNORECASE,
        ),
    ),
    (
        "since",
        regex(
            r"(?<!\w)с\s+(?:самого\s+)?начала\s+(?:полномасштабного\s+|полномасштабной\s+)?"
            r"(?:вторжения|войны)|(?<!\w)во\s+время\s+войны",
            re.IGNORECASE,
        ),
    ),
    ("since", regex(r"(?<!\w)с\s+" + _RU_POINT.format(m="m", y="y"), re.IGNORECASE)),
    (
        "as-of",
        regex(
            r"(?<!\w)(?:к|на|по\s+состоянию\s+на)\s+" + _RU_POINT.format(m="m", y="y"),
            re.IGNORECASE,
        ),
    ),
    (
        "in",
        regex(
            r"(?<!\w)(?:в|во|за)\s+(?:[а-яё]+(?:ом|ем)\s+)?" + _RU_POINT.format(m="m", y="y"),
            re.IGNORECASE,
        ),
    ),
]


def _ru_days(
    month: str | None, year: str, season: str | None = None, half: str | None = None
) -> _Days:
    y = int(year)
    if half:  # "в первой половине 2025 года"
        first = half.casefold() == "перв"
        return (date(y, 1, 1), date(y, 6, 30)) if first else (date(y, 7, 1), date(y, 12, 31))
    if season:
        stem = next(k for k in _RU_SEASONS if season.casefold().startswith(k))
        return days_of_season(_RU_SEASONS[stem], y)
    if not month:
        return date(y, 1, 1), date(y, 12, 31)
    n = ru_month(month)
    return date(y, n, 1), month_end(y, n)


def _ru_period(kind: str, m: re.Match[str]) -> tuple[str, _Days, _Days] | None:
    return read_match(kind, m, lambda month, y, half, season: _ru_days(month, y, season, half))


#: The Russian period patterns with their reader, as :mod:`.periods` tries them.
PATTERNS: Final[Patterns] = [(kind, pattern, _ru_period) for kind, pattern in _PATTERNS]
