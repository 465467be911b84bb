"""Cheap tests, a few characters read in Python, that say when one of the small patterns
around a figure cannot match there, so that the pattern is not run: a figure costs some
of these patterns each (a currency before and after it, a number going on, a qualifier
after it), and calling a pattern costs more than reading the character it fails on.

Each test answers False only where its pattern cannot match (``tests/test_quantity_quick.py``
holds every one against its pattern, and each first-character set against every character
Unicode has); True means "run the pattern".
"""

from __future__ import annotations

from typing import Final

from desertcheck.quantity.money import CODES, SIGNS, WORDS
from desertcheck.quantity.starts import folded

#: The last characters of a currency written before a number (:data:`~.money.BEFORE_RE`):
#: of its signs, of its codes and of ``Rs`` and ``Rs.``.
_BEFORE_LAST: Final = frozenset({s[-1] for s in SIGNS} | {c[-1] for c in CODES} | set("s."))
#: The spaces :data:`~.money.BEFORE_RE` and :data:`~.money.AFTER_RE` allow between a
#: currency and its number.
_CURRENCY_SPACE: Final = frozenset(" \u00a0\u202f")
#: The first characters of a currency after a number (:data:`~.money.AFTER_RE`): its signs
#: and codes as written, and the first letters of its words in lower case (read
#: case-blind; a letter Unicode folds otherwise is left to the pattern).
_AFTER_SIGNS: Final = frozenset("€₽$£₴₹" + "".join(c[0] for c in CODES))
_AFTER_WORD_FIRST: Final = frozenset({w[0] for w in WORDS} | {"р", "r"})
#: The characters a range's gap (:data:`~.patterns.AND_GAP_RE`, ``TO_GAP_RE``, ``OR_GAP_RE``,
#: ``BOUNDS_GAP_RE``, ``DASH_GAP_RE``) may start with, but for white space.
_GAP_DASHES: Final = frozenset("-–‒−—")
#: What :data:`~.patterns.NUMBER_GOES_ON_RE` starts with.
_GOES_ON: Final = frozenset(".,\u00ad\u200b\u2060\ufeff")


def _letter_in(c: str, firsts: frozenset[str]) -> bool:
    """Whether ``c`` may match case-blind a letter of ``firsts`` (lower case)."""
    return c.lower() in firsts or (not c.isascii() and folded(c))


def currency_may_end_at(text: str, start: int) -> bool:
    """False when no currency written before a number can end right before ``start``
    (:data:`~.money.BEFORE_RE` searched up to ``start``, whose ``$`` also holds before a
    line break that ends the text searched)."""
    k = start - 1
    if k < 0:
        return False
    c = text[k]
    if c == "\n":  # "$" before the line break: a currency, a space at most, the break
        k -= 1
        if k < 0:
            return False
        c = text[k]
    if c in _BEFORE_LAST:
        return True
    return c in _CURRENCY_SPACE and k > 0 and text[k - 1] in _BEFORE_LAST


def currency_may_start_at(text: str, end: int) -> bool:
    """False when :data:`~.money.AFTER_RE` cannot match at ``end``."""
    n = len(text)
    if end >= n:
        return False
    c = text[end]
    if c in _CURRENCY_SPACE:
        if end + 1 >= n:
            return False
        c = text[end + 1]
    return c in _AFTER_SIGNS or _letter_in(c, _AFTER_WORD_FIRST)


def number_may_go_on(text: str, end: int) -> bool:
    """False when :data:`~.patterns.NUMBER_GOES_ON_RE` cannot match at ``end``."""
    return end < len(text) and text[end] in _GOES_ON


def may_be_gap(gap: str) -> bool:
    """False when none of a range's gaps can be ``gap``: each starts with white space or a
    dash."""
    return bool(gap) and (gap[0].isspace() or gap[0] in _GAP_DASHES)
