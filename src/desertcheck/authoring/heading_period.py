"""The period "in the quarter" or "that month" points back at: its section's heading's, or
the document's title's.

A board report titled "Quarterly board report, Q3 2025" says "resolved 15.6% of calls in
the quarter"; a section headed "October 2025" says "That month the service answered 41,320
calls". The sentence names a period only by its length, and the heading (the nearest
heading above the figure that names a period, else the title) names which: July to
September 2025, October 2025. A heading whose period is of another length decides too,
against it ("in the quarter" under "October 2025" is no quarter it gives). Only a
sentence that names no period of its own asks: ``scan --stubs``
(:func:`.drafting.period_fields`) and audit (:mod:`desertcheck.audit.heading_period`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from desertcheck.authoring.periods import PeriodGuess, period_of, time_hits

#: A period named by its length alone: "in the quarter", "over the quarter", "this
#: quarter", "that month", "during the month" (not "the quarter of 2024", "the month
#: before": those say which, or another).
_BY_LENGTH: Final = re.compile(
    r"(?i:\b(?:(?:in|during|over|for|across|through(?:out)?)[ \t]+the|this|that|the[ \t]+same)"
    r"[ \t]+(?P<length>quarter|month)\b(?![ \t]+(?:of|to|before|after|earlier|ending|ended)\b))"
)
#: A Markdown heading line.
_HEADING: Final = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t#]*$", re.MULTILINE)


@lru_cache(maxsize=256)
def by_length(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The words of ``text[lo:hi]`` that name a period by its length alone, if any.

    Kept for the sentence's next figure: each figure of a sentence asks for the same span,
    and a search per figure of one long sentence would make its audit quadratic."""
    return _BY_LENGTH.search(text, lo, hi)


def named_in(said: re.Match[str], headings: Iterable[str]) -> PeriodGuess | None:
    """The period of the length ``said`` (:func:`by_length`) that the first of
    ``headings`` (nearest first) to name a period gives; None when that one is of another
    length, or none names one."""
    for heading in headings:
        hits = time_hits(heading, 0, len(heading))
        if hits:
            last = hits[-1]
            return period_of(last, None) if last.kind == said["length"].lower() else None
    return None


def heading_period(
    text: str, start: int, sentence: tuple[int, int], title: str | None = None
) -> tuple[str, PeriodGuess] | None:
    """The words of the figure's ``sentence`` that name a period by its length only and
    the period that the Markdown headings of ``text`` above the figure (at ``start``),
    nearest first, then the document's ``title``, give it (:func:`named_in`)."""
    said = by_length(text, *sentence)
    if said is None:
        return None
    headings = [m.group(1) for m in _HEADING.finditer(text, 0, start)][::-1]
    found = named_in(said, [*headings, title] if title else headings)
    return (said.group(), found) if found is not None else None
