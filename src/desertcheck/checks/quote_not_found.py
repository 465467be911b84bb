"""The quote must occur in its source.

Quote and source are compared after a normalisation that cannot change meaning (Unicode
NFKC; curly and straight quotes; hyphens and dashes; all whitespace folded, including line
breaks, no-break and thin spaces, and dropped between a digit and "%" ("4.99 %" is
"4.99%"); soft hyphens and words hyphenated across a line break joined). Case is kept. A
match must neither start nor end inside a word or a number:
"1,500 soldiers" is not in "11,500 soldiers", nor "5%" in "2.5%", nor "over 50,000" in
"over 50,000,000" (scripts written without spaces, such as Chinese or Thai, may be cut
between letters). When the quote is not there, the finding gives the closest passage of
the source (a fuzzy alignment), its line, its similarity, and a word-level diff of the
quote against it: ``[-removed-]`` are words of the quote the passage lacks, ``{+added+}``
words of the passage the quote lacks. A claim whose source failed to load is not verified
either: its quote could not be checked, and the checks that read the quote's
figures (value, qualifier, statement, period) do not run, since the language the quote is
written in is the source's. One finding says so for all the claims of that source, not one
each: the loader's error on the source file (a bad ``published:``, a file not in UTF-8)
names them ("10 claims quote it …") and fails them. A claim naming a source that is not in
``sources/`` at all (renamed, say) has the loader's ``unknown-source`` at its ``source:``,
which says so and names the closest source: this finding is not given again beside it. A
quote that leaves words out with an ellipsis ("..." or "…") is told that a quote is one
unbroken passage. A quote typed inside typographic quotation marks (``quote: “Over 5,000
soldiers”``, as a word processor writes them) is told that YAML keeps those marks as part
of the value, and how to write it with straight ones (``quote: "Over 5,000 soldiers"``);
the diff shows the marks as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from desertcheck.checks.base import ClaimContext
from desertcheck.codes import Code
from desertcheck.findings import Finding
from desertcheck.vocabulary import plural

if TYPE_CHECKING:
    from desertcheck.registry import Registry

CODE = Code.QUOTE_NOT_FOUND
MAX_FUZZY_QUOTE = 2000  # characters: longer quotes are not aligned (slow, and never useful)
MAX_SHOWN = 400  # characters of passage and diff shown in the message
KIND = "claim"


def told_by_loader(found: Sequence[Finding]) -> list[Finding]:
    """``found`` without this check's finding on a claim that has ``unknown-source``: its
    source is not there at all, which the loader's finding says already, with its
    closest source."""
    unknown = {f.claims for f in found if f.code is Code.UNKNOWN_SOURCE and f.claims}
    if not unknown:
        return list(found)
    return [f for f in found if not (f.code is CODE and f.claims in unknown)]


#: claims named in the message of a source that did not load (all are in its ``claims``)
NAMED = 3


def told_at_source(found: Sequence[Finding], registry: Registry) -> list[Finding]:
    """``found`` with one finding for a source file that did not load, not one for each
    claim quoting it: the loader's first error on the file (which says why) names those
    claims and holds them, so they fail with it, and their own findings of this check
    ("the quote could not be checked") are left out."""
    unread = registry.unread_sources
    quoting: dict[str, list[str]] = {}
    for f in found if unread else ():
        claim = registry.claim(f.claims[0]) if f.code is CODE and f.claims else None
        if claim is not None and claim.source in unread:
            quoting.setdefault(claim.source, []).append(claim.id)
    told: dict[int, str] = {}  # the loader's first error on each such source's file
    for i, f in enumerate(found if quoting else ()):
        sid = _source_id(f.file)
        if sid in quoting and sid not in told.values() and f.code.fatal:
            told[i] = sid
    if not told:
        return list(found)
    out: list[Finding] = []
    for i, f in enumerate(found):
        claim = registry.claim(f.claims[0]) if f.code is CODE and f.claims else None
        if claim is not None and claim.source in told.values():
            continue
        if i in told:
            ids = quoting[told[i]]
            more = len(ids) - NAMED
            named = ", ".join(ids[:NAMED]) + (f" and {more:,} more" if more > 0 else "")
            f = replace(
                f,
                message=f"{f.message}; {plural(len(ids), 'claim')} "
                f"quote{'s' if len(ids) == 1 else ''} it ({named}), not checked until it loads",
                claims=(*f.claims, *ids),
            )
        out.append(f)
    return out


def _source_id(file: str | None) -> str | None:
    """The source id of ``sources/<id>.md``; None for any other file."""
    if file and file.startswith("sources/") and file.endswith(".md") and file.count("/") == 1:
        return file[len("sources/") : -len(".md")]
    return None


def check(ctx: ClaimContext) -> Iterator[Finding]:
    if ctx.source is None or ctx.normalized is None:
        # never "verified" unchecked: the loader's finding says why the source is missing
        name = ctx.claim.source
        yield ctx.finding(
            CODE,
            f"the quote could not be checked: source {name!r} is missing or did not load "
            f"(the loader says why: unknown-source on this claim, or a finding on "
            f"sources/{name}.md)",
            "source",
        )
        return
    if ctx.location is not None:
        return
    from desertcheck.text import closest_passage, format_word_diff, word_diff

    source = ctx.source
    if len(ctx.claim.quote) > MAX_FUZZY_QUOTE:
        yield ctx.finding(
            CODE,
            f"quote not found in {source.file} (a quote of {len(ctx.claim.quote):,} characters "
            f"is not searched for a closest passage; quote the sentence that states the figure)",
            "quote",
        )
        return
    passage = closest_passage(ctx.claim.quote, ctx.normalized)
    if passage is None or not passage.text.strip():
        message = f"quote not found in {source.file}, which has no text to search"
    else:
        line = source.file_line(passage.start)
        diff = _cut(format_word_diff(word_diff(ctx.claim.quote, passage.text)))
        message = (
            f"quote not found in {source.file}; closest passage at {source.file}:{line} "
            f"({passage.similarity:.0f}% similar): {_cut(' '.join(passage.text.split()))!r}; "
            f"diff, [-quote-]{{+source+}}: {diff}"
        )
    marks = _typographic_marks(ctx.claim.quote)
    if marks is not None:
        opening, inner, closing = marks
        import json

        message += (
            f"; the quote begins with {opening} and ends with {closing}, which YAML keeps "
            f"as part of the value (only straight quotes, \" or ', enclose one): write "
            f"quote: {json.dumps(inner, ensure_ascii=False)}"
        )
    if _ELLIPSIS.search(ctx.claim.quote):
        message += (
            "; a quote is one unbroken passage of the source, so it cannot leave words out "
            "with an ellipsis: quote the part that states the figure"
        )
    yield ctx.finding(CODE, message, "quote")


#: an ellipsis, or words left out in brackets: "[...]", "(…)"
_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…")


#: typographic quotation marks that open a quotation, and those that close one
_OPENING = "\u201c\u201e\u00ab\u00bb\u2018\u201a\u2039\u203a\u300c\u300e"
_CLOSING = "\u201d\u201c\u00bb\u00ab\u2019\u2018\u203a\u2039\u300d\u300f"


def _typographic_marks(quote: str) -> tuple[str, str, str] | None:
    """The opening mark, the words and the closing mark of a quote typed inside
    typographic quotation marks (“…”, „…“, «…»), as a word processor writes them."""
    q = quote.strip()
    if len(q) < 3 or q[0] not in _OPENING or q[-1] not in _CLOSING:
        return None
    inner = q[1:-1].strip()
    return (q[0], inner, q[-1]) if inner else None


def _cut(text: str) -> str:
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"
