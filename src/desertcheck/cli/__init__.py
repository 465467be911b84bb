"""The command line: the typer app, its commands registered one by one, and the entry point.

Each command lives in a module of its own and holds no logic: it builds its core result,
writes ``FORMATS[fmt](result, options)`` and exits with ``result.exit_code(strict)`` (see
:func:`desertcheck.cli.common.finish`). Commands import what they need inside their
function, so start-up stays light; the commands themselves are imported and built only when
one is used (:mod:`desertcheck.cli.commands`), so ``desertcheck --help`` loads none of them.

The package itself loads nothing: the app and its entry point (``app``, ``main``,
``SETTINGS``, in :mod:`desertcheck.cli.typer_app`) are loaded, typer with them, when first
asked for, so that the modules that need no typer (:mod:`~desertcheck.cli.flow`,
:mod:`~desertcheck.cli.state`, :mod:`~desertcheck.cli.run_verify`) load without it: the
entry point runs ``verify`` through them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desertcheck.cli.typer_app import COMPLETE_VAR, SETTINGS, app, main


def __getattr__(name: str) -> Any:
    """A name of :mod:`desertcheck.cli.typer_app`, loaded on first use."""
    if not name.startswith("__") and name != "typer_app":
        import importlib

        typer_app = importlib.import_module("desertcheck.cli.typer_app")
        if hasattr(typer_app, name):
            return getattr(typer_app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["COMPLETE_VAR", "SETTINGS", "app", "main"]
