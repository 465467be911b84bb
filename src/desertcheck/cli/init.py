"""``desertcheck init``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from desertcheck.cli.common import fail, finish, format_option, optional_metavar
from desertcheck.reporters.init import FORMATS


def init(
    folder: Annotated[
        Path,
        typer.Argument(
            metavar=optional_metavar("DIR"), help="Where to create the registry (default: here)."
        ),
    ] = Path("."),
    fmt: Annotated[str | None, format_option(FORMATS)] = None,
) -> None:
    """Create a registry: claims/, sources/, a commented sources/origins.yaml and
    desertcheck.toml, and an example claims file that points at the format.

    Nothing that exists is overwritten: when any of these is already there, nothing is
    written and the command exits 2. Then: desertcheck add source FILE|URL.
    """
    from desertcheck.authoring.scaffold import ScaffoldError
    from desertcheck.authoring.scaffold import init as run_init
    from desertcheck.reporters import Options

    try:
        result = run_init(folder)
    except ScaffoldError as exc:
        fail(str(exc))
    finish(result, FORMATS, fmt or "table", Options())
