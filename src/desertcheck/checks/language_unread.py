"""A source whose language this tool has no rules for has its figures read with English
ones, so a value read from it may be wrong.

verify, scan and add claim read a source's figures as its ``language`` writes them:
English, German and Russian with their words (scale words, qualifiers, dates); the other
languages that write ``1.234,5`` (French, Spanish, Italian, Polish, Dutch, … listed in
docs/figures.md) with their numbers read so but their words read as English ("2,4
millones" is read as 2.4, "más de 500" as exactly 500); any other language with English
rules throughout. One finding a source, saying which; ``scan`` says it too.

A warning, not an info: a claim of such a source can verify (✓) with a value misread
from its quote, the worst thing the tool can let pass, and an info fails no run, not
even with ``--strict``, so a CI job would never stop on it. Once the claims of the
source have been read by a person, make it an info or ignore it in desertcheck.toml
(``[verify.severity]``, ``[verify] ignore``).
"""

from __future__ import annotations

from collections.abc import Iterator

from desertcheck.checks.base import RegistryContext
from desertcheck.codes import Code
from desertcheck.findings import Finding

CODE = Code.LANGUAGE_UNREAD
KIND = "registry"


def unread_finding(source_id: str, file: str, language: str) -> Finding | None:
    """The finding for a source in ``language``, or None when its language is read."""
    from desertcheck.quantity.convention import unread

    what = unread(language)
    if what is None:
        return None
    said = (
        "its numbers are read as 1.234,5 but its words (scale words, qualifiers, dates) "
        "with English rules"
        if what == "words"
        else "its figures are read with English rules"
    )
    return Finding.of(
        CODE,
        f"source {source_id!r} is in {language!r}, which this tool has no rules for: {said}, "
        "so a value read from it may be wrong; check its claims' values against the source",
        file,
        1,
        1,
    )


def check(ctx: RegistryContext) -> Iterator[Finding]:
    for source in ctx.registry.sources.values():
        if source.meta.language.strip().lower()[:3] in ("en", "en-", "en_"):
            continue  # English: no need to load the figure parser's tables to say so
        found = unread_finding(source.id, source.file, source.meta.language)
        if found is not None:
            yield found
