"""The quote must state the claim's value.

The quantities written in the quote are parsed (digits of any script, with any thousands
separator, decimals, 4.5K and 2.4 million, number words, fractions, percentages, ranges,
Russian forms; years, dates, article numbers and footnote markers are not quantities, nor
is part of a number such as the 12 of "12,34,567") and the claim's value must be among
them, at the precision the registry writes it. A single value also matches either end of
a written range.
"""

from __future__ import annotations

from collections.abc import Iterator

from desertcheck.checks.base import ClaimContext
from desertcheck.codes import Code
from desertcheck.findings import Finding
from desertcheck.vocabulary import format_number

CODE = Code.VALUE_NOT_IN_QUOTE
KIND = "claim"


def check(ctx: ClaimContext) -> Iterator[Finding]:
    if ctx.figures:
        return
    found = [_written(q.low, q.high) for q in ctx.quote_quantities]
    seen = f"it gives {', '.join(found)}" if found else "it gives no figure"
    if ctx.normalized is not None and ctx.location is None:
        # the quote is not the source's words: the quote, not the value, is the suspect
        seen += " (the quote is not in its source either: fix the quote first)"
    yield ctx.finding(
        CODE,
        f"the quote does not state {ctx.claim.figure}: {seen}",
        "value",
    )


def _written(low: float, high: float) -> str:
    return format_number(low) if low == high else f"{format_number(low)}–{format_number(high)}"
