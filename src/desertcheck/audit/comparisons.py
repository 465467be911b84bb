"""The period a sentence is about, not the one it compares with.

A figure whose sentence refers back to the one before ("That is more than four million
journeys", "Of those, 318 …") takes that sentence's period. A sentence often names two: its
own and the one it compares with ("carried 4.5 million passengers in 2025, up from 3.9
million in 2024"; "finished 1,126 homes in 2025, the most since 2019"). The period of a
clause that compares (``up from``, ``compared with``, ``than``, a superlative's ``since``)
is the comparison's, not the sentence's, and so is the period a figure's own clause names
right after comparing words ("4.1% more than a year earlier", "up 3% on the year before",
"compared with 2024": :func:`base_of_change`). A superlative's ``since`` dates no figure at all:
"38% full, the lowest level since 2018" is a record that compares, and the figure's
period is the sentence's other words ("By 1 September 2025"), or none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.periods import DraftPeriod

#: Words that compare what follows them with what came before: "4,373 … against 257 in
#: 2021", "up from 3.9 million" (:mod:`.auditor` reads them between two figures).
COMPARED: Final = (
    r"\b(?:against|compared\s+(?:to|with)|versus|vs\.?|up\s+from|down\s+from|"
    r"as\s+opposed\s+to)\b|(?<!\w)(?:против|по\s+сравнению\s+с)(?!\w)"
)
#: Those words, and more that open a comparison, in the clause before a period: "up from
#: 3.9 million in 2024", "compared with 2023", "more than in 2022".
_COMPARING: Final = regex(
    rf"(?:{COMPARED}|\b(?:rising|falling|rose|fell)\s+from|\bthan|\bby\s+comparison|"
    r"(?<!\w)чем)"
    r"(?:[^,;:()\u2014]|,\d)*\Z",
    re.IGNORECASE,
)
#: A superlative before a "since" period: "the most since 2019", "the highest level since".
_SUPERLATIVE: Final = regex(
    r"\bthe\s+(?:most|highest|lowest|fewest|largest|biggest|smallest|least|best|worst)\b"
    r"[^,;:()\u2014]{0,40}\Z",
    re.IGNORECASE,
)
#: Where a clause starts: after a comma (not one of "1,200"), semicolon, colon, bracket or
#: dash.
_CLAUSE_START: Final = regex(r"[;:(\u2014\u2013]|,(?!\d)")


#: Between a figure and the period words after it, comparing words that make those the base
#: of the figure's change, with nothing but a few period words between them and the period:
#: "4.1% more than a year earlier", "up 3% on the year before", "rose 2% compared with
#: 2024", "12% lower than in the same quarter of 2024"; not "12% waited more than an hour in
#: October 2025" (what "than" compares is an hour).
_BASE_OF_CHANGE: Final = regex(
    rf"(?:{COMPARED}|\bthan|\b(?:rising|falling|rose|fell)\s+from|\bby\s+comparison\s+with|"
    r"\A\s*on|\b(?:up|down|higher|lower|more|less|fewer|rise|rose|fell|increase|decrease)\s+on)"
    r"(?:\s+(?:in|on|at|over|during|for|of|the|a|same|this|that|period|months?|quarters?|"
    r"weeks?|years?|time|levels?|figures?|ones?))*\s*\Z",
    re.IGNORECASE,
)


def base_of_change(text: str, end: int, period: DraftPeriod) -> bool:
    """Whether ``period``, after a figure that ends at ``end`` of ``text`` in the figure's
    clause, is the base its change is measured from, not the figure's own period."""
    between = text[end : period.start]
    if _CLAUSE_START.search(between):
        return False
    return _BASE_OF_CHANGE.search(between) is not None


def without_records(periods: list[DraftPeriod], text: str) -> list[DraftPeriod]:
    """``periods`` (found in ``text``, at its own offsets) less the ``since`` of a
    superlative in its clause ("the lowest level since 2018", "the most since 2019")."""
    return [p for p in periods if not _record_since(p, text)]


def _record_since(p: DraftPeriod, text: str) -> bool:
    if p.kind != "since":
        return False
    lo = max(0, p.start - 80)
    before = text[lo : p.start]
    cut = max((m.end() for m in _CLAUSE_START.finditer(before)), default=0)
    return _SUPERLATIVE.search(before, cut) is not None


def main_period(periods: list[DraftPeriod], text: str, offset: int) -> DraftPeriod | None:
    """The last of ``periods`` (found in ``text``, which starts at ``offset`` of the draft)
    that no comparing words before it in its clause make a comparison's; failing that, the
    last of them, as before; None when there are none."""
    if not periods:
        return None
    for p in reversed(periods):
        before = text[: max(0, p.start - offset)]
        cut = max((m.end() for m in _CLAUSE_START.finditer(before)), default=0)
        compared = _COMPARING.search(before, cut) or (
            p.kind == "since" and _SUPERLATIVE.search(before, cut)
        )
        if not compared:
            return p
    return periods[-1]
