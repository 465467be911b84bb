"""A source's ``url`` (and an origin's, in sources/origins.yaml) is the web address of the
document: an absolute ``http`` or ``https`` address.

Anything else — ``javascript:alert(1)``, ``data:…``, ``file:///…``, a relative path, an
address without its scheme (``www.example.org/report``), a ``doi:`` — is not where a reader
can open the document, and a page that shows it as a link may run it: a ClaimReview
publishes a source's url as its ``appearance.url`` (an origin's as its
``firstAppearance.url``), which a fact-check archive renders as a link. So the JSON export,
the fact sheet and ClaimReview leave such a url out, as they do a url the registry does
not give (with a warning on stderr), the HTML report shows it as text, never as a link,
and verify reports it here, at the ``url`` line, with what to write instead
(``https://www.example.org/report``; a DOI as ``https://doi.org/…``). An address holding
a blank, a control or invisible character, a quote mark, a backtick, a backslash or an
angle bracket is refused too.

An error: a wrong url is a wrong field, whose fix is in the registry. It names no claim,
so the claims of the source keep their status; it cannot be accepted.
"""

from __future__ import annotations

from collections.abc import Iterator

from desertcheck.checks.base import RegistryContext
from desertcheck.codes import Code
from desertcheck.findings import Finding
from desertcheck.weburl import url_problem

CODE = Code.URL_NOT_WEB
KIND = "registry"


def check(ctx: RegistryContext) -> Iterator[Finding]:
    registry = ctx.registry
    works = [(f"source {s.id!r}", s.meta.url, s.meta.where) for s in registry.sources.values()]
    works += [(f"origin {oid!r}", o.url, o.where) for oid, o in registry.origins.items()]
    for what, url, where in works:
        if url is not None and (problem := url_problem(url)):
            line, column = where.of("url")
            yield Finding.of(
                CODE,
                f"{what}: url {problem}",
                where.file,
                line or 1,
                column or 1,
            )
