"""The command line: the typer app, its commands registered one by one, and the entry point.

Each command lives in a module of its own and holds no logic: it builds its core result,
writes ``FORMATS[fmt](result, options)`` and exits with ``result.exit_code(strict)`` (see
:func:`desertcheck.cli.common.finish`). Commands import what they need inside their
function, so start-up stays light; the commands themselves are imported and built only when
one is used (:mod:`desertcheck.cli.commands`), so ``desertcheck --help`` loads none of them.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
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
) -> None:
    state.debug = debug
    state.root = root


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
    guarded(lambda: app(prog_name="desertcheck"))


def guarded(run: Callable[[], object]) -> None:
    """Run ``run`` (the app, or a command's function) as the entry point does: a closed
    pipe ends quietly, a system error and an unexpected one are one line (unless --debug),
    and a command's exit (``typer.Exit``) is the process's."""
    try:
        run()
    except typer.Exit as exc:  # a command's function called directly (desertcheck.launch)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:  # as click says it of a command it runs
        typer.echo("Aborted!", err=True)
        sys.exit(1)
    except BrokenPipeError:  # `desertcheck list | head -1`: the reader has what it wanted
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - nothing more is written
        from desertcheck.findings import EXIT_OK

        sys.exit(EXIT_OK)
    except OSError as exc:  # the system said no: disk full, device gone, ...
        if state.debug or "--debug" in sys.argv[1:]:
            raise
        from desertcheck.findings import EXIT_USAGE
        from desertcheck.reporters.terminal import clean

        where = f": {exc.filename}" if exc.filename else " (writing the output)"
        typer.echo(f"desertcheck: error: {clean(exc.strerror or exc)}{clean(where)}", err=True)
        sys.exit(EXIT_USAGE)
    except Exception as exc:  # the last line of defence: no traceback reaches a user
        if state.debug or "--debug" in sys.argv[1:]:
            raise
        from desertcheck.reporters.terminal import clean

        typer.echo(
            f"desertcheck: internal error: {clean(type(exc).__name__)}: {clean(exc)}\n"
            "This is a bug in desertcheck; rerun with --debug for the traceback and report it.",
            err=True,
        )
        sys.exit(3)


__all__ = ["app", "guarded", "main"]
