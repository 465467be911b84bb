"""``desertcheck export``."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated

import typer

from desertcheck.cli.common import (
    MeasureFilter,
    NoCacheOption,
    RootOption,
    ScopeFilter,
    SearchFilter,
    SourceFilter,
    TagFilter,
    fail,
    finish,
    format_option,
    load,
    one_of,
)
from desertcheck.findings import EXIT_USAGE
from desertcheck.reporters.export import FORMATS
from desertcheck.selection import Filters, SortKey
from desertcheck.vocabulary import STATUSES

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _check_options(
    fmt: str, excel: bool, with_text: bool, date: str | None, out: str | None
) -> None:
    """Usage errors (exit 2) found before any work is done."""
    if excel and fmt != "csv":
        fail("--excel applies to --format csv only")
    if with_text and fmt != "json":
        fail("--with-text applies to --format json only")
    if date is not None:
        if fmt != "claimreview":
            fail("--date applies to --format claimreview only")
        from datetime import date as Date

        try:
            if not _DATE.fullmatch(date):
                raise ValueError
            Date.fromisoformat(date)
        except ValueError:
            fail(f"--date {date!r}: write the review's publication date as YYYY-MM-DD")
    if out is not None:
        path = Path(out)
        if path.is_dir() or out.endswith(("/", os.sep)):
            fail(f"-o {out}: is a folder; give a file name")
        folder = path.absolute().parent
        if not folder.is_dir():
            fail(f"-o {out}: no such folder {folder}; create it first")


# Long only because typer declares each option in the signature; the body is short.
def export(
    fmt: Annotated[str | None, format_option(list(FORMATS), default="json")] = None,
    out: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to FILE (atomically: replaced whole or not at all) instead of stdout.",
            metavar="FILE",
        ),
    ] = None,
    status: Annotated[
        list[str] | None,
        typer.Option(
            "--status",
            metavar="|".join(STATUSES),
            help="Only claims with this verify status (repeatable).",
            callback=one_of(STATUSES, "a verify status", many=True),
        ),
    ] = None,
    source: SourceFilter = None,
    measure: MeasureFilter = None,
    scope: ScopeFilter = None,
    tag: TagFilter = None,
    search: SearchFilter = None,
    sort: Annotated[
        SortKey, typer.Option("--sort", metavar="|".join(SortKey), help="Order of the claims.")
    ] = SortKey.file,
    excel: Annotated[
        bool, typer.Option("--excel", help="csv: start with the UTF-8 BOM that Excel needs.")
    ] = False,
    with_text: Annotated[
        bool, typer.Option("--with-text", help="json: include each source's full text.")
    ] = False,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="YYYY-MM-DD",
            help="claimreview: the reviews' datePublished (left out when not given).",
        ),
    ] = None,
    root: RootOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Export claims with their verify status: json, jsonl, csv, markdown or claimreview.

    json holds claims (every field, plus status and finding codes), sources, origins and
    relations; jsonl one claim a line; csv one row a claim, safe to open in a spreadsheet;
    markdown an editor's fact sheet grouped by measure with source footnotes; claimreview
    schema.org ClaimReview JSON-LD, which needs the claimreview author and url set in
    desertcheck.toml. Filters combine as in `desertcheck list`. The shapes are documented
    in docs/export.md.

    Exit 0 (export is not a gate; run verify for that), 1 when the registry has loading
    errors (printed on stderr; what loaded is still exported), 2 on a usage error.
    """
    from desertcheck.export import ExportRefused, build
    from desertcheck.reporters import Options
    from desertcheck.text import sanitize

    fmt = fmt or "json"
    _check_options(fmt, excel, with_text, date, out)
    given = [status, source, measure, scope, tag, search, sort.value, excel, with_text, date]
    key = None if no_cache or out is not None else ["export", fmt, given]
    loaded = load(root, cache=key)
    filters = Filters(source or [], measure or [], scope or [], tag or [], search, sort)
    try:
        result = build(
            loaded,
            filters,
            statuses=status or (),
            claimreview=fmt == "claimreview",
            with_text=with_text,
            bom=excel,
            date=date,
        )
    except ExportRefused as exc:
        typer.echo(sanitize(str(exc), keep_newlines=True), err=True, nl=False)
        raise typer.Exit(EXIT_USAGE) from None
    n = len(result.claims)
    finish(
        result,
        FORMATS,
        fmt,
        Options(),
        notes=filters.notes(loaded.registry),
        findings=result.findings,
        out=Path(out) if out is not None else None,
        wrote=f"{n} claim{'s' if n != 1 else ''}",
    )
