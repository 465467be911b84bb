"""``desertcheck fingerprint``."""

from __future__ import annotations

from typing import Annotated

import typer

from desertcheck.cli.common import RootOption, fail, finish, format_option, load, optional_metavar
from desertcheck.cli.complete import complete_sources
from desertcheck.reporters.fingerprint import FORMATS


def fingerprint(
    sources: Annotated[
        list[str] | None,
        typer.Argument(
            metavar=optional_metavar("SOURCE", many=True),
            help="Source ids (default: every source).",
            show_default=False,
            autocompletion=complete_sources,
        ),
    ] = None,
    fmt: Annotated[str | None, format_option(FORMATS)] = None,
    root: RootOption = None,
) -> None:
    """Write the fingerprint (sha256) of each source's text into its front matter.

    Do this once a source is stored as published, and again only for a deliberate change
    of its text: verify reports source-modified when the text no longer matches. Files are
    written atomically; each line says the fingerprint before and after. Exit 1 when a
    source could not be fingerprinted.
    """
    from desertcheck.fingerprint import WriteError, fingerprint_sources, source_ids, stale_quotes
    from desertcheck.reporters import Options
    from desertcheck.suggest import did_you_mean

    loaded = load(root)
    known = source_ids(loaded.registry.root)
    for sid in sources or ():
        if sid not in known:
            hint = did_you_mean(sid, known)
            fail(f"no source {sid!r} in sources/{'; ' + hint if hint else ''}")
    try:
        result = fingerprint_sources(loaded, list(dict.fromkeys(sources)) if sources else None)
    except WriteError as exc:
        fail(str(exc))
    notes = stale_quotes(loaded, result)  # a revision recorded, its claims not yet mended
    finish(result, FORMATS, fmt or "table", Options(), notes=notes)
