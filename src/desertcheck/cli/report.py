"""``desertcheck report``."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from desertcheck.cli.common import RootOption, fail, finish, seen_from_here

if TYPE_CHECKING:
    from desertcheck.cache.checks import CheckCache
    from desertcheck.registry import LoadResult

#: ``-o FILE`` of the HTML pages (report, audit --format html).
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write to FILE (atomically) instead of stdout.",
        dir_okay=False,
    ),
]


def report(
    out: OutputOption = None,
    title: Annotated[
        str | None,
        typer.Option(
            "--title",
            metavar="TEXT",
            help="The page's title, as given (default: desertcheck report).",
        ),
    ] = None,
    root: RootOption = None,
) -> None:
    """Write the registry as one self-contained HTML page: a summary, the disputes with
    the claims side by side, a chart for each measure and scope with several claims, the
    claims in a table that sorts and filters, and the sources.

    The page opens offline and loads nothing (its Content-Security-Policy forbids it).
    It needs the report extra: pip install 'desertcheck[report]'. See docs/report.md.

    Exit 0 (the report is not a gate; run verify for that), 1 when the registry has
    loading errors (printed on stderr; what loaded is still reported), 2 on a usage error
    or when the report extra is missing.
    """
    from desertcheck.cli.run_audit import refuse_html_here
    from desertcheck.reporters import Options
    from desertcheck.reporters.html import FORMATS

    refuse_html_here(out, "report")
    if out is not None and not out.absolute().parent.is_dir():
        fail(f"-o {out}: no such folder {out.absolute().parent}; create it first")
    if out is not None:
        from desertcheck.cli.flow import refuse_registry_output

        refuse_registry_output(out)
    from desertcheck.cli.flow import progress_bar
    from desertcheck.report.build import build_report

    loaded, cache = _load(root)
    data = build_report(loaded, cache=cache, bar=progress_bar)
    if title is not None:
        if not title.strip():
            fail("--title: give some text; it must not be empty")
        from desertcheck.report.passages import shown

        data = replace(data, title=shown(title))  # escaped on the page like registry text
    n = len(data.claims)
    finish(
        data,
        FORMATS,
        "html",
        Options(here=seen_from_here(loaded.registry.root)),
        findings=data.load_findings,
        out=out,
        wrote=wrote(n),
    )


def wrote(n: int) -> str:
    """What was written, its count grouped as verify writes it ("4,063 claims")."""
    return f"the report of {n:,} claim{'s' if n != 1 else ''}"


def _load(root: Path | None) -> tuple[LoadResult, CheckCache | None]:
    """The registry, and verify's results kept in the cache (``.desertcheck-cache``) when
    the cache is on: the claims files read and the claims checked as ``verify`` and
    ``audit`` keep them, and a whole run for an unchanged registry. No page is stored or
    replayed: it says when it was made, and ``-o`` writes it to a file."""
    from desertcheck.cli.flow import load_found, registry_root
    from desertcheck.launch import cache_enabled

    found = registry_root(root)
    if not cache_enabled():
        return load_found(found), None
    from desertcheck.cache.checks import CheckCache
    from desertcheck.cache.claims import ClaimFileCache
    from desertcheck.cache.reports import ReportCache
    from desertcheck.registry import load_registry

    kept = ReportCache(found, ("report",))  # its store and files' digests: never looked up
    kept.snapshot()  # every file digested before it is read
    loaded = load_registry(found, cache=ClaimFileCache(kept.store, kept.manifest))
    return loaded, CheckCache(kept.store, kept.manifest)
