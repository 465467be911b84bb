"""`desertcheck export`: registered on the app when desertcheck.cli is imported."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from desertcheck.cli import (
    MeasureFilter,
    RootOption,
    ScopeFilter,
    SearchFilter,
    SourceFilter,
    TagFilter,
    app,
    fail,
    load,
    note_unmatched,
    print_findings,
)
from desertcheck.findings import EXIT_USAGE
from desertcheck.selection import SortKey


class ExportFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
    claimreview = "claimreview"


class Status(StrEnum):
    verified = "verified"
    warning = "warning"
    error = "error"


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _check_options(
    fmt: ExportFormat, excel: bool, with_text: bool, date: str | None, out: Path | None
) -> None:
    """Usage errors (exit 2) found before any work is done."""
    if excel and fmt is not ExportFormat.csv:
        fail("--excel applies to --format csv only")
    if with_text and fmt is not ExportFormat.json:
        fail("--with-text applies to --format json only")
    if date is not None:
        if fmt is not ExportFormat.claimreview:
            fail("--date applies to --format claimreview only")
        from datetime import date as Date

        try:
            if not _DATE.fullmatch(date):
                raise ValueError
            Date.fromisoformat(date)
        except ValueError:
            fail(f"--date {date!r}: write the review's publication date as YYYY-MM-DD")
    if out is not None:
        if out.is_dir():
            fail(f"-o {out}: is a folder; give a file name")
        folder = out.absolute().parent
        if not folder.is_dir():
            fail(f"-o {out}: no such folder {folder}; create it first")


@app.command()
def export(
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ExportFormat.json,
    out: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to FILE (atomically: replaced whole or not at all) instead of stdout.",
            metavar="FILE",
            dir_okay=False,
        ),
    ] = None,
    status: Annotated[
        list[Status] | None,
        typer.Option(
            "--status",
            metavar="STATUS",
            help="Only claims with this verify status: verified, warning or error (repeatable).",
        ),
    ] = None,
    source: SourceFilter = None,
    measure: MeasureFilter = None,
    scope: ScopeFilter = None,
    tag: TagFilter = None,
    search: SearchFilter = None,
    sort: Annotated[SortKey, typer.Option("--sort", help="Order of the claims.")] = SortKey.file,
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
    from desertcheck import export as ex
    from desertcheck import output
    from desertcheck.checks import BY_CODE
    from desertcheck.config import CONFIG_FILE, load_config
    from desertcheck.findings import EXIT_FINDINGS, EXIT_OK, Severity
    from desertcheck.selection import select_claims, sort_claims
    from desertcheck.text import sanitize
    from desertcheck.verify import verify

    _check_options(fmt, excel, with_text, date, out)
    loaded = load(root)
    registry = loaded.registry
    config, config_findings = load_config(registry.root, set(BY_CODE))
    author, url_base = config.claimreview_author, config.claimreview_url
    if fmt is ExportFormat.claimreview and not (author and url_base):
        print_findings(config_findings)
        message = ex.claimreview_refusal(
            ex.claimreview_missing(author, url_base), str(registry.root / CONFIG_FILE)
        )
        typer.echo(sanitize(message, keep_newlines=True), err=True, nl=False)
        raise typer.Exit(EXIT_USAGE)

    result = verify(loaded, config, extra=config_findings)
    statuses = {s.id: s for s in result.claims}
    chosen = select_claims(
        registry, source=source, measure=measure, scope=scope, tag=tag, search=search
    )
    note_unmatched(registry, source=source, measure=measure, scope=scope, tag=tag)
    if status:
        wanted = {s.value for s in status}
        chosen = [c for c in chosen if statuses[c.id].status in wanted]
    claims = sort_claims(chosen, sort)
    complete = not (source or measure or scope or tag or search or status)

    if fmt is ExportFormat.json:
        text = ex.to_json(registry, claims, statuses, complete=complete, with_text=with_text)
    elif fmt is ExportFormat.jsonl:
        text = ex.to_jsonl(claims, statuses)
    elif fmt is ExportFormat.csv:
        text = ex.to_csv(claims, statuses, bom=excel)
    elif fmt is ExportFormat.markdown:
        text = ex.to_markdown(registry, claims, statuses)
    else:
        text = ex.to_claimreview(
            registry, claims, statuses, author=author or "", url_base=url_base or "", date=date
        )

    if out is None:
        output.emit(text)
    else:
        try:
            output.write_atomic(out, text)
        except OSError as exc:
            fail(f"cannot write {out}: {exc.strerror or exc}")
        typer.echo(f"desertcheck: wrote {len(claims)} claims to {out} ({fmt.value})", err=True)
    problems = [*loaded.findings, *config_findings]
    print_findings(problems)
    raise typer.Exit(
        EXIT_FINDINGS if any(f.severity is Severity.ERROR for f in problems) else EXIT_OK
    )
