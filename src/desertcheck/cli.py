"""The command line: options, wiring and exit codes. The work happens in the core modules."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, TypeVar

import typer

from desertcheck import __version__
from desertcheck.findings import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, Finding, Severity
from desertcheck.selection import (
    SortKey,
    claim_record,
    claims_csv,
    select_claims,
    sort_claims,
)

if TYPE_CHECKING:
    from desertcheck.registry import LoadResult, Registry

F = TypeVar("F", bound=StrEnum)

app = typer.Typer(
    name="desertcheck",
    help="Fact-check statistics against the exact words of their sources.\n\n"
    "The registry is the folder holding claims/ and sources/: --root DIR, else "
    "$DESERTCHECK_ROOT, else the nearest folder above the working directory with claims/.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # help text is shown as written: "[default: ...]" is not markup
    context_settings={"help_option_names": ["-h", "--help"]},
)


class _State:
    debug: bool = False
    root: Path | None = None


_state = _State()

RootOption = Annotated[
    Path | None,
    typer.Option(
        "--root",
        help="Registry folder (holding claims/ and sources/).",
        show_default=False,
        file_okay=False,
    ),
]


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """One clean line on stderr and an exit code; never a traceback."""
    from desertcheck.output import clean

    typer.echo(f"desertcheck: error: {clean(message)}", err=True)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"desertcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    root: RootOption = None,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show a traceback when something goes wrong inside.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    _state.debug = debug
    _state.root = root


def load(root: Path | None) -> LoadResult:
    """The registry at ``--root`` (command's, then global), or exit 2 saying where we looked."""
    from desertcheck.registry import RootNotFound, find_root, load_registry

    given = root if root is not None else _state.root
    try:
        found = find_root(given)
    except RootNotFound as exc:
        fail(str(exc))
    return load_registry(found)


def print_findings(findings: tuple[Finding, ...] | list[Finding]) -> None:
    """Loader findings on stderr, one line each, after a command's results."""
    from desertcheck.output import clean

    for f in findings:
        typer.echo(f"{f.location}: {f.severity.value}: {clean(f.message)} [{f.code}]", err=True)


def note_unmatched(registry: Registry, **filters: list[str] | None) -> None:
    """Say on stderr which filter values match no claim at all (usually a typo)."""
    from desertcheck.output import clean
    from desertcheck.selection import unmatched_filters

    for note in unmatched_filters(registry, **filters):
        typer.echo(f"desertcheck: note: {clean(note)}", err=True)


def findings_exit(findings: tuple[Finding, ...] | list[Finding]) -> int:
    return EXIT_FINDINGS if any(f.severity is Severity.ERROR for f in findings) else EXIT_OK


# -- list ----------------------------------------------------------------------------------


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


SourceFilter = Annotated[
    list[str] | None,
    typer.Option("--source", metavar="ID", help="Only claims from this source id (repeatable)."),
]
MeasureFilter = Annotated[
    list[str] | None,
    typer.Option("--measure", metavar="SLUG", help="Only claims of this measure (repeatable)."),
]
ScopeFilter = Annotated[
    list[str] | None,
    typer.Option("--scope", metavar="SLUG", help="Only claims of this scope (repeatable)."),
]
TagFilter = Annotated[
    list[str] | None,
    typer.Option("--tag", metavar="TAG", help="Only claims with this tag (repeatable)."),
]
SearchFilter = Annotated[
    str | None,
    typer.Option(
        "--search", metavar="TEXT", help="Only claims whose statement or quote contains TEXT."
    ),
]


@app.command("list")
def list_claims(
    source: SourceFilter = None,
    measure: MeasureFilter = None,
    scope: ScopeFilter = None,
    tag: TagFilter = None,
    search: SearchFilter = None,
    sort: Annotated[SortKey, typer.Option("--sort", help="Order of the rows.")] = SortKey.file,
    fmt: Annotated[
        ListFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ListFormat.table,
    root: RootOption = None,
) -> None:
    """List the claims of the registry: figure, measure, scope, period and source.

    Filters combine (a claim must pass all); a filter given twice accepts either value.
    Problems found while loading the registry are printed after the list, on stderr, and
    make the exit code 1 when any is an error.
    """
    from desertcheck import output

    result = load(root)
    claims = sort_claims(
        select_claims(
            result.registry, source=source, measure=measure, scope=scope, tag=tag, search=search
        ),
        sort,
    )
    note_unmatched(result.registry, source=source, measure=measure, scope=scope, tag=tag)
    header = ["id", "figure", "measure", "scope", "period", "source"]
    if fmt is ListFormat.json:
        data = {
            "claims": [claim_record(c) for c in claims],
            "findings": [f.to_dict() for f in result.findings],
        }
        typer.echo(output.to_json(data))
    elif fmt is ListFormat.csv:
        output.emit(output.csv_text(*claims_csv(claims)))
    else:
        rows = [
            [c.id, output.figure(c), c.measure, c.scope, str(c.period), c.source] for c in claims
        ]
        if output.is_terminal():
            from rich.text import Text

            tbl = output.table(None, header)
            for row in rows:
                tbl.add_row(*(Text(output.clean(v)) for v in row))
            con = output.console()
            con.print(tbl)
            con.print(Text(f"{len(claims)} of {len(result.registry.claims)} claims", style="dim"))
        else:
            sys.stdout.write(output.plain_rows(header, rows))
    print_findings(result.findings)
    raise typer.Exit(findings_exit(result.findings))


# -- show ----------------------------------------------------------------------------------


@app.command()
def show(
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="The claim's id.")],
    root: RootOption = None,
) -> None:
    """Show one claim in full: its source, its quote in context, its relations and what
    verify says of it. Exit 1 when verify finds an error in it."""
    import difflib

    result = load(root)
    registry = result.registry
    claim = registry.claim(claim_id)
    if claim is None:
        close = difflib.get_close_matches(claim_id, registry.claim_ids, n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        fail(f"no claim with id {claim_id!r}{hint} (desertcheck list shows them all)")
    from desertcheck.config import load_config
    from desertcheck.showing import render_claim
    from desertcheck.verify import verify as run_verify

    config, config_findings = load_config(registry.root)
    verified = run_verify(result, config, claim_ids=[claim.id], extra=config_findings)
    source_file = f"sources/{claim.source}.md"
    mine = [f for f in verified.findings if claim.id in f.claims or f.file == source_file]
    render_claim(registry, claim, verified.claims[0].status, mine)
    raise typer.Exit(findings_exit(mine))


# -- verify --------------------------------------------------------------------------------


#: --format for reports that CI reads: table by default, github annotations under Actions
CI_FORMAT_OPTION = typer.Option(
    "--format",
    "-f",
    help="Output format [default: table; github when GITHUB_ACTIONS is set].",
    show_default=False,
)


def ci_default(fmt: F | None, formats: type[F]) -> F:
    """``fmt``, or the default: ``github`` when running under GitHub Actions, else ``table``."""
    import os

    if fmt is not None:
        return fmt
    return formats("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "table")


class VerifyFormat(StrEnum):
    table = "table"
    json = "json"
    github = "github"
    sarif = "sarif"
    junit = "junit"


def split_codes(values: list[str] | None) -> list[str]:
    """``--select a,b --select c`` -> [a, b, c]."""
    return [c.strip() for v in values or () for c in v.split(",") if c.strip()]


def check_codes(codes: list[str], option: str) -> None:
    from desertcheck.checks import BY_CODE

    unknown = [c for c in codes if c not in BY_CODE]
    if unknown:
        fail(
            f"{option}: unknown code {unknown[0]!r}; the codes are: {', '.join(BY_CODE)} "
            "(see docs/checks.md)"
        )


PROGRESS_MIN = 2000  # claims: below this, verify is quick enough to need no progress bar


@contextlib.contextmanager
def progress_bar(what: str, total: int) -> Iterator[Callable[[int], None] | None]:
    """A transient progress bar on stderr for long work in a terminal; nothing otherwise."""
    from desertcheck import output

    if total < PROGRESS_MIN or not output.stream_is_tty(stderr=True):
        yield None
        return
    from rich.progress import Progress

    with Progress(console=output.console(stderr=True), transient=True) as bar:
        task = bar.add_task(what, total=total)
        yield lambda i: bar.update(task, completed=i + 1)


def path_prefix(root: Path) -> str:
    """The registry root as seen from the working directory ('' when they are the same)."""
    try:
        rel = root.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return root.resolve().as_posix()
    return "" if str(rel) == "." else rel.as_posix()


@app.command()
def verify(
    fmt: Annotated[
        VerifyFormat | None,
        CI_FORMAT_OPTION,
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Fail (exit 1) on warnings too, not only errors.")
    ] = False,
    select: Annotated[
        list[str] | None,
        typer.Option(
            "--select",
            metavar="CODES",
            help="Run only these check codes (comma-separated or repeated).",
        ),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option(
            "--ignore",
            metavar="CODES",
            help="Skip these check codes (comma-separated or repeated).",
        ),
    ] = None,
    claim: Annotated[
        list[str] | None,
        typer.Option(
            "--claim",
            metavar="ID",
            help="Verify only this claim (repeatable); still checked against the rest.",
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Table format: only problems and the summary.")
    ] = False,
    root: RootOption = None,
) -> None:
    """Verify the registry: every quote is in its source and states its figure.

    Per claim: quote-not-found, value-not-in-quote (errors), qualifier-mismatch and
    statement-mismatch (warnings). Across claims: contradiction, attribution-drift,
    series-decrease, relation-violated (warnings) and relation-qualified (info). Each code
    is explained in docs/checks.md; desertcheck.toml at the registry root sets tolerance,
    severities and codes to ignore.

    Exit 0 when there is no error, 1 on errors (or on warnings with --strict), 2 on a usage
    error or when no registry is found.
    """

    from desertcheck import output
    from desertcheck.checks import BY_CODE
    from desertcheck.config import load_config
    from desertcheck.findings import exit_code
    from desertcheck.verify import verify as run_verify

    selected, ignored = split_codes(select), split_codes(ignore)
    check_codes(selected, "--select")
    check_codes(ignored, "--ignore")
    fmt = ci_default(fmt, VerifyFormat)
    loaded = load(root)
    registry = loaded.registry
    for cid in claim or ():
        if registry.claim(cid) is None:
            import difflib

            close = difflib.get_close_matches(cid, registry.claim_ids, n=3, cutoff=0.5)
            fail(
                f"--claim: no claim {cid!r}"
                + (f"; did you mean {', '.join(close)}?" if close else "")
            )
    config, config_findings = load_config(registry.root, set(BY_CODE))
    with progress_bar("verifying", len(registry.claims)) as tick:
        result = run_verify(
            loaded,
            config,
            select=selected or None,
            ignore=ignored or None,
            claim_ids=claim or None,
            extra=config_findings,
            progress=tick,
        )
    if fmt is VerifyFormat.table:
        from desertcheck.reporters.table import render

        with output.trimmed(output.console()) as con:
            render(result, con, quiet=quiet, strict=strict)
    else:
        from desertcheck import reporters

        report = reporters.get(fmt.value)
        sys.stdout.write(report(result, path_prefix(registry.root), strict=strict))
    raise typer.Exit(exit_code(result.findings, strict=strict))


# Commands kept in their own modules register themselves on `app` when imported; each
# imports what it needs inside its function, so this costs little at start-up.
from desertcheck import cli_audit, cli_diff, cli_export  # noqa: E402, F401 - needs `app`


def main() -> None:
    """Entry point: run the app; an unexpected error is one line unless --debug is given."""
    if sys.stdout is None:  # started with stdout closed (`desertcheck verify >&-`)
        if sys.stderr is not None:
            sys.stderr.write("desertcheck: error: standard output is closed\n")
        sys.exit(EXIT_USAGE)
    try:
        app(prog_name="desertcheck")
    except BrokenPipeError:  # `desertcheck list | head -1`: the reader has what it wanted
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - nothing more is written
        sys.exit(EXIT_OK)
    except OSError as exc:  # the system said no: disk full, device gone, ...
        if _state.debug or "--debug" in sys.argv[1:]:
            raise
        from desertcheck.output import clean

        where = f": {exc.filename}" if exc.filename else " (writing the output)"
        typer.echo(f"desertcheck: error: {clean(exc.strerror or exc)}{clean(where)}", err=True)
        sys.exit(EXIT_USAGE)
    except Exception as exc:  # the last line of defence: no traceback reaches a user
        if _state.debug or "--debug" in sys.argv[1:]:
            raise
        from desertcheck.output import clean

        typer.echo(
            f"desertcheck: internal error: {clean(type(exc).__name__)}: {clean(exc)}\n"
            "This is a bug in desertcheck; rerun with --debug for the traceback and report it.",
            err=True,
        )
        sys.exit(3)
