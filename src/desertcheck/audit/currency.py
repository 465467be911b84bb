"""A sum of money in another currency than its claim's: "$4.2 million" for a claim of
€4.2 million.

The parser gives a sum its ISO 4217 code as its unit (:mod:`desertcheck.quantity.money`:
"$", "US$", "USD", "dollars", "долларов"...). A claim's unit names its currency as a code
(``unit: EUR``) or a word (``unit: euros``). When both are known and differ, the number
alone agreeing says nothing: the figure ``supported``, ``contested`` or drifting from that
claim is its ``mismatch``, the message naming both currencies. A figure or a claim with no
currency keeps its verdict (a unit of its own is :meth:`.ClaimIndex.unit_agrees`'s).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from desertcheck.audit.verdicts import (
    CONTESTED,
    MISMATCH,
    PERIOD_DRIFT,
    QUALIFIER_DRIFT,
    SUPPORTED,
    Verdict,
)
from desertcheck.quantity.money import CODES, SIGNS, WORDS

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

#: The ISO codes the parser gives a sum, and what a claim's unit may name a currency by.
_KNOWN: Final = frozenset({*CODES, *SIGNS.values(), *WORDS.values()})
#: Verdicts that take the draft's figure for the claim's, in its currency or not.
_TAKEN: Final = frozenset({SUPPORTED, CONTESTED, QUALIFIER_DRIFT, PERIOD_DRIFT})


def currency(unit: str | None) -> str | None:
    """The ISO code a unit names ("EUR", "eur", "euros", "€"), or None."""
    if not unit:
        return None
    text = unit.strip()
    if text.upper() in _KNOWN:
        return text.upper()
    return SIGNS.get(text) or WORDS.get(text.lower().replace("ё", "е"))


def other_currency(q: Quantity, verdict: Verdict) -> Verdict:
    """``verdict`` on ``q``, made a ``mismatch`` when ``q`` is a sum in another currency than
    its claim's."""
    status, listed, message = verdict
    if status not in _TAKEN or not listed:
        return verdict
    claim = listed[0].claim
    mine, theirs = currency(q.unit), currency(claim.unit)
    if mine is None or theirs is None or mine == theirs:
        return verdict
    return (
        MISMATCH,
        listed,
        f"“{q.text}” is in {mine}; {claim.id} gives the sum in {theirs} ({claim.figure}): "
        f"another currency, so another figure; {message}",
    )
