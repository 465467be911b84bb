"""Period words read from a draft's sentence, and whether a claim's period agrees.

A date right after a verb of saying or publishing is when something was said, not what
a figure covers: ``said in October 2025 that…`` gives no period.

Russian period words are read too (:mod:`.russian_periods`: ``в апреле 2025 года``, ``к
концу мая 2025 года``, ``с 2022 года``, ``с января по май 2025 года``, ``с начала
вторжения``).

Read: ``in 2024``, ``over 2022 and 2023``, ``in 2024 and the first half of 2025``,
``since 2022``, ``since the invasion``, ``between 2024 and mid-2025``, ``in January to May
2025``, ``by the end of May 2025``, ``as of December 2024``, ``in the first half of
2025``, ``before 2023``... Relative words (``last year``) are read only against the draft's own
date (:mod:`.relative`). The nearest period words to a figure in its sentence, and within
its window, apply to it (:meth:`Periods.nearest`).

A claim's period *agrees* (:meth:`DraftPeriod.agrees`) when: ``in X``: it lies within X
(a cumulative total from before X does not); ``since X``: it starts in X; ``between X and
Y``: it starts in X and ends in Y; ``as of``/``by X``: it ends in X; each with a month's
slack. With no period words, the period is not checked.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, Final

from desertcheck.audit import continental_periods as de_fr_periods
from desertcheck.audit import desk_periods as fi_ro_periods
from desertcheck.audit import financial_years, month_spans, years_before
from desertcheck.audit import russian_periods as ru_periods
from desertcheck.audit import translation_periods as nl_pt_periods
from desertcheck.audit import ukrainian_periods as uk_periods
from desertcheck.audit.kinds import claim_kind
from desertcheck.audit.period_match import WAR_START as _WAR_START
from desertcheck.audit.period_match import month_end
from desertcheck.audit.period_points import _POINT_TEXT, _SEASON_RE, _YEAR_RE, _Days, days_of_point
from desertcheck.audit.relative import _MONTH_RE, absolute, to_draft
from desertcheck.audit.saying import REPORTED_WHEN
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from collections.abc import Hashable

    from desertcheck.model import Claim, Period
    from desertcheck.quantity import Quantity

#: How far a claim's period may lie outside the draft's words and still agree.
SLACK: Final = timedelta(days=31)

_CYRILLIC: Final = regex(r"[\u0400-\u04ff]")
#: (kind, pattern), first to last: a match overlapping an earlier one is dropped. ``point``
#: is the (first) point, ``end_point`` where a ``between`` ends; "since the war" has none.
_PERIOD_PATTERNS: Final = [
    (
        # "in the war's first two years", "over the first year of the invasion": counted
        # from its start
        "in",
        regex(
            r"\b(?:in|over|during|throughout)\s+the\s+(?:(?:war|invasion)['’]s\s+first\s+"
            r"(?P<war_years>one|two|three|four|[1-4])?\s*years?"
            r"|first\s+(?P<war_years2>two|three|four|[2-4])?\s*years?\s+of\s+(?:the\s+)?"
            r"(?:full[- ]scale\s+)?(?:war|invasion)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "between",
        regex(
            # "in January to May 2025": "in" before a span of months
            rf"\b(?:between|from|in(?=\s+{_MONTH_RE}\s+(?:to|until|through)\s))\s+"
            rf"(?P<point>{_POINT_TEXT}|{_MONTH_RE}|{_SEASON_RE})\s+"
            rf"(?:and|to|until|till|through)\s+(?P<end_point>{_POINT_TEXT})"
            # "in 2022 and 2023", "in 2024 and the first half of 2025": both, and between
            rf"|\b(?:in|over|during|throughout|for)\s+(?:both\s+)?(?P<point2>{_POINT_TEXT})\s+"
            rf"and\s+(?:in\s+)?(?P<end_point2>{_POINT_TEXT})\b"
            # "JAN–MAR 2025", "January-May 2025": a span of months, a caption's period
            rf"|\b(?P<point3>{_MONTH_RE})\s*[-–—]\s*(?P<end_point3>{_MONTH_RE}\s+{_YEAR_RE})(?!\w)",
            re.IGNORECASE,
        ),
    ),
    (
        "since",
        regex(
            r"\b(?:since|during|throughout|over)\s+(?:the\s+)?(?:(?:start|beginning|outbreak)"
            r"\s+of\s+(?:the\s+)?)?(?:(?:Russia's|Russian|Moscow's)\s+)?(?:full[- ]scale\s+)?"
            # "since the invasion (began) in (February) 2022": the pattern of its date, below
            rf"(?:war|invasion|conflict)(?!\s+(?:(?:began|started)\s+)?(?:in|of)\s+"
            rf"(?:{_MONTH_RE}\s+)?(?:19|20)\d\d)\b"
            r"|\bsince\s+(?:Moscow|Russia|the\s+Kremlin)\s+(?:invaded|launched)\b"
            r"|\bwartime\b",
            re.IGNORECASE,
        ),
    ),
    ("since", regex(rf"\bsince\s+(?P<point>{_POINT_TEXT})", re.IGNORECASE)),
    (
        # "since the tanks rolled in 2022", "since he was jailed in May 2023", "since
        # Russia's full-scale invasion in 2022": the date of the event "since" names is
        # where the period starts
        "since",
        regex(
            rf"\bsince\s+(?:[^\W\d]+(?:[-’'][^\W\d]+)*\s+){{1,5}}?in\s+(?P<point>{_POINT_TEXT})",
            re.IGNORECASE,
        ),
    ),
    (
        # "until the autumn of 2022": what held up to then, or a count up to then
        "until",
        regex(
            rf"\b(?:until|till)\s+(?:the\s+(?={_SEASON_RE}))?(?P<point>{_POINT_TEXT})",
            re.IGNORECASE,
        ),
    ),
    (
        # "before the law was changed in the autumn of 2022": what held up to the event
        # "before" or "until" names, read as "until" its date
        "until",
        regex(
            rf"\b(?:before|until|till)\s+(?:[^\W\d]+(?:[-’'][^\W\d]+)*\s+){{1,5}}?in\s+"
            rf"(?:the\s+(?={_SEASON_RE}))?(?P<point>{_POINT_TEXT})",
            re.IGNORECASE,
        ),
    ),
    (
        "as-of",
        regex(
            # "at the end of 2025": a stock on that day, as "by the end of 2025" is
            rf"\b(?:as\s+of|by|through|up\s+to|as\s+at|at(?=\s+the\s+end\s+of\s))\s+"
            rf"(?:the\s+(?={_SEASON_RE}))?(?P<point>{_POINT_TEXT})",
            re.IGNORECASE,
        ),
    ),
    (
        "before",
        regex(rf"\bbefore\s+(?P<point>{_POINT_TEXT})", re.IGNORECASE),
    ),
    (
        "in",
        regex(
            # "in the whole of 2021", "in all of 2021", "over the full year of 2024"
            rf"\b(?:in|during|throughout|for|over)\s+(?:all\s+of\s+)?(?:the\s+)?(?:(?:pre-war|"
            rf"post-war|calendar|whole|entire|full)\s+(?:of\s+)?)?(?:year\s+(?:of\s+)?)?"
            rf"(?P<point>{_POINT_TEXT})",
            re.IGNORECASE,
        ),
    ),
    ("in", regex(rf"(?P<point>{_POINT_TEXT})\s+alone\b", re.IGNORECASE)),
    # "289 (2024)", "4,373 (to Feb 2024)" is "as-of" above: a point in brackets right after
    # a figure is that figure's period, as "in 2024" would be
    ("in", regex(rf"(?<=[\d%])[ \t\u00a0]*\((?P<point>{_POINT_TEXT})\)", re.IGNORECASE)),
    # "Mediazona's 2023 count": the period of a count (a month's is its date: "December 2023")
    ("in", regex(r"\w['’]s\s+(?P<point>(?:19|20)\d\d)\s+(?:count|tally|total)\b", re.I)),
    (
        # "in one month of 2024", "in a single week of May 2025": a part of that period
        "in",
        regex(
            rf"\bin\s+(?:one|a|a\s+single|the\s+same|any)\s+(?:single\s+)?"
            rf"(?:month|week|day|quarter)\s+of\s+(?P<point>{_POINT_TEXT})",
            re.IGNORECASE,
        ),
    ),
]


@dataclass(frozen=True, slots=True)
class DraftPeriod:
    """Period words in a draft: ``kind`` is in, since, between or as-of.

    ``a`` is the range of days the (first) point covers, ``b`` the second point's (the same
    as ``a`` except for ``between``).
    """

    kind: str
    a: _Days
    b: _Days
    text: str
    start: int
    end: int

    def _war_years_by_calendar(self, start: date, end: date) -> bool:
        """Whether these are years of war counted from the invasion ("the war's first two
        years": 24 February 2022 to 23 February 2024) and ``start``-``end`` the same years
        as an editor says them by calendar year (2022 and 2023), give or take a month."""
        if self.a[0] != _WAR_START[0] or (self.a[1] - self.a[0]).days < 360:
            return False
        years = round(((self.a[1] - self.a[0]).days + 1) / 365.25)
        first, last = date(self.a[0].year, 1, 1), date(self.a[0].year + years - 1, 12, 31)
        return abs(start - first) <= SLACK and abs(end - last) <= SLACK

    def said(self) -> Hashable:
        """What :meth:`agrees` reads of these words, to key the claims found to agree with
        them: a subclass that reads them another way (or reads more) says so here."""
        return type(self), self.kind, self.a, self.b

    def agrees(self, claim: Claim) -> bool:
        """Whether ``claim``'s period is the one these words give (with a month's slack)."""
        period: Period = claim.period
        start, end = period.start, period.end

        def within(d: date, rng: _Days) -> bool:
            # a month's slack either side of a day or a month; a whole year or season is
            # its own slack after its end: "since 2022" does not reach a claim from 2023
            after = SLACK if (rng[1] - rng[0]).days <= 31 else timedelta(0)
            return rng[0] - SLACK <= d <= rng[1] + after

        match self.kind:
            case "in":
                # within the draft's period, give or take a month, and overlapping it: the
                # slack blurs a boundary, it does not make April "in March"; and a count
                # over a stretch (not one day's) must cover at least half of it: 4,350 cases
                # from January to May are not the cases "in 2025"
                if self._war_years_by_calendar(start, end):
                    return True
                inside = start >= self.a[0] - SLACK and end <= self.a[1] + SLACK
                inside = inside and start <= self.a[1] and end >= self.a[0]
                if inside and start != end and claim_kind(claim) == "count":  # (a leap day
                    # aside: a financial year is half of "2024-25", both years)
                    return 2 * ((end - start).days + 1) >= (self.a[1] - self.a[0]).days
                return inside
            case "since":
                # a duration of one day is a state of the law ("the maximum is ten years"),
                # which holds since the draft's date when its day is later: "since 2022
                # carries up to ten" (a count of one day, "tens of thousands of cases
                # currently", is not: it does not say since when)
                state = start == end and start >= self.a[0] - SLACK
                state = state and claim_kind(claim) == "duration"
                return within(start, self.a) or state
            case "between":
                # a state of the law (a duration of one day) on a day within the span
                law = start == end and self.a[0] - SLACK <= start <= self.b[1] + SLACK
                law = law and claim_kind(claim) == "duration"  # "Feb 2022–Jun 2025: 10 years"
                if _months(start, end) and _one_month(self.a) and _one_month(self.b):
                    # months on both sides: a month more or less is another period ("from
                    # January to July 2024" is not January to June), no boundary to blur
                    return (start, end) == (self.a[0], self.b[1]) or law
                return (within(start, self.a) and within(end, self.b)) or law
            case _:  # as-of
                return within(end, self.a)


def _months(first: date, last: date) -> bool:
    """Whether ``first`` to ``last`` is whole months: a month's first day to a month's last."""
    return first.day == 1 and last == month_end(last.year, last.month)


def _one_month(days: _Days) -> bool:
    """Whether a point of a draft's period words is one named month ("July 2024"), not a
    year, a season or a day."""
    first, last = days
    return first.day == 1 and last == month_end(first.year, first.month)


def find_periods(text: str, offset: int = 0) -> list[DraftPeriod]:
    """The period words in ``text`` (a sentence), spans shifted by ``offset``; relative
    ones ("last year") too when the draft's date is held (:mod:`.relative`), and "a year
    earlier" as the period before it in ``text``, a year back."""
    rewritten = absolute(text)
    if rewritten is None:
        found = _find_periods(text, offset)
    else:
        new, pieces = rewritten
        found = [
            replace(
                p,
                text=text[to_draft(p.start, pieces) : to_draft(p.end, pieces, end=True)],
                start=offset + to_draft(p.start, pieces),
                end=offset + to_draft(p.end, pieces, end=True),
            )
            for p in _find_periods(new, 0)
        ]
    return _years_earlier(text, offset, found)


#: "a year earlier", "a year before", "one year earlier": the period before, a year back.
_YEAR_EARLIER: Final = regex(
    r"\b(?:a|one)\s+year\s+(?:earlier|before|previously)\b(?!\s+(?:that|the)\b)",
    re.IGNORECASE,
)


#: "in the five years before", "over the three preceding years", "in the previous five
#: years": the years before the period words before it ("In 2023 alone, 289, against nine").
_YEARS_BEFORE: Final = regex(
    r"\b(?:in|over|during)\s+the\s+(?:(?P<adj>previous|preceding)\s+)?"
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9])"
    r"\s+(?:(?:years?|yrs)\s+(?:(?:before|prior\s+to)\s+(?P<next>(?:19|20)\d\d)|before|earlier"
    r"|prior|(?P<to>to|up\s+to|through|until|ending(?:\s+in)?)\s+(?P<end>(?:19|20)\d\d))"
    r"|(?:preceding|previous|prior)\s+years|(?(adj)years|(?!)))\b",
    re.IGNORECASE,
)
_FEW: Final = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_FEW.update(nine=9, ten=10)


def _years_earlier(text: str, offset: int, found: list[DraftPeriod]) -> list[DraftPeriod]:
    """``found`` with each "a year earlier" read as the period words before it, a year
    back ("Between January and May 2025, …; a year earlier, over the same five months, …":
    January to May 2024), and "in the five years before" as the five whole years before
    those period words."""
    foreign = years_before.WORDS.search(text) is not None  # "viie varasema aasta jooksul"
    if "year" not in text and "yrs" not in text and not foreign:
        return found
    added: list[DraftPeriod] = []
    for m in itertools.chain(
        _YEAR_EARLIER.finditer(text),
        _YEARS_BEFORE.finditer(text),
        *(p.finditer(text) for p in years_before.PATTERNS if foreign),
    ):
        start, end = offset + m.start(), offset + m.end()
        if m.re is _YEARS_BEFORE and (m["end"] or m["next"]):  # "… to 2022", "… before 2023"
            y = int(m["end"]) + 1 if m["end"] else int(m["next"])
            n = _FEW.get(m["n"].lower()) or int(m["n"])
            found = [p for p in found if not (p.start < end and start < p.end)]
            a, b = (
                (date(y - n, 1, 1), date(y - n, 12, 31)),
                (date(y - 1, 1, 1), date(y - 1, 12, 31)),
            )
            added.append(DraftPeriod("between", a, b, m[0], start, end))
            continue
        before = [p for p in found if p.end <= start]
        if not before or any(p.start < end and start < p.end for p in found):
            continue
        p = before[-1]
        if m.re is _YEAR_EARLIER:
            added.append(DraftPeriod(p.kind, _year_back(p.a), _year_back(p.b), m[0], start, end))
            continue
        y, n = p.a[0].year, _FEW.get(m["n"].lower()) or _number_of_years(m["n"])
        a, b = (date(y - n, 1, 1), date(y - n, 12, 31)), (date(y - 1, 1, 1), date(y - 1, 12, 31))
        added.append(DraftPeriod("between", a, b, m[0], start, end))
    return sorted(found + added, key=lambda p: p.start) if added else found


def _number_of_years(word: str) -> int:
    """The years of "in the five years before" in figures or another language's words."""
    return years_before.NUMBERS.get(word.casefold()) or int(word)


def _year_back(days: _Days) -> _Days:
    def back(d: date) -> date:
        return d.replace(year=d.year - 1, day=min(d.day, 28 if d.month == 2 else d.day))

    return back(days[0]), back(days[1])


#: The ends of the patterns of "2023 alone" and "2023 allein": a pattern that ends so
#: matches only where its word stands, looked for first (the patterns themselves try every
#: place of a sentence: the two took most of the time of finding periods).
_ALONE_ENDS: Final = (r"\s+alone\b", r"(?=\s+allein(?!\w))")
_ALONE: Final = regex(r"alone|allein", re.IGNORECASE)


def _alone_only(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` matches only where :data:`_ALONE` finds its word: it ends with
    one of :data:`_ALONE_ENDS` (a literal word, matched with the flags :data:`_ALONE` has)."""
    return pattern.pattern.endswith(_ALONE_ENDS) and pattern.flags == _ALONE.flags


@cache
def _patterns(cyrillic: bool, alone: bool) -> uk_periods.Patterns:
    """The patterns :func:`_find_periods` tries, in order: the Russian and Ukrainian ones
    only in a sentence with Cyrillic letters, those of "2023 alone" only in one with the
    word (:func:`_alone_only`). Built once for each kind of sentence: filtering them for
    each sentence hashed every compiled pattern, its whole code, each time."""
    patterns: uk_periods.Patterns = [*financial_years.PATTERNS]  # "the 2024-25 financial year"
    patterns += nl_pt_periods.PATTERNS + fi_ro_periods.PATTERNS  # "tussen", "vuonna 2024"
    patterns += month_spans.PATTERNS  # "Feb 2022–Dec 2024"
    patterns += [(k, p, _period_of_match) for k, p in _PERIOD_PATTERNS]
    if cyrillic:
        patterns += ru_periods.PATTERNS + uk_periods.PATTERNS
    patterns += de_fr_periods.PATTERNS  # "seit 2022", "en 2024"
    return patterns if alone else [p for p in patterns if not _alone_only(p[1])]


def _find_periods(text: str, offset: int) -> list[DraftPeriod]:
    found: list[DraftPeriod] = []
    taken: list[tuple[int, int]] = []  # sorted, not overlapping
    patterns = _patterns(bool(_CYRILLIC.search(text)), bool(_ALONE.search(text)))
    for kind, pattern, read in patterns:
        for m in pattern.finditer(text):
            i = bisect.bisect_left(taken, (m.start(), m.start()))
            if (i and taken[i - 1][1] > m.start()) or (i < len(taken) and taken[i][0] < m.end()):
                continue
            period = read(kind, m)
            if period is None or REPORTED_WHEN.search(text, max(0, m.start() - 60), m.start()):
                continue
            taken.insert(i, (m.start(), m.end()))
            if period is _VAGUE:
                continue
            found.append(
                DraftPeriod(
                    period[0], period[1], period[2], m.group(), offset + m.start(), offset + m.end()
                )
            )
    found.sort(key=lambda p: p.start)
    return found


#: "years", plural: "the first years of the war" with no count says no period.
_YEARS_WORD: Final = regex(r"\byears\b", re.IGNORECASE)
#: What :func:`_period_of_match` gives for period words that say no period: they are left
#: unread, and no other pattern reads a part of them ("During the war's first years" is
#: not "During the war").
_VAGUE: Final = ("vague", (date.min, date.min), (date.min, date.min))


def _period_of_match(kind: str, m: re.Match[str]) -> tuple[str, _Days, _Days] | None:
    groups = m.groupdict()
    if "war_years" in groups:  # the war's first two years
        n = (m["war_years"] or m["war_years2"] or "").lower()
        if not n and _YEARS_WORD.search(m.group()):  # "the first years": how many is unsaid
            return _VAGUE
        n = n or "one"
        years = 1 if n == "one" else _FEW.get(n) or int(n)
        start = _WAR_START[0]
        days = (start, start.replace(year=start.year + years) - timedelta(days=1))
        return ("in", days, days)
    if "point" not in groups:  # since the war / invasion
        return ("since", _WAR_START, _WAR_START)
    if kind == "between":
        if m["point2"]:  # "over 2022 and 2023": both years
            first, last = days_of_point(m["point2"]), days_of_point(m["end_point2"])
            return ("between", first, last) if first and last else None
        b = days_of_point(m["end_point"] or m["end_point3"])
        if b is None:
            return None
        a = days_of_point(m["point"] or m["point3"], default_year=b[0].year)
        if a is None:
            return None
        return ("between", a, b)
    a = days_of_point(m["point"])
    if a is None:
        return None
    if kind == "before":  # before 2023: a period ending within the year up to 2022-12-31
        day = a[0] - timedelta(days=1)
        return ("as-of", (day - timedelta(days=364), day), (day - timedelta(days=364), day))
    if kind == "until":  # until the autumn of 2022: ending within the year before, or then
        days = (a[0] - timedelta(days=365), a[1])
        return ("as-of", days, days)
    return (kind, a, a)


class Periods:
    """A sentence's period words (from :func:`find_periods`), for finding the nearest to a
    figure in time logarithmic in their number."""

    def __init__(self, found: list[DraftPeriod]) -> None:
        self.found = found
        self._ends = [p.end for p in found]  # sorted too: the spans do not overlap

    def nearest(
        self, q: Quantity, lo: float = -math.inf, hi: float = math.inf
    ) -> DraftPeriod | None:
        """The period words that apply to ``q``: the nearest ending before it, else the
        nearest after it (or around it); only words reaching into ``lo..hi`` count."""
        i = bisect.bisect_right(self._ends, q.start)
        if i and self.found[i - 1].end > lo:
            before: DraftPeriod | None = self.found[i - 1]
        else:
            before = None
        after = self.found[i] if i < len(self.found) and self.found[i].start < hi else None
        if before is None or after is None:
            return before or after
        # distance after a figure counts half a character more: before wins a tie
        if q.start - before.end <= max(0, after.start - q.end):
            return before
        return after
