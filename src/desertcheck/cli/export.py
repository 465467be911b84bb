"""``desertcheck export``."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from desertcheck.cli.common import (
    MeasureFilter,
    NoCacheOption,
    RootOption,
    ScopeFilter,
    SearchFilter,
    SortOption,
    SourceFilter,
    TagFilter,
    fail,
    finish,
    format_option,
    load,
    say,
    seen_from_here,
)
from desertcheck.cli.values import one_of
from desertcheck.findings import EXIT_USAGE
from desertcheck.reporters.export import FORMATS
from desertcheck.selection import Filters, SortKey
from desertcheck.vocabulary import STATUSES

if TYPE_CHECKING:
    from desertcheck.export import ExportResult

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _check_options(
    fmt: str, excel: bool, with_text: bool, date: str | None, out: str | None
) -> None:
    """Usage errors (exit 2) found before any work is done."""
    _check_output(out)
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


def _check_output(out: str | None) -> None:
    if out is not None:
        path = Path(out)
        if path.is_dir() or out.endswith(("/", os.sep)):
            fail(f"-o {out}: is a folder; give a file name")
        folder = path.absolute().parent
        if not folder.is_dir():
            fail(f"-o {out}: no such folder {folder}; create it first")
        from desertcheck.cli.flow import refuse_registry_output

        refuse_registry_output(out)


def _check_per_claim(fmt: str, per_claim: Path | None) -> None:
    if per_claim is None:
        return
    if fmt != "claimreview":
        fail("--per-claim applies to --format claimreview only")
    if per_claim.exists() and not per_claim.is_dir():
        fail(f"--per-claim {per_claim}: is a file; give a folder")
    if not per_claim.absolute().parent.is_dir():
        fail(f"--per-claim {per_claim}: no such folder {per_claim.absolute().parent}")
    from desertcheck.files import registry_part

    part = registry_part(per_claim / "review.jsonld")
    if part is not None:
        fail(f"--per-claim {per_claim}: is in the registry's {part}: give a folder outside it")


def _write_per_claim(result: ExportResult, folder: Path) -> None:
    """One JSON-LD file a review, ``FOLDER/<claim id>.jsonld``, each written atomically."""
    from desertcheck.claimreview import json_ld
    from desertcheck.files import write_atomic
    from desertcheck.reporters.export import reviews

    try:
        folder.mkdir(exist_ok=True)
        done = reviews(result)
        for claim_id, review in done.items():
            write_atomic(folder / f"{claim_id}.jsonld", json_ld(review))
    except OSError as exc:
        fail(f"--per-claim {folder}: cannot write: {exc.strerror or exc}")
    from desertcheck.vocabulary import plural

    say("note", f"wrote {plural(len(done), 'ClaimReview file')} to {folder}")


# Long only because typer declares each option in the signature; the body is short.
def _today() -> str:
    from datetime import date

    return date.today().isoformat()


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
    sort: SortOption = "file",
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
            help="claimreview: the reviews' datePublished [default: today].",
        ),
    ] = None,
    per_claim: Annotated[
        Path | None,
        typer.Option(
            "--per-claim",
            metavar="DIR",
            help="claimreview: also write each review to DIR/<claim id>.jsonld, one a page.",
            file_okay=False,
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
    desertcheck.toml; a claim that fails verify is never exported as a review (it is named
    on stderr). Filters combine as in `desertcheck list`. The shapes are documented in
    docs/export.md.

    Exit 0 (export is not a gate; run verify for that), 1 when the registry has loading
    errors (printed on stderr; what loaded is still exported), 2 on a usage error.
    """
    from desertcheck.export import ExportRefused, build
    from desertcheck.reporters import Options
    from desertcheck.text import sanitize

    fmt = fmt or "json"
    _check_options(fmt, excel, with_text, date, out)
    _check_per_claim(fmt, per_claim)
    # a ClaimReview without --date is dated today, so a report kept yesterday is not today's
    date = date or (_today() if fmt == "claimreview" else None)
    given = [status, source, measure, scope, tag, search, sort, excel, with_text, date]
    uncached = no_cache or out is not None or per_claim is not None
    key = None if uncached else ["export", fmt, given]
    loaded = load(root, cache=key)
    filters = Filters(source or [], measure or [], scope or [], tag or [], search, SortKey(sort))
    if typos := filters.typos(loaded.registry):
        fail(typos[0], notes=typos[1:])  # a mistyped slug is not an empty selection
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
        from desertcheck.reporters.terminal import stream_is_tty

        said = str(exc) if stream_is_tty(stderr=True) else exc.lines  # a pipe: line by line
        typer.echo(sanitize(said, keep_newlines=True), err=True, nl=False)
        raise typer.Exit(EXIT_USAGE) from None
    from desertcheck.claimreview import left_out_note
    from desertcheck.export import urls_left_out

    warnings = [left_out_note(claim, result.statuses[claim.id]) for claim in result.left_out]
    warnings += urls_left_out(loaded.registry, result.claims, fmt, complete=result.complete)
    if result.unloaded:  # a reader of a CSV or JSON Lines file cannot tell: said here
        n = result.unloaded
        warnings.append(
            f"the export is incomplete: the registry has {n:,} "
            f"{'error that keeps' if n == 1 else 'errors that keep'} claims from loading "
            "(below); those claims are not in it (exit 1)"
        )
    if per_claim is not None:
        _write_per_claim(result, per_claim)
    from desertcheck.vocabulary import plural

    finish(
        result,
        FORMATS,
        fmt,
        Options(here=seen_from_here(loaded.registry.root)),
        notes=filters.notes(loaded.registry, result.claims),
        findings=result.findings,
        out=Path(out) if out is not None else None,
        wrote=plural(len(result.claims), "claim"),  # "4,063 claims", as verify counts
        warnings=warnings,
    )
