"""The statement must give the claim's value without overstating the quote.

The statement is the claim in our words, as a draft would say it. It must contain the
claim's value, and its qualifier must stay true to the quote's: the same qualifier, or
"about" (a hedge), or one of the pairs that do not overstate — "at least" for an exact
figure or for "over", "over" for "at least", "up to" for an exact figure or for "nearly",
"nearly" for "up to". Dropping a qualifier ("over 50,000" retold as "50,000") or turning
it round ("almost 10%" retold as "more than 10%") is a mismatch.

A statement that states other figures besides the claim's value (the source's whole
sentence, as ``add claim`` drafts it) must state them as the source's sentence around the
quote does: when the source is corrected ("more than 4,600" made "more than 4,700") the
statement would otherwise go on showing the old figure in exports, fact sheets and
ClaimReview, rated as accurately sourced. Each such figure is sought by value or by its very
words in that sentence and in the two sentences before and the two after it (a statement
may take its context from nearby: "18,159 of the over 20,000 cases" where the source gives
"over 20,000" two sentences earlier); a share and a percentage are one value on two scales
("nearly a tenth", "one in ten" or "0.1" for the source's "nearly 10 %"). A figure none of
these five sentences gives is a mismatch. Say only the claim's figure in the
statement, or correct the other figure.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from desertcheck.checks.base import ClaimContext
from desertcheck.codes import Code
from desertcheck.findings import Finding
from desertcheck.intervals import WORDS, compatible, direction

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

CODE = Code.STATEMENT_MISMATCH
KIND = "claim"


def check(ctx: ClaimContext) -> Iterator[Finding]:
    from desertcheck.figures import claim_quantities, stating

    claim = ctx.claim
    read = claim_quantities(claim, claim.statement, ctx.language)
    stated = stating(claim, read)
    if not stated and ctx.language != "en":  # a statement in English of a German source
        read = claim_quantities(claim, claim.statement, "en")
        stated = stating(claim, read)
    stale = list(_stale(ctx, [q for q in read if q not in stated], instead=not stated))
    yield from stale
    if not stated:
        if not stale:  # a stale figure in its place says so: one problem, one finding
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


#: The units of a figure that may be on either scale of a share: a percentage, a share
#: ("a tenth", "one in ten") and a bare number ("0.1").
_SCALES = frozenset({"percent", "share", None})


def _key(low: float, high: float) -> tuple[float, float]:
    return round(low, 9), round(high, 9)


def _other_scale(q: Quantity) -> tuple[float, float] | None:
    """A percentage's value as a share ("10 %": 0.1), a share's as a percentage ("a
    tenth", "0.1": 10), as audit compares them; None for any other figure."""
    if q.unit == "percent" and q.high <= 100:
        return _key(q.low / 100, q.high / 100)
    if (q.unit == "share" or (q.unit is None and 0 < q.high < 1)) and q.high <= 1:
        return _key(q.low * 100, q.high * 100)
    return None


#: How many sentences before and after the quote's a statement's other figure is sought in.
BESIDE = 2


def _beside(text: str, a: int, b: int, language: str) -> tuple[int, int]:
    """The span from the :data:`BESIDE` sentences before ``text[a:b]`` to those after it."""
    from desertcheck.authoring.scan import sentence_of

    lo, hi = a, b
    for _ in range(BESIDE):
        before = lo
        while before > 0 and text[before - 1].isspace():
            before -= 1
        if before == 0:
            break
        lo = min(lo, sentence_of(text, before - 1, before, language)[0])
    for _ in range(BESIDE):
        after = hi
        while after < len(text) and text[after].isspace():
            after += 1
        if after == len(text):
            break
        hi = max(hi, sentence_of(text, after, after + 1, language)[1])
    return lo, hi


def _stale(
    ctx: ClaimContext, others: Sequence[Quantity], *, instead: bool = False
) -> Iterator[Finding]:
    """The figures the statement states besides the claim's value (``others``) that the
    source's sentence around the quote and the sentences beside it (:data:`BESIDE`) do not give: a
    statement drafted from the whole sentence keeps its other figures as they were when it
    was written, and a correction of the source (4,600 made 4,700) leaves it stating a
    figure the source no longer does. ``instead``: the statement does not give the value
    (a correction mended in the value and the quote, not in the statement)."""
    if not others or ctx.source is None:
        return
    location = ctx.location
    if location is None:
        return  # quote-not-found says the quote is not in its source
    from desertcheck.authoring.scan import sentence_of
    from desertcheck.figures import quantities_in, states

    text = ctx.source.text
    a, b = sentence_of(text, location.start, location.end, ctx.language)
    lo, hi = _beside(text, a, b, ctx.language)
    near = quantities_in(text[lo:hi], ctx.language)
    given = {_key(q.low, q.high) for q in near}
    scaled = {k for q in near if (k := _other_scale(q)) is not None}
    words = " ".join(text[lo:hi].split()).casefold()
    # a figure is given when the sentences read it with the same value (a share as the
    # percentage it is: "a tenth" for "10 %"), or have its very words ("the 2022
    # amendments" read as 2022 amendments, where the source says "in 2022")
    gone = [
        q
        for q in others
        if _key(q.low, q.high) not in given
        and not (q.unit in _SCALES and _key(q.low, q.high) in scaled)
        and " ".join(q.text.split()).casefold() not in words
    ]
    if not gone:
        return
    there = quantities_in(text[a:b], ctx.language)  # read for the message alone
    told = ", ".join(repr(" ".join(q.text.split())) for q in gone)
    line = ctx.source.file_line(a)
    claim = ctx.claim
    now = ", ".join(repr(" ".join(q.text.split())) for q in there if not states(claim, q))
    if instead:
        yield ctx.finding(
            CODE,
            f"the statement states {told}, not the value {claim.figure}, and the source's "
            f"sentence ({ctx.source.file}:{line}) does not give "
            f"{'it' if len(gone) == 1 else 'them'}{f' (it gives {now})' if now else ''}; "
            "exports, fact sheets and ClaimReview show the statement: correct it",
            "statement",
        )
        return
    yield ctx.finding(
        CODE,
        f"the statement also states {told}, which the source's sentence "
        f"({ctx.source.file}:{line}) does not give{f' (it gives {now})' if now else ''}; "
        "exports, fact sheets and ClaimReview show the statement: say only this claim's "
        f"figure ({claim.figure}) in it, or correct the other figure",
        "statement",
    )
