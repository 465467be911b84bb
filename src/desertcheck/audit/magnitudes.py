"""A figure that is a claim's value with its scale slipped: a zero or a scale word.

"Some 20,000 prisoners" for about 200,000 drops a zero; "two million prisoners" for
200,000 adds one; "2 million" written for "2 thousand" slips a scale word, a factor of a
thousand. Such a figure is not of the claim's magnitude (:func:`desertcheck.audit.matcher.
is_near` compares within a factor of 1.5), yet it is the claim's number with its scale
wrong: the same significant digits, ten, a hundred or a thousand times too large or too
small (:func:`scale_slip`).

A zero dropped or added is looked up for the measures its sentence names and for those
named only weakly (a heading, the sentence before); a hundred or a thousand times only for
the measures the figure's own sentence names (:func:`slipped_windows`): the further the
slip, the more of the sentence's own words it takes to read the figure as that claim's.
"""

from __future__ import annotations

import math
from typing import Final

from desertcheck.compiled import regex

#: The factors a zero dropped or added (ten) or a scale word slipped (a hundred: "2,000"
#: for 200,000 written "2 thousand" and "200 thousand"; a thousand: "million" for
#: "thousand") put between a figure and a claim's value.
ZERO: Final = 10.0
SCALE_WORD: Final = (100.0, 1000.0)


def scale_slip(a: float, b: float, factors: tuple[float, ...] = (ZERO, *SCALE_WORD)) -> bool:
    """Whether ``a`` is ``b`` times or divided by one of ``factors`` (both positive):
    2,000,000 and 200,000; 10,000 and 1,000; 2,000 and 2,000,000."""
    if not (a > 0 and b > 0):
        return False
    return any(math.isclose(a * f, b) or math.isclose(b * f, a) for f in factors)


def slipped_windows(lo: float, hi: float, named: bool) -> list[tuple[float, float]]:
    """The windows of claim values a figure ``lo``..``hi`` may be with its scale slipped:
    a zero dropped or added, and with ``named`` (a measure its own sentence names) a
    scale word too."""
    factors = (ZERO, *SCALE_WORD) if named else (ZERO,)
    out = []
    for f in factors:
        out.append((lo * f, hi * f))
        out.append((lo / f, hi / f))
    return out


#: A number written with one separator and three digits after it ("4.373", "4,373"): a
#: thousands separator in one convention, a decimal one in the other.
_ONE_SEPARATOR: Final = regex(r"(?<![0-9.,])[0-9]{1,3}[.,][0-9]{3}(?![0-9]|[.,][0-9])")


def separator_read(text: str, a: float, b: float) -> bool:
    """Whether ``a``, read from a figure written ``text``, is a thousandth of ``b`` only
    because its one separator was read as a decimal point: "4.373" quoted from a German
    text into English notes is the claim's 4,373, not its scale slipped."""
    return _ONE_SEPARATOR.search(text) is not None and math.isclose(a * 1000, b)
