"""The claim's qualifier must be the one the quote puts at the figure.

The qualifying words right before the figure in the quote — over, more than, at least,
nearly, almost, some, about, around, roughly, up to, as many as, between … and …, and
their Russian forms — give the quote's qualifier; no such word means ``exactly``. A claim
recorded as ``over 50,000`` whose quote says "some 50,000" records the figure wrongly.
"""

from __future__ import annotations

from collections.abc import Iterator

from desertcheck.checks.base import ClaimContext
from desertcheck.codes import Code
from desertcheck.findings import Finding
from desertcheck.intervals import WORDS

CODE = Code.QUALIFIER_MISMATCH
KIND = "claim"


def check(ctx: ClaimContext) -> Iterator[Finding]:
    if ctx.unread:
        return
    said = ctx.quote_qualifier
    if said is None:
        return  # value-not-in-quote says what is wrong
    claimed = ctx.claim.qualifier
    if claimed == said:
        return
    yield ctx.finding(
        CODE,
        f"qualifier is {claimed!r} but the quote says {ctx.figures[0].text!r} "
        f"({WORDS[said]}); set qualifier: {said}",
        "qualifier",
    )
