"""The words desertcheck shares across modules, each defined once.

Qualifiers (and the words people write for them), claim statuses, and how a number and a
claim's figure are written for people. Pure and dependency-free: the quantity parser, the
model, the checks and every reporter read it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Final

#: A claim's qualifier: how its figure relates to the true value.
QUALIFIERS: Final = ("exactly", "about", "over", "at-least", "nearly", "up-to", "between")

#: How each qualifier reads before a number ("exactly" and "between" add no word).
QUALIFIER_WORDS: Final = {
    "exactly": "",
    "about": "about",
    "over": "over",
    "at-least": "at least",
    "nearly": "nearly",
    "up-to": "up to",
    "between": "",
}

#: Words people write in a registry's ``qualifier`` field, and the qualifier they mean.
QUALIFIER_SYNONYMS: Final = {
    "approximately": "about",
    "approx": "about",
    "around": "about",
    "roughly": "about",
    "some": "about",
    "circa": "about",
    "more-than": "over",
    "above": "over",
    "almost": "nearly",
    "atleast": "at-least",
    "upto": "up-to",
    "at-most": "up-to",
    "exact": "exactly",
}

#: A claim's verify status: the worst of its findings (infos do not count).
STATUSES: Final = ("verified", "warning", "error")


def some_of(names: Sequence[str], shown: int = 3) -> str:
    """The first ``shown`` of ``names``, and how many more: 'a, b, c and 4 more'."""
    more = len(names) - shown
    return ", ".join(names[:shown]) + (f" and {more:,} more" if more > 0 else "")


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 claim', '2 claims'; ``many`` for an irregular plural."""
    return f"{n:,} {word}" if n == 1 else f"{n:,} {many or word + 's'}"


_SCALES: Final = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def _scale(x: float) -> tuple[float, str] | None:
    """(1.5, 'million') for 1,500,000: a scale word when at most three decimals remain."""
    for scale, word in _SCALES:
        if abs(x) >= scale and float(x / scale * 1000).is_integer():
            return x / scale, word
    return None


def _digits(x: float) -> str:
    if math.isinf(x):
        return "∞"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.4f}".rstrip("0").rstrip(".")


#: The significant digits that a float always holds (DBL_DIG). Past 2**53 a float holds
#: no longer every whole number, and its digits past these are the float's, not the
#: registry's: such a value is shown to these digits, never digit by digit.
_HELD_DIGITS: Final = 15
_SUPERSCRIPT: Final = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def _beyond_precision(x: float) -> bool:
    return not math.isinf(x) and abs(x) >= 2**53


def _scientific(x: float) -> str:
    """``x`` to the 15 significant digits it holds: '1.23456789012346 × 10²⁹'."""
    mantissa, _, exponent = f"{x:.{_HELD_DIGITS - 1}e}".partition("e")
    mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{mantissa} × 10{str(int(exponent)).translate(_SUPERSCRIPT)}"


def format_number(x: float) -> str:
    """50000 -> '50,000'; 2.4 -> '2.4'; 1e9 -> '1 billion'; 2_500_000 -> '2.5 million'.

    A value past 2**53 (nine quadrillion) is shown to the 15 significant digits a float
    holds, '1.23456789012346 × 10²⁹': never "123,456,789,012,345,680 trillion", whose
    last digits the registry never wrote."""
    if _beyond_precision(x):
        return _scientific(x)
    scaled = _scale(x) if not math.isinf(x) else None
    return f"{_digits(scaled[0])} {scaled[1]}" if scaled else _digits(x)


#: The ranges that vague amounts are read as ("tens of thousands" is 10,000–99,999), said
#: back in their words: the digits would claim a precision the source never gave.
_VAGUE: Final = {
    100.0: "hundreds",
    1_000.0: "thousands",
    10_000.0: "tens of thousands",
    100_000.0: "hundreds of thousands",
    1_000_000.0: "millions",
    10_000_000.0: "tens of millions",
    100_000_000.0: "hundreds of millions",
    1_000_000_000.0: "billions",
}


def vague_words(low: float, high: float) -> str | None:
    """'millions' for 1,000,000–9,999,999, the range "millions" is read as; else None."""
    words = _VAGUE.get(float(low))
    return words if words is not None and high == low * 10 - 1 else None


def format_range(low: float, high: float) -> str:
    """'20–30', '1.5–2 million'; digits for both ends unless both take the same scale word;
    the range of a vague amount in its words ('tens of thousands')."""
    vague = vague_words(low, high)
    if vague is not None:
        return vague
    if _beyond_precision(low) or _beyond_precision(high):
        return f"{format_number(low)}–{format_number(high)}"
    a, b = _scale(low), _scale(high)
    if a and b and a[1] == b[1]:
        return f"{_digits(a[0])}–{_digits(b[0])} {a[1]}"
    return f"{_digits(low)}–{_digits(high)}"


#: Shares (values 0..1) that people say in words.
_SHARE_WORDS: Final = {
    0.5: "half",
    0.25: "a quarter",
    0.75: "three quarters",
    0.1: "a tenth",
    0.2: "a fifth",
}


def unit_words(unit: str | None) -> str:
    """A unit slug as words: 'square-kilometres' -> 'square kilometres'."""
    return (unit or "").replace("-", " ")


def figure_text(value: float | tuple[float, float], qualifier: str, unit: str | None) -> str:
    """A figure as a reader says it: 'over 50,000 soldiers', '20–30 percent', 'over half'."""
    words = QUALIFIER_WORDS.get(qualifier, qualifier)
    if isinstance(value, tuple):
        number = format_range(*value)
    elif unit == "share" and value in _SHARE_WORDS:
        return " ".join(p for p in (words, _SHARE_WORDS[value]) if p)
    elif unit == "share" and 0 <= value <= 1:
        return " ".join(p for p in (words, f"{format_number(value * 100)}%") if p)
    else:
        number = format_number(value)
    if unit == "percent":
        return " ".join(p for p in (words, f"{number}%") if p)
    vague = isinstance(value, tuple) and vague_words(*value)
    code, _, rest = unit_words(unit).partition(" ")
    if code in CURRENCY_SYMBOLS and not vague:  # "£2,134 a year", not "2,134 GBP a year"
        sign, digits = ("-", number[1:]) if number.startswith("-") else ("", number)
        whole, point, cents = digits.partition(".")
        if point and len(cents) == 1 and cents.isdigit() and whole.replace(",", "").isdigit():
            digits += "0"  # money in pence and cents: "£3.40", "€1,250.50", not "£3.4"
        return " ".join(p for p in (words, f"{sign}{CURRENCY_SYMBOLS[code]}{digits}", rest) if p)
    if vague and unit:
        number += " of"  # "millions of people", "tens of thousands of cases"
    return " ".join(p for p in (words, number, unit_words(unit)) if p)


#: Currencies a reader knows by their symbol, written before the amount ("£312.4 million");
#: any other code stays after it ("85 million CHF"). Only the registry's own unit is read:
#: a symbol is never given to a unit that does not name the currency.
CURRENCY_SYMBOLS: Final = {"GBP": "£", "EUR": "€", "USD": "$", "JPY": "¥", "INR": "₹"}
