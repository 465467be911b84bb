"""Bulgarian period words, read as the English ones are (:mod:`.periods`): "от 2022 г.
насам", "от декември 2024 г.", "от началото на инвазията", "по време на войната", "през
2024 г.", "през април 2025 г.", "през първата половина на 2025 г.", "през 2022–2023 г.",
"към октомври 2025 г.", "към края на май 2025 г.", "към лятото на 2025 г.", "до пролетта
на 2025 г.", "между ноември 2024 г. и юли 2025 г.", "между 2024 г. и средата на 2025 г.",
"от януари до май 2025 г.", "от началото на инвазията до февруари 2024 г.".

Bulgarian writes a year with "г." (година) after it and its months undeclined
(:data:`desertcheck.audit.bulgarian.MONTH_FORMS`); "през" is in, "към" as of, "от ...
насам" since, "от ... до" and "между ... и" a span. A span written with one year ("от
януари до май 2025 г.") is of that year at both ends. A year after "от" alone is no
period's start ("указът от 2024 г.": the decree of 2024): "от 2022 г. насам" is. These
patterns are tried before the Russian ones.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Final

from desertcheck.audit.bulgarian import MONTH_FORMS
from desertcheck.audit.period_match import WAR_START, month_end, season_days
from desertcheck.compiled import regex, trie

if TYPE_CHECKING:
    from desertcheck.audit.ukrainian_periods import Patterns

_MONTH: Final = "(?:" + trie(MONTH_FORMS) + r")(?!\w)"
_SEASONS: Final = {
    "пролетта": (3, 5), "лятото": (6, 8), "есента": (9, 11), "зимата": (12, 14),
}  # fmt: skip
_SEASON: Final = "(?:" + "|".join(_SEASONS) + r")(?!\w)"
_YEAR: Final = r"(?:19|20)\d\d(?!\d)"
#: The "г." (or "година") after a year.
_G: Final = r"(?:\s*г\.|\s+година)?"
#: A point: a month, a season, a half or the middle of a year, or the year alone.
_PART: Final = (
    rf"(?:(?:края\s+на\s+)?(?P<{{m}}>{_MONTH})\s+|(?P<{{s}}>{_SEASON})\s+на\s+"
    rf"|(?P<{{h}}>(?:първата|втората)\s+половина|средата|края|началото)\s+на\s+)?"
)
#: The start of the war: "началото на инвазията", "началото на войната", and with the
#: invasion's place and year, which date the invasion, not the figure: "началото на
#: пълномащабната инвазия в Украйна през 2022 г." (the article on the adjective).
_WAR: Final = (
    r"(?:началото\s+на\s+(?:(?:(?:пълномащабната|руската)\s+)?инвазия(?:та)?"
    r"(?:\s+(?:в|срещу)\s+Украйна)?(?:\s+през\s+2022(?:\s*г\.|\s+година)?)?|войната))"
)


def _point(m: str, s: str, h: str, y: str) -> str:
    return _PART.format(m=m, s=s, h=h) + rf"(?P<{y}>{_YEAR}){_G}"


def _days(month: str | None, year: str, half: str | None, season: str | None) -> tuple[date, date]:
    y = int(year)
    if season:
        return season_days(y, _SEASONS[season.casefold()])
    if half:
        h = half.casefold()
        if h.startswith("средата"):  # the middle of the year: June
            return date(y, 6, 1), date(y, 6, 30)
        if h.startswith("първата"):
            return date(y, 1, 1), date(y, 6, 30)
        if h.startswith("втората"):
            return date(y, 7, 1), date(y, 12, 31)
        if h.startswith("края"):
            return date(y, 12, 1), date(y, 12, 31)
        return date(y, 1, 1), date(y, 1, 31)  # its beginning
    if not month:
        return date(y, 1, 1), date(y, 12, 31)
    n = MONTH_FORMS[month.casefold()]
    return date(y, n, 1), month_end(y, n)


def _read(kind: str, m: re.Match[str]) -> tuple[str, tuple[date, date], tuple[date, date]] | None:
    """The period a Bulgarian pattern of ``kind`` matched: a span's missing year is its
    other end's; a span from the war's start starts on its first day."""
    g = m.groupdict()
    if kind == "between":
        y2 = g.get("y2") or g.get("y1")
        y1 = g.get("y1") or y2
        if y1 is None or y2 is None:
            return None
        first = WAR_START if g.get("war") else _days(g.get("m1"), y1, g.get("h1"), g.get("s1"))
        last = _days(g.get("m2"), y2, g.get("h2"), g.get("s2"))
        if g.get("ye"):  # "през 2022–2023 г.": both years
            last = _days(None, g["ye"], None, None)
        return ("between", first, last)
    year = g.get("y") or g.get("y0")
    if not year:
        return ("since", WAR_START, WAR_START)
    a = _days(g.get("m") or g.get("m0"), year, g.get("h") or g.get("h0"), g.get("s") or g.get("s0"))
    return (kind, a, a)


#: (kind, pattern, reader), tried before the Russian and English ones.
PATTERNS: Final[Patterns] = [
    (
        # "между ноември 2024 г. и юли 2025 г.", "между 2024 г. и средата на 2025 г.",
        # "между 2022 и 2025 г."
        "between",
        regex(
            rf"(?<!\w)между\s+{_point('m1', 's1', 'h1', 'y1')}\s+и\s+"
            + _point("m2", "s2", "h2", "y2"),
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        # "от януари до май 2025 г.", "от ноември 2024 г. до юли 2025 г.", "от началото
        # на инвазията до февруари 2024 г."
        "between",
        regex(
            rf"(?<!\w)от\s+(?:(?P<war>{_WAR})|(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}){_G})?)"
            rf"\s+до\s+{_point('m2', 's2', 'h2', 'y2')}",
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        # "през 2022–2023 г.", "през 2024–2025 г."
        "between",
        regex(rf"(?<!\w)(?:през\s+)?(?P<y1>{_YEAR})\s*[–-]\s*(?P<ye>{_YEAR})\s*г\.", re.IGNORECASE),
        _read,
    ),
    (
        # "от 2022 г. насам", "от декември 2024 г.", "от началото на инвазията", "по
        # време на войната"
        "since",
        regex(
            rf"(?<!\w)(?:от\s+(?:(?P<m>{_MONTH})\s+(?P<y>{_YEAR}){_G}(?:\s+насам)?"
            rf"|(?P<y0>{_YEAR}){_G}\s+насам|{_WAR}(?:\s+насам)?)"
            r"|по\s+време\s+на\s+(?:войната|инвазията))(?!\w)",
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        # "към октомври 2025 г.", "към края на май 2025 г.", "до пролетта на 2025 г."
        "as-of",
        regex(
            rf"(?<!\w)(?:към\s+{_point('m', 's', 'h', 'y')}|до\s+(?:(?:края\s+на\s+)?"
            rf"(?P<m0>{_MONTH})|(?P<s0>{_SEASON})\s+на|(?P<h0>края|средата)\s+на)\s+"
            rf"(?P<y0>{_YEAR}){_G})",
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        # "през 2024 г.", "през април 2025 г.", "през първата половина на 2025 г.",
        # "през предвоенната 2021 г."
        "in",
        regex(
            rf"(?<!\w)през\s+(?:предвоенната\s+)?{_point('m', 's', 'h', 'y')}",
            re.IGNORECASE,
        ),
        _read,
    ),
]
