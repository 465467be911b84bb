"""Whether claims' periods agree with a figure's, read once a claim period.

A figure is compared with hundreds of claims (those near its value, those of the measures
its sentence names), which share a few dozen periods; whether a period agrees with the
draft's (:meth:`desertcheck.audit.periods.DraftPeriod.agrees`) depends on the claim's
period and kind alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desertcheck.audit.periods import DraftPeriod
    from desertcheck.model import Claim


def agreeing(period: DraftPeriod | None) -> Callable[[Claim], bool | None]:
    """``period.agrees`` (None when the draft gives no period) for claims of one kind,
    each claim period read once."""
    if period is None:
        return _no_period
    agrees = period.agrees
    known: dict[tuple[date, date], bool] = {}

    def of(claim: Claim) -> bool:
        span = (claim.period.start, claim.period.end)
        found = known.get(span)
        if found is None:
            found = known[span] = agrees(claim)
        return found

    return of


def _no_period(claim: Claim) -> None:
    return None
