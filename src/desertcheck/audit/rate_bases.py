"""A draft's rate on another base than its claim's: "157 per 100,000" for 1.57 per 1,000.

A rate with a base ("37.9 crimes per 1,000 residents", :mod:`desertcheck.quantity.bases`)
is of its own kind (``rate-per-1000``, :mod:`.kinds`): it is compared with the claims on its
base, never with counts. A draft may put the same rate on another base: converted to each
base the registry's claims use, a figure that fits a claim there is that claim's
(``supported``, or ``drift`` by its qualifier as any figure): "157 per 100,000" is 1.57 per
1,000, and "about 160 per 100,000" about 1.6. The same number on another base ("37.9 crimes
per 100,000 residents" for 37.9 per 1,000) is the claim's number with its base slipped,
a hundredfold error: a claim it may misstate (:attr:`~.verdicts.Candidate.far`, with
:attr:`~.verdicts.Candidate.per` the draft's base), ``mismatch`` when its sentence matches
the claim as any misstated figure's must.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from desertcheck.audit.index import ClaimIndex
    from desertcheck.audit.matcher import Figure
    from desertcheck.audit.verdicts import Candidate
    from desertcheck.quantity import Quantity

_PREFIX: Final = "rate-per-"

Found = tuple[list["Candidate"], list["Candidate"]]
FittingOf = Callable[
    ["ClaimIndex", "Figure", float, set[int], list["Candidate"]], list["Candidate"]
]


def base_kind(base: float) -> str:
    """The kind of a rate on ``base`` (1,000: "rate-per-1000")."""
    return f"{_PREFIX}{base:.0f}"


def base_of(kind: str) -> float | None:
    """The base of a rate's kind ("rate-per-1000": 1,000), or None."""
    return float(kind[len(_PREFIX) :]) if kind.startswith(_PREFIX) else None


def other_bases(
    index: ClaimIndex,
    figure: Figure,
    tolerance: float,
    seen: set[int],
    found: Found,
    fitting_of: FittingOf,
) -> Found:
    """``found`` (fitting, others) with the claims on other bases than the figure's: those
    its rate, converted, fits (fitting), and those its number fits as it is (others, far)."""
    base = base_of(figure.kind)
    if base is None:
        return found
    fitting, others = found
    q = figure.quantity
    bases = {k: b for k in index.kinds() if k != figure.kind and (b := base_of(k)) is not None}
    for kind in sorted(bases):
        factor = bases[kind] / base
        converted = replace(q, low=q.low * factor, high=q.high * factor)
        fitting = fitting + fitting_of(
            index, replace(figure, kind=kind, quantity=converted), tolerance, seen, []
        )
        slipped = fitting_of(index, replace(figure, kind=kind), tolerance, seen, [])
        per = q.per or f"{base:,.0f}"
        others = others + [
            replace(c, fits=False, qualifier_ok=False, far=True, near=False, per=per)
            for c in slipped
        ]
    return fitting, others


def slipped_base(q: Quantity, chosen: Candidate) -> str:
    """Why a rate on another base than its claim's is a mismatch ("" for any other)."""
    if q.base is None or not chosen.per:
        return ""
    unit = chosen.claim.unit
    return f"but “{q.text}” is per {chosen.per}, where the claim's unit is {unit}"
