"""The statement must give the claim's value without overstating the quote.

The statement is the claim in our words, as a draft would say it. It must contain the
claim's value, and its qualifier must stay true to the quote's: the same qualifier, or
"about" (a hedge), or one of the pairs that do not overstate — "at least" for an exact
figure or for "over", "over" for "at least", "up to" for an exact figure or for "nearly",
"nearly" for "up to". Dropping a qualifier ("over 50,000" retold as "50,000") or turning
it round ("almost 10%" retold as "more than 10%") is a mismatch.
"""

from __future__ import annotations

from collections.abc import Iterator

from desertcheck.checks.base import ClaimContext
from desertcheck.codes import Code
from desertcheck.findings import Finding
from desertcheck.intervals import WORDS, compatible, direction

CODE = Code.STATEMENT_MISMATCH
KIND = "claim"


def check(ctx: ClaimContext) -> Iterator[Finding]:
    from desertcheck.figures import claim_quantities, stating

    claim = ctx.claim
    stated = stating(claim, claim_quantities(claim, claim.statement, ctx.language))
    if not stated and ctx.language != "en":  # a statement in English of a German source
        stated = stating(claim, claim_quantities(claim, claim.statement, "en"))
    if not stated:
        yield ctx.finding(
            CODE, f"the statement does not give the value {claim.figure}", "statement"
        )
        return
    if ctx.unread:
        return  # the quote's qualifier is read in its source's language, unknown here
    source_q = ctx.quote_qualifier or claim.qualifier
    if claim.is_range:
        return  # a range is a range: its ends were matched above
    statement_q = stated[0].qualifier
    if any(compatible(q.qualifier, source_q) for q in stated):
        return
    # the quote's figure, or its qualifier alone ("the quote ('over')") when none is read
    said = (
        f"quote's {ctx.figures[0].text!r} ({WORDS[source_q]})"
        if ctx.figures
        else f"quote ({WORDS[source_q]!r})"
    )
    yield ctx.finding(
        CODE,
        f"the statement says {stated[0].text!r} ({WORDS[statement_q]}), which "
        f"{direction(statement_q, source_q)} the {said}",
        "statement",
    )
