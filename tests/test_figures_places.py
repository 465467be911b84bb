"""The decimal places of a written figure (:func:`desertcheck.figures.decimal_places`), as
``decimal`` counts them, without importing it."""

from __future__ import annotations

import random
import struct
from decimal import Decimal

from desertcheck.figures import decimal_places, same_value


def _decimal(text: str) -> int:
    exponent = Decimal(text).normalize().as_tuple().exponent
    return max(0, -int(exponent)) if isinstance(exponent, int) else 0


def test_the_places_are_decimals_for_any_float() -> None:
    rng = random.Random(16)
    values = [0.0, -0.0, 100.0, 1200.0, 1e-5, 1.5e-7, 1.5e20, 1e16, 1e22, 0.1, 12.5]
    values += [float("inf"), float("-inf"), float("nan"), 5e-324, 1.7976931348623157e308]
    for _ in range(20_000):
        values.append(struct.unpack("d", rng.getrandbits(64).to_bytes(8, "little"))[0])
        values.append(round(rng.uniform(-1e6, 1e6), rng.randint(0, 8)))
        values.append(rng.randint(-(10**9), 10**9) / 10 ** rng.randint(0, 12))
    for value in values:
        assert decimal_places(repr(value)) == _decimal(repr(value)), value


def test_a_figure_is_the_same_value_at_its_written_precision() -> None:
    assert same_value(12.5, 12.54) and not same_value(12.5, 12.56)
    assert same_value(1e-5, 1.4e-5) and not same_value(1e-5, 1.6e-5)
