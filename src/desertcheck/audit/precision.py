"""The precision a figure is written at, and how far from a figure a claim's value can be
and still fit it (:func:`desertcheck.audit.matcher._fit`).

A hedged figure is read at the step of its last significant digit (:func:`written_step`):
"about 19,800" rounds to the hundred, "about 20,000" to the ten thousand. That precision
bounds, for most qualifiers of a claim, how far the claim's value can lie from the figure
and still be stated by it (:func:`fit_reach`), so the candidate search skips the claims
further off without asking each whether it fits.
"""

from __future__ import annotations

import math
from fractions import Fraction
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from desertcheck.figures import digit_step

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

__all__ = ["digit_step", "fit_reach", "hedge_slack", "word_fraction", "written_step"]


@lru_cache(maxsize=4096)
def written_step(x: float) -> float:
    """The step of the last significant digit of ``x`` as written: 100 for 19,800 and
    22.6k, 10,000 for 20,000; 500 for 1,500 and 4,500 (a last digit of 5 rounds to the
    half: "about 1,500" is read to the nearest 500)."""
    if x == 0 or not math.isfinite(x):
        return 0.0
    step, digits = digit_step(x)
    return step * 5 if digits[-1] == "5" and len(digits) > 1 else step


def hedge_slack(x: float, tolerance: float) -> float:
    """How far a hedged figure ``x`` ("about 19,800", "nearly 4,500") may be from the number
    it rounds: half a step of its written precision (:func:`written_step`), at most the
    configured tolerance. "About 20,000" may round 18,159 (within the tolerance); "about
    19,800" may not: read at its precision, it is another number. A share in words whose
    digits no one writes ("nearly two-thirds": 66.6667%) has no written precision: the
    tolerance ("nearly two-thirds" for 63%, as "nearly 65%")."""
    if word_fraction(x):
        return tolerance * abs(x)
    return min(tolerance * abs(x), written_step(x) / 2)


@lru_cache(maxsize=4096)
def word_fraction(x: float) -> bool:
    """Whether ``x`` (a share, or a percentage) is a simple fraction, at most twelfths, that
    no one writes in its digits: 0.666667 ("two-thirds"), 16.6667% ("one in six"); not
    0.25 or 75%, which are written so ("a quarter" is read as "25%" is)."""
    if not math.isfinite(x) or len(digit_step(x)[1]) < 5:
        return False
    for y in (x, x / 100):
        f = Fraction(y).limit_denominator(12)
        if f.denominator > 1 and math.isclose(float(f), y, rel_tol=1e-6):
            return True
    return False


#: A claim's qualifiers other than ``exactly`` (an exact claim fits anywhere in the
#: figure's interval, and is not bounded here).
_HEDGED: Final = ("about", "over", "at-least", "nearly", "up-to", "between")
#: (figure's qualifier, claim's qualifiers) whose bounds fit across the tolerance: "more
#: than 4,500" for "more than 4,600", "up to 11" for "up to 10" (matcher._weaker_bound).
_WIDE: Final = {
    "over": ("over", "at-least"),
    "at-least": ("over", "at-least"),
    "up-to": ("up-to", "nearly"),
}
#: (figure's qualifier, claim's qualifiers) whose bound fits within a step of the figure's
#: last digit: "more than 22,000" for "nearly 22,580", "just under 22,600" for it too.
_ONE_STEP: Final = {
    "over": ("nearly", "about"),
    "at-least": ("nearly", "about"),
    "nearly": ("up-to", "nearly"),
}
#: Beyond the claim's own number at its precision (at most half a unit: figures.same_value)
_SAME: Final = 1.0


def fit_reach(q: Quantity, tolerance: float) -> dict[str, float] | None:
    """For a single figure ``q``, the farthest a claim's single value can lie from it and
    still fit it (or be one it states too precisely), per claim qualifier; a qualifier not
    in the mapping has no bound. Generous by design: a claim within its reach is still asked
    whether it fits, one beyond it cannot. None: a range, or a figure with no finite value.

    A claim that is not ``exactly`` fits a single figure only as the same number (within
    half a unit), as a weaker bound ("over", "up to"; across the tolerance, or within a step
    of the figure's last digit) or, for "about", as a more precise value it rounds (within
    half a :func:`written_step`)."""
    if q.low != q.high or not math.isfinite(q.low) or not 0 < tolerance < 1:
        return None
    x = abs(q.low)
    margin = 1e-6 * x  # rounding in the comparisons of the fit
    reach = dict.fromkeys(_HEDGED, _SAME + margin)
    if q.qualifier == "about":
        return dict.fromkeys(_HEDGED, max(_SAME, 2 * written_step(q.low)) + margin)
    step = 2 * digit_step(q.low)[0] + margin
    for qualifier in _ONE_STEP.get(q.qualifier, ()):
        reach[qualifier] = max(reach[qualifier], step)
    for qualifier in _WIDE.get(q.qualifier, ()):
        del reach[qualifier]
    return reach
