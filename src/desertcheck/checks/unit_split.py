"""Figures of one quantity for one period in different units must be able to agree.

The cross-claim checks compare only claims whose ``measure``, ``scope``, ``unit`` and
``period`` are the same, so claims of one measure, scope and period in different units are
never compared for a contradiction: "85 posts" on one claim and "95 jobs" on another would
pass in silence, though they cannot both be the number of posts cut. Such claims are
compared here as if they counted one thing (a share against a per cent as its per
cent): when their figures
could not all be true, the finding sets them side by side. If they count one thing, give
them one unit, and the contradiction is reported as one; if they count different things
("cases" and "soldiers": one soldier may face several cases), give them different
measures, or accept the finding on one of the claims with the reason. Figures that agree
in different units ("13.4 million trips", "13.4 million journeys") are not reported.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from desertcheck.checks.base import RegistryContext
from desertcheck.codes import Code
from desertcheck.findings import Finding
from desertcheck.intervals import Interval
from desertcheck.model import Claim

CODE = Code.UNIT_SPLIT
KIND = "registry"


def _agree(x: Interval, x_unit: str, y: Interval, y_unit: str) -> bool:
    """Whether figures of the intervals ``x`` and ``y`` in their units could be true of one
    thing (a share against a per cent read as its per cent)."""
    if {x_unit, y_unit} == {"share", "percent"}:
        x, y = (
            (Interval(x.low * 100, x.high * 100), y)
            if x_unit == "share"
            else (x, Interval(y.low * 100, y.high * 100))
        )
    return x.overlaps(y)


def check(ctx: RegistryContext) -> Iterator[Finding]:
    groups: dict[tuple[str, str, object, object], list[Claim]] = defaultdict(list)
    for c in ctx.registry.claims:
        groups[(c.measure, c.scope, c.period.start, c.period.end)].append(c)
    for (measure, scope, _s, _e), claims in groups.items():
        units = list(dict.fromkeys(c.unit for c in claims))
        if len(units) < 2:
            continue
        # a claim disagrees with some claim of another unit when it misses the highest low
        # end or the lowest high end of that unit's claims: each claim is compared with
        # each unit's two ends, not with every claim of the group
        ends: dict[str, Interval] = {}
        for c in claims:
            got = ctx.interval(c)
            had = ends.get(c.unit, got)
            ends[c.unit] = Interval(max(had.low, got.low), min(had.high, got.high))
        involved = [
            c
            for c in claims
            if any(
                unit != c.unit and not _agree(ctx.interval(c), c.unit, end, unit)
                for unit, end in ends.items()
            )
        ]
        if not involved:
            continue
        named = list(dict.fromkeys(c.unit for c in involved))
        sides = "; ".join(f"{c.figure} ({c.id}, {c.source})" for c in involved)
        yield ctx.finding(
            CODE,
            f"{measure} / {scope} for {claims[0].period} is counted in "
            f"{', '.join(named[:-1])} and {named[-1]}, whose figures could not all be true of "
            "one thing (give them one unit if they count one thing, different measures if "
            f"not): {sides}",
            involved,
        )
