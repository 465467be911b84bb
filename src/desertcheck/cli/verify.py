"""``desertcheck verify``."""

from __future__ import annotations

from typing import Annotated

import typer

from desertcheck.cli.common import (
    JobsOption,
    NoCacheOption,
    RootOption,
    StrictOption,
    format_option,
)
from desertcheck.cli.complete import complete_claims, complete_codes
from desertcheck.reporters.verify import FORMATS


# Long only because typer declares each option in the signature; the body is short.
def verify(
    fmt: Annotated[str | None, format_option(list(FORMATS), ci=True)] = None,
    strict: StrictOption = False,
    select: Annotated[
        list[str] | None,
        typer.Option(
            "--select",
            metavar="CODES",
            help="Report only these codes (comma-separated or repeated; docs/checks.md).",
            autocompletion=complete_codes,
        ),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option(
            "--ignore",
            metavar="CODES",
            help="Leave out these codes (comma-separated or repeated). Loader errors "
            "cannot be ignored.",
            autocompletion=complete_codes,
        ),
    ] = None,
    claim: Annotated[
        list[str] | None,
        typer.Option(
            "--claim",
            metavar="ID",
            help="Verify only this claim (repeatable); still checked against the rest.",
            autocompletion=complete_claims,
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Table format: only problems and the summary.")
    ] = False,
    root: RootOption = None,
    no_cache: NoCacheOption = False,
    jobs: JobsOption = 0,
) -> None:
    """Verify the registry: every quote is in its source and states its figure.

    Per claim: quote-not-found, value-not-in-quote (errors), qualifier-mismatch and
    statement-mismatch (warnings). Across claims: contradiction, attribution-drift,
    series-decrease, relation-violated (warnings) and relation-qualified (info). Every code
    is explained in docs/checks.md; desertcheck.toml at the registry root sets tolerance,
    severities and codes to ignore.

    Exit 0 when there is no error, 1 on errors (or on warnings with --strict), 2 on a usage
    error or when no registry is found (docs/exit-codes.md).
    """
    from desertcheck.cli.run_verify import run

    run(fmt, strict, select, ignore, claim, quiet, root, no_cache, jobs)
