"""The commands of the command line, each loaded only when it is used.

``desertcheck --help`` lists every command with the first words of its help; building
each command for that (importing its module and its reporters, reading its signature)
would cost more than the rest of the start-up. :data:`COMMANDS` names each command's
module and the first paragraph of its help, which the listing shows; a command itself is
imported and built, by typer, exactly as an eagerly registered one would be, the first time
it is asked for (to run it, for its own ``--help``, or to complete its options); completing
a command's name lists the summaries too.
tests/test_cli_startup.py holds the listing equal to the one typer draws from the loaded
commands, and each summary equal to its command's help.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Iterator, MutableMapping
from typing import Any, NamedTuple

import typer
from typer.core import TyperCommand, TyperGroup

#: A click command (click's own, or the copy that newer typer versions carry).
Command = Any


class Entry(NamedTuple):
    module: str  # desertcheck.cli.<module>
    attr: str  # the command's function, or a typer.Typer of subcommands
    summary: str  # the first paragraph of its help, on one line


#: Every command in the order ``--help`` lists them (typer lists groups after commands).
COMMANDS: dict[str, Entry] = {
    "init": Entry(
        "init",
        "init",
        "Create a registry: claims/, sources/, a commented sources/origins.yaml and "
        "desertcheck.toml, and an example claims file that points at the format.",
    ),
    "verify": Entry(
        "verify",
        "verify",
        "Verify the registry: every quote is in its source and states its figure.",
    ),
    "list": Entry(
        "listing",
        "list_claims",
        "List the claims of the registry: figure, measure, scope, period and source.",
    ),
    "show": Entry(
        "show",
        "show",
        "Show one claim in full: its source, its quote in context, its relations and what "
        "verify says of it. Exit 1 on an error in it, or in loading the registry.",
    ),
    "audit": Entry("audit", "audit", "Check every figure in editors' drafts against the registry."),
    "diff": Entry(
        "diff", "diff", "Show what a change does to the registry and to its verify findings."
    ),
    "export": Entry(
        "export",
        "export",
        "Export claims with their verify status: json, jsonl, csv, markdown or claimreview.",
    ),
    "scan": Entry(
        "scan", "scan", "Every figure the sources state, and whether a claim registers it."
    ),
    "fingerprint": Entry(
        "fingerprint",
        "fingerprint",
        "Write the fingerprint (sha256) of each source's text into its front matter.",
    ),
    "vocab": Entry(
        "vocab",
        "vocab",
        "List the vocabulary in use: measures, scopes, units, tags and origins, each with how "
        "many claims use it and which, and its declared description.",
    ),
    "report": Entry(
        "report",
        "report",
        "Write the registry as one self-contained HTML page: a summary, the disputes with "
        "the claims side by side, a chart for each measure and scope with several claims, "
        "the claims in a table that sorts and filters, and the sources.",
    ),
    "schema": Entry(
        "schema",
        "schema",
        "Print the JSON Schema (draft 2020-12) of a kind of registry file, or of a "
        "command's JSON report.",
    ),
    "add": Entry(
        "add", "app", "Add to the registry: a source document, or a claim for a quote of one."
    ),
    "cache": Entry(
        "cache",
        "app",
        "The cache of results (.desertcheck-cache/ in the registry, or under "
        "$DESERTCHECK_CACHE_DIR): see docs/cache.md.",
    ),
}


def build(name: str, **settings: Any) -> Command:
    """The command ``name`` as typer builds it under an app made with ``settings``.

    It is registered alone on such an app and taken from the group typer makes of it, so
    it gets what it would get registered with the others: the app's markup mode, its
    exception settings, a group's own help and options.
    """
    entry = COMMANDS[name]
    defined = getattr(importlib.import_module(f"desertcheck.cli.{entry.module}"), entry.attr)
    holder = typer.Typer(**{**settings, "add_completion": False})
    if isinstance(defined, typer.Typer):
        holder.add_typer(defined, name=name)
    else:
        holder.command(name)(defined)
    holder.callback()(_nothing)
    group = typer.main.get_command(holder)
    assert isinstance(group, TyperGroup)
    from desertcheck.cli.typer_app import takes_no_cache

    command = group.commands[name]
    takes_no_cache(command)  # in its help and its completion too, as it is taken when run
    return command


def _nothing() -> None:
    """A callback, so that typer makes a group of one command."""


class Commands(MutableMapping[str, Command]):
    """Name -> command, in :data:`COMMANDS`' order; each built when first looked up."""

    def __init__(self, settings: dict[str, Any]) -> None:
        self.settings = settings
        self.loaded: dict[str, Command] = {}
        self.extra: dict[str, Command] = {}  # added with add_command

    def __getitem__(self, name: str) -> Command:
        if name in self.extra:
            return self.extra[name]
        if name not in self.loaded:
            if name not in COMMANDS:
                raise KeyError(name)
            self.loaded[name] = build(name, **self.settings)
        return self.loaded[name]

    def __setitem__(self, name: str, command: Command) -> None:
        self.extra[name] = command

    def __delitem__(self, name: str) -> None:
        del self.extra[name]

    def __iter__(self) -> Iterator[str]:
        yield from COMMANDS
        yield from (name for name in self.extra if name not in COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS) + sum(name not in COMMANDS for name in self.extra)

    def listed(self, name: str) -> Command:
        """The command, or while it is not loaded a stand-in holding its summary."""
        if name in self.extra or name in self.loaded or name not in COMMANDS:
            return self[name]
        return TyperCommand(name=name, help=COMMANDS[name].summary)


@contextlib.contextmanager
def _interrupts_end_the_command() -> Iterator[None]:
    try:
        yield
    except KeyboardInterrupt:
        from desertcheck.cli.guard import interrupted

        interrupted()


def lazy_group(settings: dict[str, Any]) -> type[TyperGroup]:
    """A TyperGroup class whose commands are :data:`COMMANDS`, built on first use by an app
    made with ``settings`` (the top app's: markup mode, exception settings)."""

    class LazyGroup(TyperGroup):
        def __init__(self, **attrs: Any) -> None:
            super().__init__(**attrs)
            registered = self.commands  # any registered on the app itself come after
            self.commands = Commands(settings)
            self.commands.update(registered)

        def make_context(self, *args: Any, **kwargs: Any) -> Any:
            with _interrupts_end_the_command():
                return super().make_context(*args, **kwargs)

        def invoke(self, ctx: Any) -> Any:
            """The command; an interrupt ends it as it ends every command
            (:func:`desertcheck.cli.guard.interrupted`), not as this typer or click
            would (typer 0.16 and newer exit 130 without a word, click prints
            ``Aborted!`` and exits 1)."""
            with _interrupts_end_the_command():
                return super().invoke(ctx)

        def format_commands(self, ctx: Any, formatter: Any) -> None:
            """typer's listing, drawn from the summaries of commands not yet loaded."""
            with self._listing():
                super().format_commands(ctx, formatter)

        def shell_complete(self, ctx: Any, incomplete: str) -> list[Any]:
            """Command names (with their summaries) and options, loading no command."""
            with self._listing():
                completions: list[Any] = super().shell_complete(ctx, incomplete)
            return completions

        @contextlib.contextmanager
        def _listing(self) -> Iterator[None]:
            commands = self.commands
            assert isinstance(commands, Commands)
            self.commands = {name: commands.listed(name) for name in commands}
            try:
                yield
            finally:
                self.commands = commands

    return LazyGroup
