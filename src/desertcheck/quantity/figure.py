"""The figure :func:`desertcheck.quantity.parse_quantities` returns."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure found in a text."""

    low: float
    high: float
    qualifier: str
    unit: str | None
    start: int
    end: int
    text: str
    vague: bool = False
    #: a rate's base ("37.9 crimes per 1,000 residents": 1,000) and its words as written
    #: ("1,000 residents"), part of the figure's unit (:mod:`.bases`); None if not a rate
    base: float | None = None
    per: str | None = None

    @property
    def value(self) -> float | tuple[float, float]:
        """The single value, or ``(low, high)`` for a range."""
        return (self.low, self.high) if self.is_range else self.low

    @property
    def is_range(self) -> bool:
        return self.low != self.high or self.qualifier == "between"
