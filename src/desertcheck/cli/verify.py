"""``desertcheck verify``."""

from __future__ import annotations

from typing import Annotated

import typer

from desertcheck.cli.common import (
    JobsOption,
    NoCacheOption,
    RootOption,
    StrictOption,
    check_cache,
    chosen,
    fail,
    finish,
    format_option,
    load,
    path_prefix,
    progress_bar,
    seen_from_here,
    unknown_claim,
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
    from desertcheck.codes import CodeError, parse_codes

    try:
        selected = parse_codes(select, what="--select")
        ignored = parse_codes(ignore, what="--ignore", ignorable=True)
    except CodeError as exc:
        fail(str(exc))
    from desertcheck.launch import verify_key

    fmt = chosen(fmt, ci=True)
    key = verify_key(fmt, strict, selected, ignored, claim or [], quiet)
    loaded = load(root, cache=None if no_cache else key)
    from desertcheck.config import load_config
    from desertcheck.reporters import Options
    from desertcheck.verify import verify as run_verify

    registry = loaded.registry
    for cid in claim or ():
        if registry.claim(cid) is None:
            unknown_claim(loaded, cid, "--claim")
    config, config_findings = load_config(registry.root)
    cache = check_cache()
    with progress_bar("verifying", len(registry.claims)) as tick:
        result = run_verify(
            loaded,
            config,
            select=selected or None,
            ignore=ignored or None,
            claim_ids=claim or None,
            extra=config_findings,
            progress=tick,
            cache=cache,
            jobs=jobs,
        )
    options = Options(
        prefix=path_prefix(registry.root),
        here=seen_from_here(registry.root),
        strict=strict,
        quiet=quiet,
    )
    finish(result, FORMATS, fmt, options)
