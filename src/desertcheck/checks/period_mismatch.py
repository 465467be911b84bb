"""The claim's period must be the one its quote gives the figure, when the quote gives one.

The quote's time words next to the claim's figure are read as add claim reads a sentence
(years, months, days, "the first half of 2025", "spring 2024", "between 2022 and 2024",
financial years; not the period a comparison names, as in "in 2023 compared to nine in the
preceding five years"). When they give the figure a period and it does not overlap the
claim's ``period``, the claim dates the figure to a time its own words do not: "In April
2025 alone, military courts issued 848 verdicts" recorded with ``period: 2024-04``. A
date after "since" starts a span that runs on ("since ... 2022" overlaps any later
period). A quote that gives the figure no date says nothing here: its period comes from
the words around it.

A period that overlaps the quote's but is wider or narrower is a mismatch too when the
quote dates the whole figure ("in April 2025", "during 2024", "in 2024 alone"): the same
848 verdicts recorded with ``period: 2025``, or 13,500 convictions "in 2024 alone" with
``period: 2022/2025``. A running total (``cumulative``, "since"), a span counted back
("over the past two years") and one end of a span ("between 2024 and mid-2025") are left
alone.

The finding names the quote's words and the period to set. When they are not the figure's
period but, say, when it was published ("the report, released in October 2025, counts
50,000"), accept the finding on the claim with that reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from desertcheck.checks.base import ClaimContext
from desertcheck.codes import Code
from desertcheck.findings import Finding

if TYPE_CHECKING:
    from desertcheck.authoring.periods import PeriodGuess
    from desertcheck.model import Period

CODE = Code.PERIOD_MISMATCH
KIND = "claim"

_SINCE = re.compile(r"(?i:\bsince\b)")
_SINCE_REACH = 60  # characters between "since" and the date it starts from


def check(ctx: ClaimContext) -> Iterator[Finding]:
    if ctx.unread:
        return
    from desertcheck.authoring.periods import guess
    from desertcheck.model import Period

    claim, quote = ctx.claim, ctx.claim.quote
    if not ctx.figures or (ctx.normalized is not None and ctx.location is None):
        return  # no figure, or a quote not in its source: other checks say so
    if _plainly_agrees(quote, claim.period):
        return
    published = ctx.source.meta.published if ctx.source is not None else None
    whole = (0, len(quote))
    mine = claim.period
    said = []
    other: list[tuple[PeriodGuess, Period]] = []  # overlapping, but not the claim's
    for q in ctx.figures:
        g = guess(quote, q.start, q.end, whole, str(published) if published else None, whole)
        if g is None or g.unsure:
            continue
        try:
            p = Period.parse(g.period)
        except ValueError:
            continue
        at = _where(quote, g.words)
        end = _open_end(quote, at, p.end)
        if p.start <= mine.end and mine.start <= end:
            if end != p.end or g.cumulative or claim.cumulative or _same(p, mine):
                return  # the quote's words give the claim's period
            if not (_dated_in(quote, at) and _YEAR.search(g.words)):
                # "over the past two years" counts back; a bare "2024" may be one end
                # of a span the reading did not take whole ("between 2024 and mid-2025")
                return
            other.append((g, p))
            continue
        said.append(g)
    if other and not said and len(other) == len(ctx.figures):
        g, p = other[0]
        how = "wider" if mine.start <= p.start and p.end <= mine.end else "narrower"
        yield ctx.finding(
            CODE,
            f"the period {mine} is {how} than the one its quote gives the figure: "
            f"{_reads(g.words, g.period)}; set period: {g.period}, or accept this finding "
            "with the reason",
            "period",
        )
        return
    if said:
        yield ctx.finding(
            CODE,
            f"the period {mine} is not the one its quote gives the figure: "
            f"{_reads(said[0].words, said[0].period)}; if that is the figure's period, set period: "
            f"{said[0].period}; if it is when the figure was said or published, accept this "
            "finding with the reason",
            "period",
        )


#: What stands before period words that date the figure as a whole: "in April 2025",
#: "during 2024", "for 2023".
_IN_DATE = re.compile(r"(?i:\b(?:in|during|throughout|for)\s+(?:the\s+year\s+)?)\Z")


def _where(quote: str, words: str) -> int | None:
    """Where the quote's period ``words`` start (the reading may have joined its lines), or
    None."""
    m = re.search(r"\s+".join(map(re.escape, words.split())), quote)
    return None if m is None else m.start()


def _dated_in(quote: str, at: int | None) -> bool:
    """Whether the quote's period words (at ``at``) follow "in", "during"...: a date of the
    whole figure, not one end of a span ("between 2024 and mid-2025") or a count back."""
    return at is not None and _IN_DATE.search(quote, 0, at) is not None


def _same(a: Period, b: Period) -> bool:
    return a.start == b.start and a.end == b.end


def _reads(words: str, period: object) -> str:
    """The quote's period words and the period they give: "'in spring 2024' is 2024-03/
    2024-05", or the words alone where they are the period as written ("'2023'")."""
    return repr(words) if words.strip() == str(period) else f"{words!r} is {period}"


#: A year of four digits, no digit on either side. The look back follows the first two
#: digits, so the pattern starts with them and the engine skips to them (at the start, it
#: would be tried at every character of every quote: three times the time).
_YEAR = re.compile(r"(?:19|20)(?<![0-9]..)[0-9]{2}(?![0-9])")


def _plainly_agrees(quote: str, period: Period) -> bool:
    """Whether the quote can give the figure no other period than ``period``, told without
    reading its time words (a quote in every claim of a registry is read at 10,000 claims):
    it names no year; it names the first and last year of a period of whole years and no
    part of a year (a month, a season, a half); or it names the period's own month ("In
    October 2000" for 2000-10)."""
    years = {int(y) for y in _YEAR.findall(quote)}
    if not years:
        return True
    start, end = period.start, period.end
    whole = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    if whole and years == {start.year, end.year} and not _part_of_year().search(quote):
        return True  # "in 2024" for 2024; not "in April 2025" for 2025, "in 2024" for 2022/2025
    if start.year == end.year and start.month == end.month and len(years) == 1:
        said = quote.casefold()
        return any(f"{name} {start.year}" in said for name in _month_names(start.month))
    return False


@cache
def _part_of_year() -> re.Pattern[str]:
    """A month's name, a season, a half or quarter: words that may date a figure to a
    part of a year (built once, from :data:`~desertcheck.datehints.MONTH_NUMBERS`)."""
    from desertcheck.datehints import MONTH_NUMBERS

    words = sorted({*MONTH_NUMBERS, "spring", "summer", "autumn", "fall", "winter"})
    words += ["half", "quarter", "mid", "q[1-4]", "h[12]"]
    return re.compile(rf"(?i:\b(?:{'|'.join(words)})\b)")


@cache
def _month_names(month: int) -> tuple[str, ...]:
    """Every name of ``month`` (1-12) in :data:`~desertcheck.datehints.MONTH_NUMBERS`, the
    table read once rather than for each claim."""
    from desertcheck.datehints import MONTH_NUMBERS

    return tuple(name for name, n in MONTH_NUMBERS.items() if n == month)


def _open_end(quote: str, at: int | None, end: date) -> date:
    """The end of a period whose date (at ``at``) follows "since" ("Since the start of
    mobilisation in 2022"): none, it runs on; else ``end``."""
    if at is None:
        return end
    before = quote[max(0, at - _SINCE_REACH) : at]
    return date.max if _SINCE.search(before) else end
