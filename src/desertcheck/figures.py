"""Matching a claim's value against the quantities written in a text.

Values are compared at the precision the registry writes them: a claim written ``0.667``
matches two-thirds (0.6666…), one written ``50000`` matches 50,000 but not 50,400. A
single value also matches either end of a written range, so "from five to ten years"
states both 5 and 10. A claim in percent is only stated by a percentage, and a percentage
only states a claim in percent; a claim in a currency is not stated by an amount in another
("$" may be any dollar), nor a claim in a rate's unit by a rate on another base ("per
100,000 residents" by "per 1,000 residents"), nor a count by a rate.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desertcheck.model import Claim
    from desertcheck.quantity import Quantity


def _half_ulp(written: float) -> float:
    """Half a unit in the last written decimal place of ``written`` (0.5 for integers)."""
    places = decimal_places(repr(float(written)))
    return 0.5 * 10.0**-places if places else 0.5


def decimal_places(text: str) -> int:
    """The decimal places of a float's ``repr`` once its trailing zeros go ("12.50" 1,
    "1.5e-07" 8, "1200.0" 0; "inf" and "nan" 0): what ``Decimal(text).normalize()`` says,
    without importing :mod:`decimal`."""
    mantissa, _, exponent = text.partition("e")
    whole, _, fraction = mantissa.lstrip("-").partition(".")
    if not (whole + fraction).isdigit():
        return 0
    return max(0, len(fraction.rstrip("0")) - int(exponent or 0))


def digit_step(x: float) -> tuple[float, str]:
    """The step of the last significant digit of ``x`` (not 0) and its significant digits:
    (1,000,000, "312") for 312,000,000; (0.1, "3124") for 312.4."""
    mantissa, _, exponent = f"{abs(x):.6e}".partition("e")
    digits = mantissa.replace(".", "").rstrip("0") or "0"
    return 10.0 ** (int(exponent) - len(digits) + 1), digits


def same_value(written: float, parsed: float) -> bool:
    """Whether ``parsed`` (from text) is ``written`` (from the registry) at its precision."""
    if written == parsed:
        return True
    if float(written).is_integer() and float(parsed).is_integer():
        return False  # whole numbers must be equal: 4,373 is not 4,360
    return abs(parsed - written) <= _half_ulp(written) + 1e-12


def states(claim: Claim, quantity: Quantity) -> bool:
    """Whether ``quantity`` states ``claim``'s value.

    A percentage is only stated by a percentage: "10 soldiers" does not state 10 percent,
    nor "10%" a count of 10.
    """
    if (claim.unit == "percent") != (quantity.unit == "percent"):
        return False
    if not _same_money(claim.unit, quantity):
        return False
    if quantity.base is not None and not _same_base(claim.unit, quantity):
        return False
    if isinstance(claim.value, tuple):
        low, high = claim.value
        return same_value(low, quantity.low) and same_value(high, quantity.high)
    v = claim.value
    if quantity.low == quantity.high:
        return same_value(v, quantity.low)
    return same_value(v, quantity.low) or same_value(v, quantity.high)


#: "$" is the parser's USD, but it is also the sign of these currencies
_DOLLARS = frozenset({"USD", "AUD", "CAD"})


def _same_money(unit: str, quantity: Quantity) -> bool:
    """False when the claim counts in one currency and the quantity is written in another
    (``unit: EUR`` for "£11.2 million"); True otherwise, and for "$" and any dollar."""
    if quantity.unit is None or len(quantity.unit) != 3 or not quantity.unit.isupper():
        return True
    from desertcheck.quantity.money import CODES, WORDS

    code = unit if unit in CODES else WORDS.get(unit.lower())
    if code is None or code == quantity.unit:
        return True
    return quantity.unit == "USD" and code in _DOLLARS and "$" in quantity.text


def _same_base(unit: str, quantity: Quantity) -> bool:
    """Whether a rate's base ("37.9 crimes per 1,000 residents") is the one the claim's unit
    writes ("crimes per 1,000 residents"): a unit with no base, or another, is not."""
    from desertcheck.quantity.bases import unit_base

    return unit_base(unit) == quantity.base


def stating(claim: Claim, quantities: Iterable[Quantity]) -> list[Quantity]:
    return [q for q in quantities if states(claim, q)]


def claim_quantities(claim: Claim, text: str, language: str | None = None) -> Sequence[Quantity]:
    """The figures of ``text`` (a claim's quote or statement) read for ``claim``: with the
    zeros written "no" ("No fines were imposed") when the claim's value is 0
    (:mod:`desertcheck.zeros`)."""
    from desertcheck.zeros import is_zero, zeros_in

    found = quantities_in(text, language)
    return [*found, *zeros_in(text, language)] if is_zero(claim) else found


def quantities_in(text: str, language: str | None = None) -> Sequence[Quantity]:
    """The figures of ``text``, read as a source in ``language`` writes them (None: as
    English does, or the language set by ``quantity.convention.reading``)."""
    from desertcheck.quantity import parse_quantities

    return parse_quantities(text, language)
