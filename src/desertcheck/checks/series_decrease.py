"""A running total must not go down.

Cumulative claims (``cumulative: true``) of one measure, scope and unit that start on the
same day form a series. When a claim with a later end date has an interval entirely below
that of a claim with an earlier end date, the running total fell — one of them is wrong,
or they do not count the same thing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from desertcheck.checks.base import RegistryContext
from desertcheck.codes import Code
from desertcheck.findings import Finding
from desertcheck.model import Claim

CODE = Code.SERIES_DECREASE
KIND = "registry"


def check(ctx: RegistryContext) -> Iterator[Finding]:
    series: dict[tuple[str, str, str, object], list[Claim]] = defaultdict(list)
    for c in ctx.registry.claims:
        if c.cumulative:
            series[(c.measure, c.scope, c.unit, c.period.start)].append(c)
    for (measure, scope, _u, _s), claims in series.items():
        claims.sort(key=lambda c: (c.period.end, c.id))
        best: Claim | None = None  # the earlier claim with the highest low end so far
        i = 0
        while i < len(claims):
            end = claims[i].period.end
            same_end = [c for c in claims[i:] if c.period.end == end]
            if best is not None:
                for c in same_end:
                    if ctx.interval(c).below(ctx.interval(best)):
                        yield ctx.finding(
                            CODE,
                            f"{measure} / {scope} running total falls: {best.figure} to "
                            f"{best.period.end} ({best.id}) but {c.figure} to "
                            f"{c.period.end} ({c.id})",
                            [best, c],
                        )
            for c in same_end:
                if best is None or ctx.interval(c).low > ctx.interval(best).low:
                    best = c
            i += len(same_end)
