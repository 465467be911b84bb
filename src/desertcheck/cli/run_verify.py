"""What ``desertcheck verify`` does with its options: without typer, so that the entry
point runs it directly (:func:`desertcheck.launch._direct`) as the command line does."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desertcheck.cli.flow import (
    armed,
    check_cache,
    fail,
    finish,
    load_found,
    path_prefix,
    progress_bar,
    seen_from_here,
    unknown_claim,
)
from desertcheck.launch import chosen, verify_key
from desertcheck.reporters.verify import FORMATS


def run(
    fmt: str | None,
    strict: bool,
    select: Sequence[str] | None,
    ignore: Sequence[str] | None,
    claim: Sequence[str] | None,
    quiet: bool,
    root: Path | None,
    no_cache: bool,
    jobs: int,
) -> None:
    """Verify the registry and write the report in ``fmt``; exits (see
    :func:`desertcheck.cli.flow.finish`)."""
    from desertcheck.codes import CodeError, parse_codes

    try:
        selected = parse_codes(select, what="--select")
        ignored = parse_codes(ignore, what="--ignore", ignorable=True)
    except CodeError as exc:
        fail(str(exc))
    fmt = chosen(fmt, ci=True)
    key = verify_key(fmt, strict, selected, ignored, claim or [], quiet)
    found = armed(root, cache=None if no_cache else key)
    from desertcheck.config import load_config
    from desertcheck.registry.fanout import FanOut
    from desertcheck.reporters import Options
    from desertcheck.verify import claim_checker
    from desertcheck.verify import verify as run_verify

    config, config_findings = load_config(found)
    checker = claim_checker(config, selected or None, ignored or None)
    cache = check_cache()
    # claims files read and checked in workers (with the digests the checks' cache keeps)
    fan = FanOut(
        jobs, checker, checker.tag, claim or None, digests=cache is not None, bar=progress_bar
    )
    loaded = load_found(found, fan=fan)
    registry = loaded.registry
    for cid in claim or ():
        if registry.claim(cid) is None:
            unknown_claim(loaded, cid, "--claim")
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
            fan=fan,
        )
    options = Options(
        prefix=path_prefix(registry.root),
        here=seen_from_here(registry.root),
        strict=strict,
        quiet=quiet,
    )
    finish(result, FORMATS, fmt, options)
