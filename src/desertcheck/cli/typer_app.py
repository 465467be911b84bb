"""The typer app, its options before the command, and the entry point that runs it
(:mod:`desertcheck.cli` gives them: ``from desertcheck.cli import app``)."""

from __future__ import annotations

import os
import sys
from typing import Annotated, Any

import typer

from desertcheck import __version__
from desertcheck.cli.commands import lazy_group
from desertcheck.cli.root import RootOption, state

#: The variable a shell's completion script sets to ask for completions (click's convention).
COMPLETE_VAR = "_DESERTCHECK_COMPLETE"

#: What the app's commands are built with too (desertcheck.cli.commands builds each on first use).
_SHARED: dict[str, Any] = {"pretty_exceptions_enable": False, "rich_markup_mode": None}
#: The app, besides its commands (tests/test_cli_startup.py registers them on one made alike).
SETTINGS: dict[str, Any] = {
    "name": "desertcheck",
    "help": "Fact-check statistics against the exact words of their sources.\n\n"
    "The registry is the folder holding claims/ and sources/: --root DIR, else "
    "$DESERTCHECK_ROOT, else the nearest folder above the working directory with claims/.",
    "no_args_is_help": True,
    "add_completion": True,  # --install-completion, --show-completion (desertcheck.cli.complete)
    **_SHARED,  # help text is shown as written ("[default: ...]" is not markup)
    "context_settings": {"help_option_names": ["-h", "--help"]},
}

app = typer.Typer(cls=lazy_group(_SHARED), **SETTINGS)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"desertcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    root: RootOption = None,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show a traceback when something goes wrong inside.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            help="Compute everything afresh, as the command's own --no-cache does.",
        ),
    ] = False,
) -> None:
    state.debug = debug
    state.root = root
    from desertcheck import launch

    launch.cache_off_before_command = no_cache  # desertcheck --no-cache verify
    if no_cache:
        from desertcheck import compiled

        compiled.turn_off()


def _argument_types_stay_out_of_help() -> None:
    """Help names an argument by its metavar (``ID``, ``DRAFT...``), never by Python type.

    typer 0.16 and newer print a positional argument's annotation after its name
    (``ID <str>``, ``DRAFT... <list[str]>``), which means nothing to a user; there is no
    setting for it, so the method that adds it is told to add nothing.
    """
    from typer.core import TyperArgument

    if hasattr(TyperArgument, "display_type_rich"):
        TyperArgument.display_type_rich = lambda self, ctx: None  # type: ignore[method-assign]


_argument_types_stay_out_of_help()


def _completion_takes_values_as_typed() -> None:
    """Completing a word parses the words typed before it, and typer 0.16 and newer coerce
    each value through pydantic as it does: a tenth of a second of imports on every TAB,
    for values that completion never uses (the completers read --root as text). While
    completing (click's resilient parsing), values are kept as typed.
    """
    from typer import core

    param = getattr(core, "_TyperParameter", None)
    if param is None or not hasattr(param, "get_runtime_param"):
        return  # an older typer: plain click types, nothing heavy
    coerce = param.process_value

    def process_value(self: Any, ctx: Any, value: Any) -> Any:
        return value if ctx.resilient_parsing else coerce(self, ctx, value)

    param.process_value = process_value


def main() -> None:
    """Entry point: run the app; an unexpected error is one line unless --debug is given."""
    if sys.stdout is None:  # started with stdout closed (`desertcheck verify >&-`)
        from desertcheck.findings import EXIT_USAGE

        if sys.stderr is not None:
            sys.stderr.write("desertcheck: error: standard output is closed\n")
        sys.exit(EXIT_USAGE)
    if os.environ.get(COMPLETE_VAR):
        _completion_takes_values_as_typed()
    from desertcheck.cli.guard import guarded

    guarded(lambda: app(prog_name="desertcheck"))


__all__ = ["app", "main"]
