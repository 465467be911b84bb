"""A duration given by a change, dated: "the maximum penalty was raised to ten years in 2022".

The year dates the change, not the figure: the new maximum holds from then on, a state of
the law that a claim of a later day ("punishable by up to ten years", as of mid-2025)
states too. Read as "since 2022", as "since 2022 carries up to ten years" is
(:meth:`desertcheck.audit.periods.DraftPeriod.agrees`); "ten years in 2021" with no change
said stays a period of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.periods import DraftPeriod

#: A change that a penalty was given, right before its new value: "raised to", "doubled
#: to", "increased to", "extended to".
_CHANGED_TO: Final = regex(
    r"\b(?:raised|increased|doubled|tripled|extended|lengthened|toughened|rose|went\s+up|"
    r"upped)\s+(?:it\s+|them\s+)?to\s+\Z",
    re.IGNORECASE,
)


def changed_in(period: DraftPeriod | None, before: str) -> DraftPeriod | None:
    """``period``, read as "since" when it dates the change that gave a duration its value:
    "the maximum penalty was raised to ten years in 2022" says ten years from 2022 on, a
    state of the law that a claim of a later day states too; ``before`` is the figure's
    clause up to it."""
    if period is None or period.kind != "in" or _CHANGED_TO.search(before) is None:
        return period
    return replace(period, kind="since")
