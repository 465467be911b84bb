"""``desertcheck scan``."""

from __future__ import annotations

from typing import Annotated

import typer

from desertcheck.cli.common import (
    RootOption,
    StrictOption,
    fail,
    finish,
    format_option,
    load,
    optional_metavar,
)
from desertcheck.cli.values import number
from desertcheck.reporters.scan import FORMATS


# Long only because typer declares each option in the signature; the body is short.
def scan(
    sources: Annotated[
        list[str] | None,
        typer.Argument(
            metavar=optional_metavar("SOURCE", many=True),
            help="Source ids to scan (default: every source).",
            show_default=False,
        ),
    ] = None,
    missing: Annotated[
        bool, typer.Option("--missing", help="List only the figures no claim registers.")
    ] = False,
    min_coverage: Annotated[
        float | None,
        typer.Option(
            "--min-coverage",
            metavar="N",
            parser=number(low=0, high=100),
            help="Exit 1 when under N percent of the figures are registered.",
        ),
    ] = None,
    stubs: Annotated[
        bool,
        typer.Option(
            "--stubs", help="Print a claim in registry YAML for every unregistered figure."
        ),
    ] = False,
    write: Annotated[
        bool,
        typer.Option(
            "--write", help="Append those claims to claims/<source>.yaml (implies --stubs)."
        ),
    ] = False,
    fmt: Annotated[str | None, format_option(FORMATS)] = None,
    strict: StrictOption = False,
    root: RootOption = None,
) -> None:
    """Every figure the sources state, and whether a claim registers it.

    A table per source (line:column, figure, the claim that registers it or the reason it
    is excluded, the sentence) and a coverage line; figures are what verify's quantity
    parser finds (years, dates, article numbers, footnote markers and list numbering are
    not figures). Exclusions — figures that are not statistics — are listed under
    [[scan.exclude]] in desertcheck.toml. With --stubs, a claim is drafted for every
    unregistered figure; fields the tool cannot know are left todo, which verify reports
    until they are filled (docs/authoring.md).

    Exit 0 (it is a report), 1 with --min-coverage when coverage is under N percent or when
    the registry does not load, 2 on a usage error.
    """
    from desertcheck.authoring.scan import scan as run_scan
    from desertcheck.authoring.stubs import AuthoringError, report
    from desertcheck.config import load_config
    from desertcheck.reporters import Options

    loaded = load(root)
    registry = loaded.registry
    for sid in sources or ():
        if sid not in registry.sources:
            from desertcheck.suggest import did_you_mean

            hint = did_you_mean(sid, registry.sources)
            fail(f"no source {sid!r} in sources/{'; ' + hint if hint else ''}")
    config, config_findings = load_config(registry.root)
    result = run_scan(
        loaded,
        config,
        sources=sources or (),
        min_coverage=min_coverage,
        missing_only=missing,
        extra=config_findings,
    )
    try:
        outcome = report(result, draft_stubs=stubs, write_them=write)
    except AuthoringError as exc:
        fail(str(exc))
    fmt = fmt or "table"
    from desertcheck.reporters.scan import loading

    on_stderr = [f for f in result.findings if loading(f)] if fmt == "table" else []
    if stubs and write:  # "claims/ holds no claims yet" is no longer so once they are written
        from desertcheck.codes import Code

        on_stderr = [f for f in on_stderr if f.code != Code.NO_CLAIMS]
    if any((f.file or "").startswith("claims/") for f in on_stderr):
        # said before the tables: their "not registered" figures may be in a file that
        # did not load, and a maintainer reading from the top would draft them again
        from desertcheck.cli.flow import echo_err, finding_lines, said

        lost = "the claims of a file that did not load are not counted: figures they register"
        echo_err(*finding_lines(on_stderr), said("note", f"{lost} show as not registered"))
        on_stderr = []
    finish(outcome, FORMATS, fmt, Options(strict=strict), findings=on_stderr)
