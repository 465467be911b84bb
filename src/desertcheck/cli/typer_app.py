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


def _cache_off(value: bool) -> bool:
    """``--no-cache``, before the command or after one that keeps nothing: the cache and
    the table of compiled patterns turned off for this run."""
    from desertcheck import launch

    launch.cache_off_before_command = launch.cache_off_before_command or value
    if value:
        from desertcheck import compiled

        compiled.turn_off()
    return value


_NO_CACHE_HELP = "Compute everything afresh, as the command's own --no-cache does."


@app.callback()
def _main(
    ctx: typer.Context,
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
    no_cache: Annotated[bool, typer.Option("--no-cache", help=_NO_CACHE_HELP)] = False,
) -> None:
    state.debug = debug
    state.root = root
    from desertcheck import launch

    launch.cache_off_before_command = False
    _cache_off(no_cache)  # desertcheck --no-cache verify
    if ctx.invoked_subcommand is not None and isinstance(ctx.command, typer.core.TyperGroup):
        # a command built apart from the app's lazy table (which gives it the option as it
        # builds it) takes the option too
        takes_no_cache(ctx.command.get_command(ctx, ctx.invoked_subcommand))


def takes_no_cache(command: Any) -> None:
    """``command`` (each command of a group) takes ``--no-cache`` after its name too, as
    README promises of every command: one that declares none of its own (it keeps no cache:
    show, scan, report, schema, …) is given the option before the command, so that a
    script may add ``--no-cache`` to every call. Done as the command is built
    (:func:`desertcheck.cli.commands.build`): its ``--help`` and completion show it."""
    if command is None:
        return
    subcommands = getattr(command, "commands", None)
    if isinstance(subcommands, dict):
        for sub in subcommands.values():
            takes_no_cache(sub)
        return
    if not any("--no-cache" in getattr(p, "opts", ()) for p in command.params):
        command.params.append(_no_cache_after())


def _no_cache_after() -> Any:
    """A ``--no-cache`` option passed to no function (:func:`_cache_off` is its effect), as
    this typer builds options."""
    holder = typer.Typer(add_completion=False)

    def options(
        no_cache: Annotated[
            bool,
            typer.Option(
                "--no-cache",
                help="Read and write no cache (this command keeps no results of its own; "
                "the option is taken so that a script may give it to every command).",
                callback=_cache_off,
                expose_value=False,
            ),
        ] = False,
    ) -> None:
        """Options only."""

    holder.command()(options)
    (option,) = typer.main.get_command(holder).params
    return option


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


def _required_arguments_read_bare() -> None:
    """A usage line names a required argument bare (``show [OPTIONS] ID``, ``audit
    [OPTIONS] DRAFT...``), an optional one in brackets, as the docs and every help text do.

    typer 0.29 and newer put a required argument in braces (``{ID}``, ``{DRAFT}...``),
    which reads as a choice or a placeholder to fill; the braces are taken off again.
    """
    from typer.core import TyperArgument

    usage = getattr(TyperArgument, "_usage_display_name", None)
    if usage is None:
        return  # an older typer: the metavar as given

    def bare(self: Any) -> str:
        name: str = usage(self)
        if name.startswith("{") and "}" in name:
            close = name.index("}")
            name = name[1:close] + name[close + 1 :]
        return name

    TyperArgument._usage_display_name = bare  # type: ignore[method-assign]


_required_arguments_read_bare()


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
