"""What a figure with a qualifier allows, as an interval, and how qualifiers compare.

A claim's value and qualifier make a closed interval, with tolerance ``t`` (from
``desertcheck.toml``, default 0.1):

==========  ===================
exactly     [v, v]
about       [v(1-t), v(1+t)]
nearly      [v(1-t), v]
over        [v, inf)
at-least    [v, inf)
up-to       [0, v]
between     [a, b]
==========  ===================

(For a negative value the ends are swapped so that low <= high.)
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

DEFAULT_TOLERANCE = 0.1
INF = math.inf


@dataclass(frozen=True, slots=True)
class Interval:
    low: float
    high: float

    def overlaps(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.low + other.low, self.high + other.high)

    def below(self, other: Interval) -> bool:
        """Entirely below ``other``: every value here is less than every value there."""
        return self.high < other.low


def interval(
    value: float | tuple[float, float], qualifier: str, tolerance: float = DEFAULT_TOLERANCE
) -> Interval:
    if isinstance(value, tuple):
        low, high = float(value[0]), float(value[1])
        return Interval(min(low, high), max(low, high))
    v = float(value)
    t = tolerance
    match qualifier:
        case "about":
            a, b = v * (1 - t), v * (1 + t)
        case "nearly":
            a, b = v * (1 - t), v
        case "over" | "at-least":
            return Interval(v, INF)
        case "up-to":
            return Interval(min(0.0, v), max(0.0, v))
        case _:
            a, b = v, v
    return Interval(min(a, b), max(a, b))


def total(intervals: Iterable[Interval]) -> Interval:
    out = Interval(0.0, 0.0)
    for i in intervals:
        out = out + i
    return out


#: (stated, source) qualifier pairs where a retelling does not overstate its source, beyond
#: the same qualifier on both sides. "about" hedges and is always allowed; dropping a
#: qualifier ("over 50,000" retold as "50,000") or turning it round ("almost 10%" retold as
#: "more than 10%") is not.
COMPATIBLE: frozenset[tuple[str, str]] = frozenset(
    {
        ("at-least", "exactly"),
        ("at-least", "over"),
        ("over", "at-least"),
        ("up-to", "exactly"),
        ("up-to", "nearly"),
        ("nearly", "up-to"),
    }
)

WORDS = {
    "exactly": "no qualifier",
    "about": "about",
    "over": "over",
    "at-least": "at least",
    "nearly": "nearly",
    "up-to": "up to",
    "between": "a range",
}


def compatible(stated: str, source: str) -> bool:
    """Whether a figure retold with qualifier ``stated`` stays true to one with ``source``."""
    return stated == source or stated == "about" or (stated, source) in COMPATIBLE


def direction(stated: str, source: str) -> str:
    """'overstates', 'understates' or 'differs': how ``stated`` departs from ``source``."""
    up = {"over": 3, "at-least": 2, "exactly": 1, "about": 1, "up-to": 0, "nearly": 0}
    if stated in up and source in up:
        if stated == "exactly" and source != "exactly":
            return "drops the qualifier of"
        if up[stated] > up[source]:
            return "overstates"
        if up[stated] < up[source]:
            return "understates"
    return "differs from"
