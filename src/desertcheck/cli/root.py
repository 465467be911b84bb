"""What comes before the command: the registry option and the state it sets.

Its own small module so that the app's callback (``desertcheck --root DIR verify``) and
``desertcheck --help`` need nothing else of the command line.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from desertcheck.cache.reports import ReportCache


class State:
    """Options given before the command (``desertcheck --root DIR verify``)."""

    debug: bool = False
    root: Path | None = None
    report_cache: ReportCache | None = None  # armed by load(cache=...), filled by finish()


state = State()

RootOption = Annotated[
    Path | None,
    typer.Option(
        "--root",
        metavar="DIR",
        help="Registry folder (holding claims/ and sources/).",
        show_default=False,
        file_okay=False,
    ),
]
