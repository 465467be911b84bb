"""A source should carry the fingerprint of its text as published.

Without ``sha256`` in its front matter, nothing tells an edit of the source's text from
the text as it was published: a quote can be made to match by changing the source, and
verify cannot see it. Run ``desertcheck fingerprint SOURCE`` once the text is stored as
published (``add source`` fingerprints what it imports). An info: it never fails a run.
"""

from __future__ import annotations

from collections.abc import Iterator

from desertcheck.checks.base import RegistryContext
from desertcheck.codes import Code
from desertcheck.findings import Finding

CODE = Code.SOURCE_UNFINGERPRINTED
KIND = "registry"


def check(ctx: RegistryContext) -> Iterator[Finding]:
    for source in ctx.registry.sources.values():
        if source.meta.sha256 is None:
            yield Finding.of(
                CODE,
                f"source {source.id!r} has no sha256 fingerprint, so an edit of its text "
                f"would go unnoticed: run `desertcheck fingerprint {source.id}`",
                source.file,
                1,
                1,
            )
