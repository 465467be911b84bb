"""``desertcheck show``."""

from __future__ import annotations

from typing import Annotated

import typer

from desertcheck.cli.common import RootOption, finish, load, seen_from_here, unknown_claim
from desertcheck.cli.complete import complete_claims


def show(
    claim_id: Annotated[
        str, typer.Argument(metavar="ID", help="The claim's id.", autocompletion=complete_claims)
    ],
    root: RootOption = None,
) -> None:
    """Show one claim in full: its source, its quote in context, its relations and what
    verify says of it. Exit 1 on an error in it, or in loading the registry.

    Problems found while loading the registry (or desertcheck.toml) are printed after the
    claim, on stderr: a file that did not load may hold claims this one is checked against.
    """
    from desertcheck.reporters import Options
    from desertcheck.reporters.show import FORMATS
    from desertcheck.showing import show_claim

    loaded = load(root)
    if loaded.registry.claim(claim_id) is None:
        unknown_claim(loaded, claim_id)
    result = show_claim(loaded, claim_id)
    here = seen_from_here(loaded.registry.root)
    finish(result, FORMATS, "table", Options(here=here), findings=result.elsewhere)
