"""``desertcheck schema``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from desertcheck.cli.common import finish, optional_metavar
from desertcheck.cli.values import one_of
from desertcheck.reporters.schema import FORMATS

FILES = ("claims", "source", "origins", "config")  # desertcheck.schema.KINDS, kept light
# desertcheck.report_schemas.KINDS, kept light
REPORTS = tuple(
    f"{c}-report"
    for c in (
        *("verify", "list", "export", "diff", "audit", "scan", "vocab", "fingerprint", "init"),
        *("add-source", "add-claim"),
    )
)
KINDS = FILES + REPORTS


def schema(
    kind: Annotated[
        str,
        typer.Argument(
            metavar=optional_metavar("KIND"),
            help="claims, source (a source's front matter), origins (sources/origins.yaml), "
            "config (desertcheck.toml); or a command's JSON report (verify-report, list-report, "
            "export-report, diff-report, audit-report, scan-report, vocab-report, "
            "fingerprint-report, init-report, add-source-report, add-claim-report).",
            callback=one_of(list(KINDS), "a kind of file or report"),
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
    """Print the JSON Schema (draft 2020-12) of a kind of registry file, or of a command's
    JSON report.

    A file's schema is generated from the models the loader validates with; docs/editors.md
    shows how an editor uses it: a modeline in each claims file, or a yaml.schemas setting.
    A report's schema (COMMAND-report) describes `desertcheck COMMAND --format json`, whose
    "schema" key names it (docs/ci.md#json-reports).
    """
    from desertcheck.reporters import Options
    from desertcheck.schema import schema as build

    result = build(kind)
    finish(result, FORMATS, "json", Options(), out=output, wrote=f"the {kind} schema")
