"""The quote must state the claim's value.

The quantities written in the quote are parsed (digits of any script, with any thousands
separator, decimals, 4.5K and 2.4 million, number words, fractions, percentages, ranges,
Russian forms; years, dates, article numbers and footnote markers are not quantities, nor
is part of a number such as the 12 of "12,34,567") and the claim's value must be among
them, at the precision the registry writes it. A single value also matches either end of
a written range. When the quote is the source's words, the finding says what to mend: a
scale written into the unit (``unit: million GBP``), a value the quote gives in another
unit ("that is in USD, not EUR"), a value that is right but not in the claim's unit
("2,503" for ``unit: percent``: the unit, named as the statement names the figure), or
the one figure the quote gives (``set value:``).
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from desertcheck.checks.base import ClaimContext
from desertcheck.codes import Code
from desertcheck.figures import same_value
from desertcheck.findings import Finding

CODE = Code.VALUE_NOT_IN_QUOTE
KIND = "claim"


def check(ctx: ClaimContext) -> Iterator[Finding]:
    if ctx.unread:
        return
    if ctx.figures:
        return
    quantities = ctx.quote_quantities
    found = [repr(" ".join(q.text.split())) for q in quantities]
    seen = f"it gives {', '.join(found)}" if found else "it gives no figure"
    if ctx.normalized is not None and ctx.location is None:
        # the quote is not the source's words: the quote, not the value, is the suspect
        seen += " (the quote is not in its source either: fix the quote first)"
    else:
        seen += _fix(ctx)
    yield ctx.finding(
        CODE,
        f"the quote does not state {ctx.claim.figure}: {seen}",
        "value",
    )


def _fix(ctx: ClaimContext) -> str:
    """How to mend the claim when its quote is the source's words: a scale written into
    the unit ("unit: million GBP" with "value: 11.2"), the value given in another unit
    (a currency, a per cent) or in none, or the one figure the quote gives."""
    from desertcheck.authoring.yamltext import number
    from desertcheck.quantity.money import CODE_SCALES_T

    claim, quantities = ctx.claim, ctx.quote_quantities
    first, _, rest = claim.unit.partition(" ")
    scale = CODE_SCALES_T.get(first.lower())
    if scale is not None and rest and not claim.is_range:
        value = float(claim.value) * scale  # type: ignore[arg-type]
        if math.isfinite(value) and any(same_value(value, q.low) for q in quantities):
            return (
                f"; the unit {claim.unit!r} holds a scale: write value: {number(value)} "
                f"and unit: {rest}"
            )
    if not claim.is_range and (rate := _rate_base(ctx)):
        return rate
    if not claim.is_range:
        other = [
            q.unit
            for q in quantities
            if q.unit and q.unit != claim.unit and same_value(float(claim.value), q.low)  # type: ignore[arg-type]
        ]
        if other:
            return (
                f"; that is in {other[0]}, not {claim.unit}: if the quote is right, "
                f"set unit: {other[0]}"
            )
        if any(same_value(float(claim.value), q.low) for q in quantities):  # type: ignore[arg-type]
            return _unit_fix(ctx)
    if len(quantities) == 1:
        (q,) = quantities
        if q.low == q.high and math.isfinite(q.low):
            return f"; if the quote is right, set value: {number(q.low)}"
    return ""


def _unit_fix(ctx: ClaimContext) -> str:
    """The quote gives the claim's number, but not in its unit ("2,503" for ``unit:
    percent``): the unit is what to mend, named as the statement names it."""
    from desertcheck.figures import quantities_in

    claim = ctx.claim
    value = float(claim.value)  # type: ignore[arg-type]
    named = [
        q.unit
        for q in quantities_in(claim.statement, ctx.language)
        if q.unit and q.unit != claim.unit and same_value(value, q.low)
    ]
    said = next(q.text for q in ctx.quote_quantities if same_value(value, q.low))
    to = (
        f"set unit: {named[0]} (as the statement has it)"
        if named
        else f"set unit: to what {' '.join(said.split())!r} counts (a noun, like people or cases)"
    )
    return (
        f"; the value is right, but the quote does not give it in {claim.unit}: "
        f"if the quote is right, {to}"
    )


def _rate_base(ctx: ClaimContext) -> str:
    """How to mend a claim whose quote gives its value as a rate on another base, or as a
    rate where the unit counts ("37.9 crimes per 1,000 residents" for unit: crimes per
    100,000 residents, or unit: crimes)."""
    from desertcheck.quantity.bases import rebased, unit_base

    claim = ctx.claim
    share = claim.unit in ("percent", "share")  # a share's unit is no noun to put a base on
    base = None if share else unit_base(claim.unit)
    for q in ctx.quote_quantities:
        if q.per is None or not same_value(float(claim.value), q.low):  # type: ignore[arg-type]
            continue
        if share and not q.unit:
            continue
        unit = f"{q.unit} per {q.per}" if share else rebased(claim.unit, q.per)
        said = f"per {q.per}, not per {base:,.0f}" if base else f"a rate per {q.per}"
        return f"; that is {said}: if the quote is right, set unit: {unit}"
    return ""
