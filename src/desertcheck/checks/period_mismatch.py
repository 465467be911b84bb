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

The finding names the quote's words and the period to set. When they are not the figure's
period but, say, when it was published ("the report, released in October 2025, counts
50,000"), accept the finding on the claim with that reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from desertcheck.checks.base import ClaimContext
from desertcheck.codes import Code
from desertcheck.findings import Finding

if TYPE_CHECKING:
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
    for q in ctx.figures:
        g = guess(quote, q.start, q.end, whole, str(published) if published else None, whole)
        if g is None or g.unsure:
            continue
        try:
            p = Period.parse(g.period)
        except ValueError:
            continue
        end = _open_end(quote, g.words, p.end)
        if p.start <= mine.end and mine.start <= end:
            return  # the quote's words give the claim's period
        said.append(g)
    if said:
        yield ctx.finding(
            CODE,
            f"the period {mine} is not the one its quote gives the figure: "
            f"{_reads(said[0].words, said[0].period)}; if that is the figure's period, set period: "
            f"{said[0].period}; if it is when the figure was said or published, accept this "
            "finding with the reason",
            "period",
        )


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
    it names no year; every year it names lies in a period of whole years; or it names the
    period's own month ("In October 2000" for 2000-10)."""
    years = {int(y) for y in _YEAR.findall(quote)}
    if not years:
        return True
    start, end = period.start, period.end
    whole = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    if whole and all(start.year <= y <= end.year for y in years):
        return True
    if start.year == end.year and start.month == end.month and len(years) == 1:
        said = quote.casefold()
        return any(f"{name} {start.year}" in said for name in _month_names(start.month))
    return False


_BY_MONTH: dict[int, tuple[str, ...]] = {}


def _month_names(month: int) -> tuple[str, ...]:
    """Every name of ``month`` (1-12) in :data:`~desertcheck.datehints.MONTH_NUMBERS`, the
    table read once rather than for each claim."""
    if not _BY_MONTH:
        from desertcheck.datehints import MONTH_NUMBERS

        for name, n in MONTH_NUMBERS.items():
            _BY_MONTH[n] = (*_BY_MONTH.get(n, ()), name)
    return _BY_MONTH.get(month, ())


def _open_end(quote: str, words: str, end: date) -> date:
    """The end of a period whose date follows "since" ("Since the start of mobilisation in
    2022"): none, it runs on; else ``end``."""
    m = re.search(r"\s+".join(map(re.escape, words.split())), quote)
    if m is None:
        return end
    before = quote[max(0, m.start() - _SINCE_REACH) : m.start()]
    return date.max if _SINCE.search(before) else end
