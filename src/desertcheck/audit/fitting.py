"""Whether a draft's value can state a claim's (:func:`fit`): the same number at the
precision the registry writes it, a narrow range around it, a bound the claim's bound
implies, a hedge that rounds it; and when a hedged figure is written too precisely to
round an exact claim (:func:`too_precise`). The rules :mod:`.matcher` keeps a candidate
by."""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from desertcheck.audit.precision import digit_step as _digit_step
from desertcheck.audit.precision import hedge_slack, written_step
from desertcheck.figures import same_value

if TYPE_CHECKING:
    from desertcheck.intervals import Interval
    from desertcheck.model import Claim
    from desertcheck.quantity import Quantity


@lru_cache(maxsize=4096)
def digits(x: float) -> str:
    """The significant digits of ``x``: 5,620 is "562", 0.15 is "15", 1.5 million "15"."""
    text = f"{abs(x):.6g}"
    if "e" in text:
        mantissa, _, _ = text.partition("e")
        text = mantissa
    return text.replace(".", "").strip("0") or "0"


_LOWER_BOUNDS = frozenset({"over", "at-least"})
_UPPER_BOUNDS = frozenset({"up-to", "nearly"})


def _weaker_bound(q: Quantity, claim: Claim, tolerance: float) -> bool:
    """A bound the claim's bound implies, a little further out: "more than 4,500" for "more
    than 4,600", "under 1,000" for "under 950", "just under 22,600" for "nearly 22,580"
    (within the tolerance)."""
    value = claim.value
    if isinstance(value, tuple) or q.low != q.high:
        return False
    v = float(value)
    if q.qualifier in _LOWER_BOUNDS and claim.qualifier in _LOWER_BOUNDS:
        return v * (1 - tolerance) <= q.low <= v
    if q.qualifier in _LOWER_BOUNDS and claim.qualifier in ("nearly", "about"):
        # "more than 22,000" for "nearly 22,580": the claim's number rounded down to the
        # draft's precision, a bound it keeps
        return q.low < v and _rounded(v, q.low, math.floor)
    if q.qualifier == "up-to" and claim.qualifier in _UPPER_BOUNDS:
        return v <= q.low <= v * (1 + tolerance)
    if q.qualifier == "nearly" and claim.qualifier in _UPPER_BOUNDS:
        # "just under 22,600" for "nearly 22,580": the claim's number rounded up to the
        # draft's precision, the hedge kept ("nearly 24,500" is another number)
        return v <= q.low and _rounded(v, q.low, math.ceil)
    return False


def _rounded(v: float, written: float, way: Callable[[float], int]) -> bool:
    """Whether ``written`` is ``v`` rounded (``way``: up, :func:`math.ceil`, or down,
    :func:`math.floor`) at ``written``'s own precision (its last significant digit): 22,600
    is 22,580 rounded up to the hundred, 22,000 is 22,580 rounded down to the thousand."""
    if written <= 0 or v <= 0:
        return False
    step = _digit_step(written)[0]
    nudge = -1e-9 if way is math.ceil else 1e-9
    return math.isclose(way(v / step + nudge) * step, written)


def range_end(q: Quantity, claim: Claim) -> bool:
    """Whether ``q`` is a bound a range claim implies, at its end: "up to 30%" (or "as
    many as 30%") for 20-30%, "at least 20%" for 20-30%."""
    value = claim.value
    if not isinstance(value, tuple) or q.low != q.high:
        return False
    if q.qualifier == "up-to":
        return same_value(value[1], q.low)
    return q.qualifier == "at-least" and same_value(value[0], q.low)


def fit(q: Quantity, mine: Interval, claim: Claim, tolerance: float) -> tuple[bool, bool]:
    """(fits, same): whether ``q`` can state ``claim``'s value, and whether it is the
    same number (else a precise value rounded and hedged: "about 50,000" or "over
    50,000" for 50,500, within the tolerance). ``mine`` is ``q``'s own interval."""
    value = claim.value
    if isinstance(value, tuple):
        same = (same_value(value[0], q.low) and same_value(value[1], q.high)) or range_end(q, claim)
        return same, same
    if same_value(value, q.low) or (q.low != q.high and same_value(value, q.high)):
        return True, True
    v = float(value)
    if q.qualifier == "between" and q.low < v < q.high and q.high - q.low <= 2 * tolerance * v:
        # "between thirteen and fourteen thousand" for nearly 13,800: a narrow range
        # around the claim's value retells it
        return True, False
    if _weaker_bound(q, claim, tolerance):
        return True, False
    if q.low != q.high:
        return False, False
    if claim.qualifier != "exactly":
        return _rounded_hedge(q, v), False
    if not (mine.low <= v <= mine.high and abs(v - q.low) <= tolerance * abs(v)):
        return False, False
    if q.qualifier in ("about", "nearly"):  # at its written precision (:func:`hedge_slack`)
        return abs(v - q.low) <= hedge_slack(q.low, tolerance), False
    return True, False


def too_precise(q: Quantity, mine: Interval, claim: Claim, tolerance: float) -> bool:
    """Whether a hedged figure would state an exact claim at the tolerance but is written
    too precisely to round it ("about 4,700" for 4,350; :func:`hedge_slack`)."""
    value = claim.value
    if isinstance(value, tuple) or claim.qualifier != "exactly" or q.low != q.high:
        return False
    v = float(value)
    return q.qualifier in ("about", "nearly") and (
        mine.low <= v <= mine.high and abs(v - q.low) <= tolerance * abs(v)
    )


def _rounded_hedge(q: Quantity, v: float) -> bool:
    """Whether "about" ``q`` rounds a hedged or bounded claim's more precise value ``v`` at
    its own precision: "~22.6k" for nearly 22,580, "about 3,400" for nearly 3,380 ("about"
    may retell any qualifier)."""
    if q.qualifier != "about" or len(digits(q.low)) >= len(digits(v)):
        return False
    return abs(v - q.low) <= written_step(q.low) / 2 + 1e-9 * abs(v)
