"""Claims of the same quantity for the same period must be able to agree.

Claims with the same measure, scope, unit and period are compared by the intervals their
values and qualifiers allow (``about`` and ``nearly`` widened by the configured
tolerance). When some of those intervals do not overlap, the registry states two figures
for one quantity that cannot both be true; the finding names every claim of the group
whose interval misses another's, with their values, periods and sources side by side.
Claims are grouped by key, never compared pair by pair across the registry. When one
figure may be another written coarser ("312 million" against "312.4 million"), the finding
says so: a retelling that rounds should have the qualifier ``about``. The finding ends with
what to do: correct the figure that is wrong; give claims that count different things
their own scope or measure; or, when both publishers stand by their figures, accept the
finding on one of the claims with the reason (``accept: [{code: contradiction, reason:
…}]``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
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
            f"{measure} / {scope} for {claims[0].period}{_rounded(involved)}: the figures "
            f"cannot all be true: {sides}; {TO_RESOLVE}",
            involved,
        )


#: What a maintainer does about a contradiction (docs/checks.md#contradiction).
TO_RESOLVE = (
    "correct the one that is wrong, tell them apart if they count different things (their "
    "scope or measure), or accept it on one of them with why "
    "(accept: [{code: contradiction, reason: …}])"
)


def _rounded(claims: list[Claim]) -> str:
    """``, where X may be Y rounded (…)`` when one figure is another written coarser
    ("312 million" for "312.4 million"): a retelling that rounds should say "about"."""
    found = _rounding(claims)
    if found is None:
        return ""
    a, b = found
    return (
        f", where {a.figure} ({a.id}) may be {b.figure} rounded (if it is a "
        "retelling, set its qualifier to about, or accept this finding with "
        "the reason)"
    )


def _rounding(claims: list[Claim]) -> tuple[Claim, Claim] | None:
    """The first claim stated exactly (in the claims' order) whose figure another's may be
    rounded from, and the first such other claim: (a, b) with :func:`_may_round` of a's
    value and b's, the two values not equal.

    Whether any b will do is asked of a's nearest values alone: b may be rounded to a
    when it lies within half a step of a's last digit (or of its written precision),
    which the values nearest a, above and below, do first (and, for a whole a that only
    a fraction may be rounded to, the nearest fractions). So a group of n claims costs
    n log n, not n² pairs (a thousand claims of one measure, scope and period would
    take seconds)."""
    scalar = [(c, c.value) for c in claims if not isinstance(c.value, tuple)]
    said: dict[float, set[int | float]] = {}  # each value as a float: the values it stands for
    for _, value in scalar:
        said.setdefault(float(value), set()).add(value)
    points = sorted(said)
    fractions = [x for x in points if not x.is_integer()]
    for a, value in scalar:
        if a.qualifier != "exactly":
            continue
        x = float(value)
        # another value of the same float (whole numbers past 2**53), else the nearest
        near = len(said[x]) > 1 or any(
            _may_round(x, y) for y in (*_beside(points, x), *_beside(fractions, x))
        )
        if not near:
            continue
        for b in claims:
            if b is a or isinstance(b.value, tuple) or a.value == b.value:
                continue
            if _may_round(x, float(b.value)):
                return a, b
    return None


def _beside(values: list[float], x: float) -> list[float]:
    """The values of the sorted ``values`` nearest ``x`` below and above it, not ``x``."""
    below = bisect_left(values, x)
    above = bisect_right(values, x)
    return values[max(below - 1, 0) : below] + values[above : above + 1]


def _may_round(a: float, b: float) -> bool:
    """Whether ``a`` may be ``b`` rounded at the precision ``a`` is written: 312.4 million
    is 312 million to the million, 4.99 is 5 to the unit."""
    from desertcheck.figures import digit_step, same_value

    step = digit_step(a)[0] if a else 1.0
    if a.is_integer() and step > 1:
        return abs(b - a) <= step / 2
    return same_value(a, b)
