"""The same figure from the same origin must keep its meaning as it is retold.

Claims whose value is the same and whose origin is the same — the claim's ``origin``, or
else the one origin its source ``cites`` — are grouped, whatever word their unit uses for
what is counted: "16,000 soldiers" retold as "16,000 servicemen" or "16,000 people" is
still a retelling (a per cent, a share, a duration, a currency or a rate is grouped only
with its own unit). When a group's claims give that
figure different periods, scopes or measures, the figure changed meaning as it was
retold: the UN's "some 16,000 prosecuted since 2022" reported elsewhere as "16,000 in
2024". So did it when the qualifiers of two retellings are not compatible ("13,500
convicted" against "over 13,500 convicted"; see statement-mismatch for which pairs are).
The finding sets each retelling's figure, period, scope and measure side by side.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from desertcheck.checks.base import RegistryContext
from desertcheck.codes import Code
from desertcheck.findings import Finding
from desertcheck.intervals import compatible
from desertcheck.model import Claim

CODE = Code.ATTRIBUTION_DRIFT
KIND = "registry"


def origin_of(ctx: RegistryContext, claim: Claim) -> str | None:
    if claim.origin:
        return claim.origin
    source = ctx.registry.sources.get(claim.source)
    if source is not None and len(source.meta.cites) == 1:
        return source.meta.cites[0]
    return None


_OWN_UNITS = frozenset({"percent", "share", "years", "months", "weeks", "days", "hours"})


def counted(unit: str) -> str:
    """The unit as retellings are grouped: one word for every count of people or things
    (``soldiers``, ``servicemen``, ``cases``), else the unit itself."""
    words = unit.replace("-", " ").split()
    if unit in _OWN_UNITS or not unit.islower() or "per" in words or "a" in words:
        return unit
    return "a count"


def check(ctx: RegistryContext) -> Iterator[Finding]:
    groups: dict[tuple[str, float, float, str], list[Claim]] = defaultdict(list)
    for c in ctx.registry.claims:
        origin = origin_of(ctx, c)
        if origin is not None:
            groups[(origin, c.low, c.high, counted(c.unit))].append(c)
    for (origin, *_), claims in groups.items():
        if len(claims) < 2:
            continue
        meanings = {(str(c.period), c.scope, c.measure) for c in claims}
        differ = [
            name
            for name, i in (("period", 0), ("scope", 1), ("measure", 2))
            if len({m[i] for m in meanings}) > 1
        ]
        qualifiers = {c.qualifier for c in claims}
        if any(
            not compatible(a, b) and not compatible(b, a) for a in qualifiers for b in qualifiers
        ):
            differ.append("qualifier")
        if not differ:
            continue
        sides = "; ".join(
            f"{c.figure} — period {c.period}, scope {c.scope}, measure {c.measure} "
            f"({c.id}, {c.source})"
            for c in claims
        )
        yield ctx.finding(
            CODE,
            f"the same figure from {origin} is given with a different {' and '.join(differ)}: "
            f"{sides}",
            claims,
        )
