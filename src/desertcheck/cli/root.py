"""What comes before the command: the registry option and the state it sets.

Its own small module so that the app's callback (``desertcheck --root DIR verify``) and
``desertcheck --help`` need nothing else of the command line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from desertcheck.cli.state import State as State
from desertcheck.cli.state import state as state

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
