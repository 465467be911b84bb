"""A figure that names an end of a range claim with another qualifier: the range misstated.

"More than 20,000 new cases a month" where the claim says "between 15,000 and 20,000 a
month" writes the claim's own number, and says something else of it: the draft's figure
lies outside the range the claim gives. It does not fit the claim (a bound the range
implies does: "up to 20,000", "at least 15,000", :func:`desertcheck.audit.matcher`), but it
is found by its number, as a claim it may misstate, whatever words its sentence uses: the
number is the evidence, as for a hedge written too precisely.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck.figures import same_value

if TYPE_CHECKING:
    from desertcheck.model import Claim
    from desertcheck.quantity import Quantity


def at_range_end(q: Quantity, claim: Claim) -> bool:
    """Whether ``q``, one number, is an end of ``claim``'s range with a bound that points
    out of it: "more than" (or "at least") its top, "nearly" (or "up to") its bottom. A
    figure inside the range is none ("almost 900" for 200 to 900 a month), nor is a bare
    end or "about" it, which may retell the range."""
    value = claim.value
    if not isinstance(value, tuple) or q.low != q.high:
        return False
    if q.qualifier in ("over", "at-least"):
        return same_value(value[1], q.low)
    return q.qualifier in ("nearly", "up-to") and same_value(value[0], q.low)


def other_range(q: Quantity, claim: Claim) -> bool:
    """Whether ``q`` is a range other than ``claim``'s range: "between 15,000 and 25,000 a
    month" for 15,000 to 20,000 is no retelling of it, though the two overlap (a range
    says where the value lies: one end moved says it lies elsewhere)."""
    value = claim.value
    if not isinstance(value, tuple) or q.low == q.high:
        return False
    return not (same_value(value[0], q.low) and same_value(value[1], q.high))
