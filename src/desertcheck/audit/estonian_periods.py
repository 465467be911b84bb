"""Estonian period words, read as the English ones are (:mod:`.periods`): "2022. aastast
alates", "alates 2022. aastast", "sõja algusest", "2024. aastal", "2025. aasta aprillis",
"2025. aasta oktoobri seisuga", "2025. aasta suve seisuga", "2025. aasta kevadeks", "2025.
aasta mai lõpuks", "2024. aasta novembrist 2025. aasta juulini", "2024. aastast 2025. aasta
keskpaigani", "jaanuarist maini 2025", "sissetungist 2024. aasta veebruarini", "2022.–2023.
aastal", "2025. aasta esimesel poolel".

Estonian writes a year as an ordinal before "aasta" (year) and marks the rest by the
case of the year or the month: "-st" (from), "-ni" (until), "-l"/"-s" (in), "-ks" (by);
"seisuga" (as of) and "alates" (since) stand apart. A span written with one year
("jaanuarist maini 2025") is of that year at both ends; one written with none, of the
year last written before it in its sentence. The months in their cases are
:data:`desertcheck.audit.estonian.MONTH_FORMS`; none of these words is English.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Final

from desertcheck.audit.estonian import MONTH_FORMS
from desertcheck.audit.period_match import WAR_START, month_end, season_days
from desertcheck.compiled import regex, trie

if TYPE_CHECKING:
    from desertcheck.audit.ukrainian_periods import Patterns

_MONTH: Final = "(?:" + trie(MONTH_FORMS) + r")(?!\w)"
#: A season in the cases a period writes it: "suve seisuga", "kevadeks", "suvel".
_SEASONS: Final = {
    "kevad": (3, 5), "kevade": (3, 5), "kevadeks": (3, 5), "kevadel": (3, 5),
    "suvi": (6, 8), "suve": (6, 8), "suveks": (6, 8), "suvel": (6, 8),
    "sügis": (9, 11), "sügise": (9, 11), "sügiseks": (9, 11), "sügisel": (9, 11),
    "talv": (12, 14), "talve": (12, 14), "talveks": (12, 14), "talvel": (12, 14),
}  # fmt: skip
_SEASON: Final = "(?:" + "|".join(sorted(_SEASONS, key=len, reverse=True)) + r")(?!\w)"
_YEAR: Final = r"(?:19|20)\d\d(?!\d)"
#: A year as Estonian writes it, an ordinal before "aasta" in one of its cases.
_AASTA: Final = r"\.?\s+aasta"
#: The start of the war: "sõja algusest", "sissetungist", "invasiooni algusest".
_WAR: Final = (
    r"(?:(?:sõja|sissetungi|invasiooni)\s+algusest|sissetungist|täiemahulise\s+sõja\s+algusest)"
)


def _days(month: str | None, year: str, half: str | None, season: str | None) -> tuple[date, date]:
    y = int(year)
    if season:
        return season_days(y, _SEASONS[season.casefold()])
    if half:
        if half.casefold().startswith("kesk"):  # the middle of the year: June
            return date(y, 6, 1), date(y, 6, 30)
        if half.casefold().startswith("esime"):
            return date(y, 1, 1), date(y, 6, 30)
        return date(y, 7, 1), date(y, 12, 31)
    if not month:
        return date(y, 1, 1), date(y, 12, 31)
    n = MONTH_FORMS[month.casefold()]
    return date(y, n, 1), month_end(y, n)


_A_YEAR: Final = regex(rf"(?<![\d.])({_YEAR})")


def _year_before(m: re.Match[str]) -> str | None:
    """The last year written in the sentence before a span of months with none
    ("jaanuarist maini 2025 ..., jaanuarist juunini aga ...": 2025), else None."""
    years = _A_YEAR.findall(m.string, 0, m.start())
    return years[-1] if years else None


def _read(kind: str, m: re.Match[str]) -> tuple[str, tuple[date, date], tuple[date, date]] | None:
    """The period an Estonian pattern of ``kind`` matched: a span's missing year is its
    other end's; a span from the war's start starts on its first day; a span of months
    with no year ("jaanuarist juunini") is of the last year written before it in the
    sentence, none read when there is none."""
    g = m.groupdict()
    if kind == "between":
        y2 = g.get("y2") or g.get("y1") or _year_before(m)
        y1 = g.get("y1") or y2
        if y1 is None or y2 is None:
            return None
        first = WAR_START if g.get("war") else _days(g.get("m1"), y1, None, None)
        last = _days(g.get("m2"), y2, g.get("h2"), None)
        if g.get("ye"):  # "2022.–2023. aastal": both years
            last = _days(None, g["ye"], None, None)
        return ("between", first, last)
    if not g.get("y"):
        return ("since", WAR_START, WAR_START)
    a = _days(g.get("m"), g["y"], g.get("mh"), g.get("ms"))
    return (kind, a, a)


def _as_of(kind: str, m: re.Match[str]) -> tuple[str, tuple[date, date], tuple[date, date]]:
    """ "2025. aasta oktoobri seisuga", "2025. aasta kevadeks", "2024. aasta veebruarini"."""
    a = _days(m["m"] or m["m2"] or m["mx"], m["y"], None, m["ms"] or m["ms2"])
    return (kind, a, a)


#: (kind, pattern, reader), tried before the English ones.
PATTERNS: Final[Patterns] = [
    (
        # "2024. aasta novembrist 2025. aasta juulini", "2024. aastast 2025. aasta
        # keskpaigani", "sissetungist 2024. aasta veebruarini"
        "between",
        regex(
            rf"(?<![\w.])(?:(?P<y1>{_YEAR}){_AASTA}(?:st|\s+(?P<m1>{_MONTH})(?<=st))|(?P<war>{_WAR}))"
            rf"\s+(?P<y2>{_YEAR}){_AASTA}\s+(?:(?P<m2>{_MONTH})(?<=ni)|(?P<h2>keskpaiga|lõpu)ni)",
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        # "jaanuarist maini 2025", "2024. aasta jaanuarist juunini"
        "between",
        regex(
            rf"(?<![\w.])(?:(?P<y1>{_YEAR}){_AASTA}\s+)?(?P<m1>{_MONTH})(?<=st)\s+"
            rf"(?P<m2>{_MONTH})(?<=ni)(?:\s+(?P<y2>{_YEAR})(?!\.?\s+aasta))?",
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        # "2022.–2023. aastal", "2018–2022"
        "between",
        regex(
            rf"(?<![\w.])(?P<y1>{_YEAR})\.?[–-](?P<ye>{_YEAR}){_AASTA}(?:l|te)?(?!\w)",
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        "since",
        regex(
            rf"(?<![\w.])(?:alates\s+)?(?:(?P<y>{_YEAR}){_AASTA}(?:st|\s+(?P<m>{_MONTH})(?<=st))"
            rf"|{_WAR})(?:\s+alates)?(?!\w)",
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        "as-of",
        regex(
            rf"(?<![\w.])(?P<y>{_YEAR}){_AASTA}\s+(?:(?:(?P<m>{_MONTH})|(?P<ms>{_SEASON}))"
            rf"\s+(?:seisuga|lõpuks|lõpu\s+seisuga)|(?P<m2>{_MONTH})(?<=ks)|(?P<ms2>kevadeks"
            rf"|suveks|sügiseks|talveks)|(?P<mx>{_MONTH})(?<=ni))(?!\w)",
            re.IGNORECASE,
        ),
        _as_of,
    ),
    (
        # "2024. aastal", "2025. aasta aprillis", "2025. aasta esimesel poolel", "2025.
        # aasta suvel"
        "in",
        regex(
            rf"(?<![\w.–-])(?P<y>{_YEAR}){_AASTA}(?:l(?!\w)|\s+(?:(?P<m>{_MONTH})(?<=s)"
            rf"|(?P<ms>{_SEASON})(?<=l)|(?P<mh>esimese|teise)l\s+poolel))",
            re.IGNORECASE,
        ),
        _read,
    ),
]
