"""``desertcheck diff``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from desertcheck.cli.common import (
    NoCacheOption,
    RootOption,
    StrictOption,
    fail,
    finish,
    format_option,
    load,
    optional_metavar,
    path_prefix,
    registry_root,
    seen_from_here,
)
from desertcheck.reporters.diff import FORMATS


def diff(
    base: Annotated[
        str | None,
        typer.Argument(
            metavar=optional_metavar("BASE"),
            help="Revision to compare from (default: HEAD).",
            show_default=False,
        ),
    ] = None,
    head: Annotated[
        str | None,
        typer.Argument(
            metavar=optional_metavar("HEAD"),
            help="Revision to compare to (default: the working tree).",
            show_default=False,
        ),
    ] = None,
    dirs: Annotated[
        tuple[Path, Path] | None,
        typer.Option(
            "--dirs",
            metavar="OLD NEW",
            help="Compare two registry folders instead of two revisions.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[str | None, format_option(list(FORMATS))] = None,
    strict: StrictOption = False,
    root: RootOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Show what a change does to the registry and to its verify findings.

    BASE and HEAD are git revisions of the repository holding the registry; a bare
    `desertcheck diff` compares HEAD with the working tree (your uncommitted edits).
    Revisions are read through git into a temporary folder: the working tree and the
    index are never touched. Reports claims added, removed, changed (field by field),
    moved and renamed; sources added, removed and changed (naming the claims whose quotes
    a text change touches); and the findings the change introduces and resolves, each
    side verified with its own desertcheck.toml.

    --format markdown is a pull-request comment, also appended to $GITHUB_STEP_SUMMARY
    when that is set. Exit 1 when the change introduces an error (or a warning, with
    --strict), 2 when a revision or folder cannot be read (docs/exit-codes.md).
    """
    from desertcheck.diff import DiffError
    from desertcheck.diff.run import diff_folders, diff_revisions
    from desertcheck.launch import cache_enabled
    from desertcheck.reporters import Options

    try:
        if dirs is not None:
            if base is not None or head is not None:
                fail("--dirs OLD NEW compares two folders: give no revisions with it")
            result, prefix = diff_folders(*dirs), path_prefix(dirs[1])
            here = seen_from_here(dirs[1])
        else:
            found = registry_root(root)
            store = None
            if not no_cache and cache_enabled():
                from desertcheck.cache import Store

                store = Store(found)
            result, prefix = diff_revisions(found, base, head, lambda: load(root), store)
            here = seen_from_here(found)
    except DiffError as exc:
        fail(str(exc))
    fmt = fmt or "table"
    options = Options(prefix=prefix, here=here, strict=strict)
    finish(result, FORMATS, fmt, options, step_summary=fmt == "markdown")
