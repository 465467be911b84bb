"""A fingerprinted source's text must be the text as published.

A source's front matter may carry ``sha256``, the fingerprint of its body as published
(``desertcheck fingerprint`` writes it; the body is hashed after writing its line endings
as LF, and nothing else). When the body no longer matches, the document was edited after
it was stored — perhaps so that a quote would match — and every claim quoting it is
suspect: the finding names the source and those claims. Restore the text as published;
if the change is deliberate (a better copy of the same document), run
``desertcheck fingerprint SOURCE`` to record it, and let review see it in
``desertcheck diff``. This finding cannot be accepted.
"""

from __future__ import annotations

from collections.abc import Iterator

from desertcheck.checks.base import RegistryContext
from desertcheck.codes import Code
from desertcheck.findings import Finding
from desertcheck.fingerprint import fingerprint

CODE = Code.SOURCE_MODIFIED
KIND = "registry"


def check(ctx: RegistryContext) -> Iterator[Finding]:
    quoting: dict[str, list[str]] = {}
    for c in ctx.registry.claims:
        quoting.setdefault(c.source, []).append(c.id)
    for source in ctx.registry.sources.values():
        recorded = source.meta.sha256
        if recorded is None:
            continue
        now = fingerprint(source.text)
        if now == recorded:
            continue
        ids = quoting.get(source.id, [])
        named = ", ".join(ids[:3]) + (f" and {len(ids) - 3} more" if len(ids) > 3 else "")
        held = f"; it holds the quotes of {named}" if ids else ""
        yield Finding.of(
            CODE,
            f"source {source.id!r} was edited after it was fingerprinted: its text hashes to "
            f"{now[:12]}…, not to the recorded sha256 {recorded[:12]}…{held}. Restore the text "
            f"as published, or run `desertcheck fingerprint {source.id}` to record a "
            "deliberate change",
            source.file,
            *source.meta.where.of("sha256"),
            tuple(ids),
        )
