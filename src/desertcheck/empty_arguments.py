"""Empty arguments on the command line (a script's unset variable: ``--root "$DIR"``,
``init "$DIR"``), which the command line would read as the working folder: refused
before it reads them. Standard library only: the entry point runs it on every start."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _command(args: Sequence[str]) -> str | None:
    """The command's name: the first word after the options that come before it."""
    at = 0
    while at < len(args) and args[at].startswith("-"):
        at += 2 if args[at] == "--root" else 1
    return args[at] if at < len(args) else None


def empty_argument(args: Sequence[str]) -> bool:
    """``--root ""`` or ``init ""`` (a script's unset variable), which the command line
    would read as the working folder (and ``init`` would make a registry there); said,
    and True."""
    said = None
    for at, arg in enumerate(args):
        if arg == "--":
            break
        given = args[at + 1] if arg == "--root" and at + 1 < len(args) else None
        if arg.startswith("--root="):
            given = arg.partition("=")[2]
        if given is not None and not given.strip():
            said = "--root is empty: give the registry's folder (--root . for this one)"
            break
        before = args[at - 1] if at else ""
        if not arg.strip() and _command(args) == "init" and before not in ("-f", "--format"):
            said = "init's DIR is empty: give the folder to create the registry in (. for here)"
            break
    if said is None:
        return False
    sys.stderr.write(f"desertcheck: error: {said}\n")
    return True
