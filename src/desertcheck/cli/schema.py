"""``desertcheck schema``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from desertcheck.cli.common import finish, one_of
from desertcheck.reporters.schema import FORMATS

KINDS = ("claims", "source", "origins", "config")  # desertcheck.schema.KINDS, kept light


def schema(
    kind: Annotated[
        str,
        typer.Argument(
            metavar="[claims|source|origins|config]",
            help="Which file: claims files, a source's front matter, sources/origins.yaml, "
            "desertcheck.toml.",
            callback=one_of(list(KINDS), "a kind of file"),
            autocompletion=lambda incomplete: [k for k in KINDS if k.startswith(incomplete)],
        ),
    ] = "claims",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="FILE", help="Write it to FILE (atomically).", dir_okay=False
        ),
    ] = None,
) -> None:
    """Print the JSON Schema (draft 2020-12) of a kind of registry file, for editors.

    Generated from the models the loader validates with. docs/editors.md shows how an editor
    uses it: a modeline in each claims file, or a yaml.schemas setting.
    """
    from desertcheck.reporters import Options
    from desertcheck.schema import schema as build

    result = build(kind)
    finish(result, FORMATS, "json", Options(), out=output, wrote=f"the {kind} schema")
