"""Hungarian period words, read as the English ones are (:mod:`.periods`): "2022 óta",
"2024 decembere óta", "az invázió óta", "2024-ben", "2025 szeptemberében", "2025
tavaszán", "2025 első felében", "2023 decemberi", "2025 októberéig", "2025 május
végéig", "2024 novemberétől 2025 júliusáig", "2025 januárjától májusig", "2024 januárja
és 2025 júniusa között", "2018 és 2022 között", "2022-ben és 2023-ban".

Hungarian puts the words of a period after its date and marks the rest by the month's
ending: "-tól"/"-től" (from), "-ig" (until), "-ban"/"-ben" (in), "-i" (of); a month's
forms are :data:`desertcheck.audit.hungarian.MONTH_FORMS`. A span written with one year
("2025 januárjától májusig") is of that year at both ends. Months, seasons and the day
arithmetic are those of :mod:`.continental_periods`; none of these words is English.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from desertcheck.audit.continental_periods import _MONTH_RE, _SEASON_RE, _YEAR, _days
from desertcheck.audit.period_match import WAR_START
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from datetime import date

    from desertcheck.audit.ukrainian_periods import Patterns

#: An ending glued to a year by a hyphen, or none: "2024-ben", "2025".
_ENDING: Final = r"(?:-[^\W\d_]+)?"


def _read(kind: str, m: re.Match[str]) -> tuple[str, tuple[date, date], tuple[date, date]]:
    """The period a Hungarian pattern of ``kind`` matched: a span's missing year is its
    other end's; no year at all is the war's start ("az invázió óta")."""
    g = m.groupdict()
    if kind == "between":
        y1 = g.get("y1") or g["y2"]
        y2 = g["y2"] or y1
        first = _days(g.get("m1"), y1, None, None)
        return ("between", first, _days(g.get("m2"), y2, None, None))
    if not g.get("y"):
        return ("since", WAR_START, WAR_START)
    a = _days(g.get("m"), g["y"], g.get("mh"), g.get("ms"))
    return (kind, a, a)


PATTERNS: Final[Patterns] = [
    (
        "between",
        regex(
            rf"(?<!\w)(?P<y1>{_YEAR}){_ENDING}\s+(?:(?P<m1>{_MONTH_RE})\s+)?és\s+(?P<y2>{_YEAR})"
            rf"{_ENDING}\s+(?:(?P<m2>{_MONTH_RE})\s+)?között(?!\w)",
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        "between",
        regex(rf"(?<!\w)(?P<y1>{_YEAR})-[^\W\d_]+\s+és\s+(?P<y2>{_YEAR})-[^\W\d_]+", re.IGNORECASE),
        _read,
    ),
    (
        "between",
        regex(
            rf"(?<!\w)(?P<y1>{_YEAR}){_ENDING}\s+(?P<m1>{_MONTH_RE})(?<=tól|től)\s+"
            rf"(?:(?P<y2>{_YEAR})\s+)?(?P<m2>{_MONTH_RE})(?<=ig)",
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        "since",
        regex(
            rf"(?<!\w)(?:(?P<y>{_YEAR})(?:\s+(?P<m>{_MONTH_RE}))?|az\s+invázió|a\s+háború"
            r"(?:\s+kezdete)?)\s+óta(?!\w)",
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        "as-of",
        regex(
            rf"(?<!\w)(?P<y>{_YEAR})\s+(?:(?P<m>{_MONTH_RE})(?:(?<=ig)|\s+végéig(?!\w))"
            rf"|(?P<ms>{_SEASON_RE})(?<=ig))",
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        "in",
        regex(
            rf"(?<![\w–-])(?P<y>{_YEAR})(?:-(?:ban|ben|as|es|os|ös)(?!\w)|\s+(?:(?P<m>{_MONTH_RE})"
            rf"(?:(?<=ban)|(?<=ben)|(?<=i))|(?P<ms>{_SEASON_RE})|(?P<mh>(?:első|második)\s+fel[^\W\d_]*)))",
            re.IGNORECASE,
        ),
        _read,
    ),
]
