"""The period a figure's sentence gives it, as a registry writes periods.

Only time words close to the figure count: those between the figure and its neighbouring
figures in the sentence, and at most :data:`REACH` characters away, so "He credited the 24
new buses [...] and a fare unchanged since 2019" gives the buses no period. What is found is
a guess, always shown with the words it came from; when nothing is found the caller falls
back on the source's publication date and says so.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from desertcheck.datehints import MONTH_NUMBERS

REACH = 60  # characters between a figure and the time words that may date it

_MONTHS = MONTH_NUMBERS
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_M = r"(?P<{0}>(?i:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r"))\.?"
_Y = r"(?P<{0}>(?:19|20)[0-9]{{2}})(?![0-9])"
_D = r"(?P<{0}>[0-3]?[0-9])(?:st|nd|rd|th)?"


def _g(pattern: str, *names: str) -> str:
    return pattern.format(*names)


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "between",
        re.compile(
            r"(?i:between|from)\s+(?:"
            + _g(_M, "m1")
            + r"\s+)?"
            + _g(_Y, "y1")
            + r"\s+(?i:and|to|until)\s+(?:"
            + _g(_M, "m2")
            + r"\s+)?"
            + _g(_Y, "y2")
        ),
    ),
    (
        "months",
        re.compile(
            r"(?i:between|from)\s+"
            + _g(_M, "m1")
            + r"\s+(?i:and|to|until)\s+"
            + _g(_M, "m2")
            + r"\s+"
            + _g(_Y, "y2")
        ),
    ),
    ("span", re.compile(_g(_Y, "y1") + r"\s*[-–—/]\s*(?P<y2>(?:19|20)?[0-9]{2})(?![0-9])")),
    ("since", re.compile(r"(?i:since|from)\s+(?:" + _g(_M, "m1") + r"\s+)?" + _g(_Y, "y1"))),
    ("day", re.compile(_g(_D, "d") + r"\s+" + _g(_M, "m") + r",?\s+" + _g(_Y, "y"))),
    ("day", re.compile(_g(_M, "m") + r"\s+" + _g(_D, "d") + r",\s+" + _g(_Y, "y"))),
    (
        "half",
        re.compile(r"(?P<h>(?i:first|second))\s+half\s+of\s+" + _g(_Y, "y")),
    ),
    (
        "season",
        re.compile(r"(?P<s>(?i:spring|summer|autumn|fall))\s+(?:of\s+)?" + _g(_Y, "y")),
    ),
    ("month", re.compile(_g(_M, "m") + r"\s+(?:of\s+)?" + _g(_Y, "y"))),
    ("year", re.compile(r"(?<![\w.,-])" + _g(_Y, "y") + r"(?![\w%-]|[.,][0-9])")),
]


#: At most four words, and spaces only, between a figure and the time words after it: its
#: unit, however many words, and a verb or preposition ("cubic metres in", "were issued in").
_OWN_WORDS = re.compile(r"(?:[ \t]+[^\W\d_]+(?:['’-][^\W\d_]+)*){1,4}[ \t]+")


@dataclass(frozen=True, slots=True)
class PeriodGuess:
    period: str  # as a registry writes it: 2023, 2023-05, 2023-05-01, 2022/2023, ...
    words: str  # the words it was read from
    cumulative: bool = False  # "since ...": a running total


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    kind: str
    match: re.Match[str]


def _hits(text: str, lo: int, hi: int) -> list[_Hit]:
    """Time expressions in ``text[lo:hi]``, the longest at each place."""
    found: list[_Hit] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text, lo, hi):
            found.append(_Hit(m.start(), m.end(), kind, m))
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[_Hit] = []
    for h in found:
        if kept and h.start < kept[-1].end:
            continue  # inside a longer expression already kept
        kept.append(h)
    return kept


def guess(
    text: str,
    start: int,
    end: int,
    region: tuple[int, int],
    published: str | None = None,
) -> PeriodGuess | None:
    """The period the words near ``text[start:end]`` give, within ``region`` (the part of the
    sentence that no other figure is closer to); None when none is near enough."""
    lo, hi = region
    # the word after the figure is usually its unit ("11.9 million trips in 2022"): time
    # words after it are as near as those right before the figure
    unit = re.match(r"[ \t]*[^\W\d_]+", text[end:hi])
    skip = len(unit.group()) if unit else 0
    best: tuple[tuple[int, bool], _Hit] | None = None
    for h in _hits(text, lo, hi):
        if h.end <= start:
            key = (start - h.end, True)
        elif h.start >= end:
            # after wins a tie; so do time words after a few words of the figure's own
            # ("398.1 million cubic metres in 2023", "9 notices were issued in 2024")
            near = _OWN_WORDS.fullmatch(text, end, h.start) is not None
            key = (0 if near else max(0, h.start - end - skip), False)
        else:
            continue  # the figure itself ("2024-25" read as a figure is not its own period)
        if key[0] <= REACH and (best is None or key < best[0]):
            best = (key, h)
    if best is None:
        return None
    return _period(best[1], published)


def _month(word: str | None) -> int | None:
    return _MONTHS.get(word.lower().rstrip(".")) if word else None


def _period(h: _Hit, published: str | None) -> PeriodGuess | None:
    m = h.match
    words = " ".join(m.group().split())
    g = m.groupdict()
    if h.kind == "day":
        month = _month(g["m"])
        day = int(g["d"])
        if month is None or not 1 <= day <= calendar.monthrange(int(g["y"]), month)[1]:
            return None
        return PeriodGuess(f"{g['y']}-{month:02d}-{day:02d}", words)
    if h.kind == "month":
        return PeriodGuess(f"{g['y']}-{_month(g['m']):02d}", words)
    if h.kind == "year":
        return PeriodGuess(g["y"], words)
    if h.kind == "half":
        first = g["h"].lower() == "first"
        y = g["y"]
        return PeriodGuess(f"{y}-01/{y}-06" if first else f"{y}-07/{y}-12", words)
    if h.kind == "season":
        a, b = _SEASONS[g["s"].lower()]
        return PeriodGuess(f"{g['y']}-{a:02d}/{g['y']}-{b:02d}", words)
    if h.kind == "since":
        if published is None:
            return None
        begin = _ym(g["y1"], g.get("m1"))
        return PeriodGuess(f"{begin}/{published}", words, cumulative=True)
    if h.kind == "span":
        y1, y2 = g["y1"], g["y2"]
        if len(y2) == 2:
            y2 = y1[:2] + y2
        return PeriodGuess(f"{y1}/{y2}", words) if y2 > y1 else None
    # between / months
    y1 = g.get("y1") or g["y2"]
    first, last = _ym(y1, g.get("m1")), _ym(g["y2"], g.get("m2"))
    return PeriodGuess(f"{first}/{last}", words) if first < last else None


def _ym(year: str, month: str | None) -> str:
    number = _month(month)
    return f"{year}-{number:02d}" if number else year
