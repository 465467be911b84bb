"""Claims of the same quantity for the same period must be able to agree.

Claims with the same measure, scope, unit and period are compared by the intervals their
values and qualifiers allow (``about`` and ``nearly`` widened by the configured
tolerance). When some of those intervals do not overlap, the registry states two figures
for one quantity that cannot both be true; the finding names every claim of the group
whose interval misses another's, with their values, periods and sources side by side.
Claims are grouped by key, never compared pair by pair across the registry.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from desertcheck.checks.base import RegistryContext
from desertcheck.codes import Code
from desertcheck.findings import Finding
from desertcheck.model import Claim

CODE = Code.CONTRADICTION
KIND = "registry"


def check(ctx: RegistryContext) -> Iterator[Finding]:
    groups: dict[tuple[str, str, str, object, object], list[Claim]] = defaultdict(list)
    for c in ctx.registry.claims:
        groups[(c.measure, c.scope, c.unit, c.period.start, c.period.end)].append(c)
    for (measure, scope, _unit, _s, _e), claims in groups.items():
        if len(claims) < 2:
            continue
        # the lowest high end and the highest low end: some pair misses when they cross
        lowest_high = min(claims, key=lambda c: ctx.interval(c).high)
        highest_low = max(claims, key=lambda c: ctx.interval(c).low)
        if ctx.interval(lowest_high).high >= ctx.interval(highest_low).low:
            continue
        involved = [
            c
            for c in claims
            if any(
                not ctx.interval(c).overlaps(ctx.interval(o)) for o in (lowest_high, highest_low)
            )
        ]
        sides = "; ".join(f"{c.figure} ({c.id}, {c.source})" for c in involved)
        yield ctx.finding(
            CODE,
            f"{measure} / {scope} for {claims[0].period}: the figures cannot all be true: {sides}",
            involved,
        )
