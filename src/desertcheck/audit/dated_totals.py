"""A running total dated by the month or season it had reached its count in: "In June
2025 the courts had 18,159 cases on file", "Mediazona's data, reported in the summer of
2025, show over 20,000 cases", "Proekt counted in February 2024 over 4,600 convicted":
the period words before the figure (or in the sentence it refers back to) are when the
total was counted, as "by June 2025" would be, and agree with a claim that ends in them.
After the figure they say what it covers ("received over 2,000 requests in December
2023": what came in that month), and a year is what a count covers, never its date. So is
a month the sentence says the figure happened within: "In June 2025 alone", "During June
2025", "18,159 new cases", "courts opened 18,159 cases", "a record month"."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Final

from desertcheck.audit.periods import DraftPeriod

if TYPE_CHECKING:
    from desertcheck.model import Claim
    from desertcheck.quantity import Quantity

#: Words that make the figure what happened within the month, not a count standing then:
#: "alone", "during", "new", a verb of coming in or being opened, "a record month".
_WITHIN: Final = re.compile(
    r"\b(?:alone|during|throughout|new(?:ly)?|opened|received|filed|launched|brought|"
    r"initiated|instituted|registered|a\s+record(?:\s+high)?\s+(?:month|season|summer|"
    r"quarter)|that\s+month|in\s+a\s+single\s+month|per\s+month|a\s+month|monthly)\b",
    re.IGNORECASE,
)

#: The longest point in time that dates a running total: a month, a season, "mid-2025".
_LONGEST_DAYS: Final = 123


@dataclass(frozen=True, slots=True)
class CountDate(DraftPeriod):
    """Period words of one month or season before a figure: what the figure covers, or,
    for a running total that started before them, when it was counted."""

    def agrees(self, claim: Claim) -> bool:
        """As a period of its kind, except that a running total from before it agrees when
        it ends within it."""
        period = claim.period
        if claim.cumulative and period.start < self.a[0] <= period.end <= self.a[1]:
            return True
        return DraftPeriod.agrees(self, claim)


def dated_total(
    period: DraftPeriod | None, q: Quantity, text: str, span: tuple[int, int]
) -> DraftPeriod | None:
    """``period`` as a :class:`CountDate` when it is "in" one month or season and comes
    before the figure ``q``, and the sentence of ``text`` at ``span`` does not say the
    figure is what happened within it; else ``period`` itself."""
    if period is None or period.kind != "in" or type(period) is not DraftPeriod:
        return period
    if period.start >= q.start or (period.a[1] - period.a[0]).days > _LONGEST_DAYS:
        return period
    if _WITHIN.search(period.text) or _WITHIN.search(text, *span):
        return period
    return CountDate(**{f.name: getattr(period, f.name) for f in fields(period)})
