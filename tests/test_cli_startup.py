"""Start-up: what ``--help``, ``--version`` and one command load, and that loading less changes
no output (the commands listed from their summaries as typer lists the loaded commands)."""

from __future__ import annotations

import contextlib
import importlib
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer

from desertcheck.cli import app
from desertcheck.cli.commands import COMMANDS, Commands
from desertcheck.reporters import Lazy

from .conftest import FIXTURES, PROJECT, cli_runner

VALID = str(FIXTURES / "loader" / "valid")
COMMAND_MODULES = tuple(f"desertcheck.cli.{e.module}" for e in COMMANDS.values())


def loaded_after(
    *args: str, columns: str | None = "80"
) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """``python -m desertcheck ARGS`` and the modules it had loaded when it exited
    (``columns``: its COLUMNS; None: unset, a pipe's width)."""
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('MODULES', *sorted(sys.modules), file=sys.stderr))\n"
        "sys.argv = ['desertcheck', *sys.argv[1:]]\n"
        "from desertcheck.launch import main\n"
        "main()\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    if columns is not None:
        env["COLUMNS"] = columns
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env
    )
    last = out.stderr.strip().splitlines()[-1].split()
    assert last[0] == "MODULES", out.stderr
    return out, set(last[1:])


def heavy(modules: set[str], *prefixes: str) -> list[str]:
    return sorted(m for m in modules if m == prefixes or m.startswith(prefixes))


def eager_app() -> typer.Typer:
    """The app as it was made before its commands were loaded lazily: every command
    imported and registered, commands first, then the groups (``add``, ``cache``)."""
    from desertcheck import cli

    eager = typer.Typer(**cli.SETTINGS)
    eager.callback()(cli._main)
    for name, entry in COMMANDS.items():
        defined = getattr(importlib.import_module(f"desertcheck.cli.{entry.module}"), entry.attr)
        if isinstance(defined, typer.Typer):
            eager.add_typer(defined, name=name)
        else:
            eager.command(name)(defined)
    return eager


def help_text(group: typer.core.TyperGroup, width: int) -> str:
    """The help as click draws it, or as older typer prints it with rich."""
    ctx = group.context_class(
        group, info_name="desertcheck", terminal_width=width, max_content_width=width
    )
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        drawn = group.get_help(ctx)
    return drawn + printed.getvalue()


def lists_from_summaries() -> bool:
    """True when this typer draws a group's help with click's formatter, which lists the
    commands through format_commands; older typer draws it with rich from the commands."""
    group = typer.main.get_command(app)
    help_text(group, 80)  # type: ignore[arg-type]
    return not group.commands.loaded  # type: ignore[attr-defined]


@pytest.mark.parametrize("width", [50, 60, 80, 100, 140])
def test_the_help_is_the_help_of_the_app_with_every_command_loaded(width: int) -> None:
    lazy = typer.main.get_command(app)
    eager = typer.main.get_command(eager_app())
    assert isinstance(lazy, typer.core.TyperGroup) and isinstance(eager, typer.core.TyperGroup)
    assert help_text(lazy, width) == help_text(eager, width)
    assert "verify" in help_text(lazy, width)


ARGVS = [
    [],
    ["--help"],
    ["-h"],
    ["--version"],
    ["verfy"],
    ["--bogus"],
    *([name, "--help"] for name in COMMANDS),
    ["add", "claim", "--help"],
    ["cache"],
    ["list", "--root", VALID, "--format", "json"],
    ["--root", VALID, "verify", "--format", "json"],
    ["verify", "--root", VALID, "--format", "jsn"],
]


@pytest.mark.parametrize("argv", ARGVS, ids=" ".join)
def test_the_app_answers_as_the_app_with_every_command_registered(argv: list[str]) -> None:
    runner = cli_runner()
    env = {"COLUMNS": "80"}
    want = runner.invoke(eager_app(), argv, prog_name="desertcheck", env=env)
    got = runner.invoke(app, argv, prog_name="desertcheck", env=env)
    assert (got.stdout, got.stderr, got.exit_code) == (want.stdout, want.stderr, want.exit_code)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_each_summary_is_the_first_paragraph_of_its_commands_help(name: str) -> None:
    group = typer.main.get_command(app)
    ctx = group.context_class(group, info_name="desertcheck")
    command = group.get_command(ctx, name)  # type: ignore[attr-defined]
    assert command is not None and not command.hidden and not command.short_help
    first = (command.help or "").split("\n\n")[0]
    assert " ".join(first.split()) == COMMANDS[name].summary


def test_help_lists_the_commands_from_their_summaries() -> None:
    if not lists_from_summaries():
        pytest.skip("this typer draws help with rich, from the loaded commands")
    group = typer.main.get_command(app)
    assert isinstance(group.commands, Commands)  # type: ignore[attr-defined]
    assert "Commands" in help_text(group, 80) and not group.commands.loaded  # type: ignore[arg-type, attr-defined]


def test_help_loads_no_command_nor_what_commands_use() -> None:
    if not lists_from_summaries():
        pytest.skip("this typer draws help with rich, from the loaded commands")
    out, modules = loaded_after("--help")
    assert out.returncode == 0 and "Commands" in out.stdout
    assert heavy(modules, *COMMAND_MODULES) == []
    assert heavy(modules, "pydantic", "rich", "yaml", "desertcheck.reporters") == []
    assert heavy(modules, "desertcheck.cli.common", "desertcheck.findings") == []


@pytest.mark.parametrize("args", [["--help"], ["-h"], [], ["verify", "--help"]], ids=str)
def test_help_loads_nothing_of_the_cache(args: list[str], cache_on: None, tmp_path: Path) -> None:
    """The cache (the tables of compiled patterns and of dataclass methods) serves no
    help: loading it cost a tenth of ``--help``. A command loads it (run on a copy: the
    cache is kept in the registry it reads)."""
    out, modules = loaded_after(*args)
    assert "Usage" in out.stdout + out.stderr
    assert heavy(modules, "desertcheck.cache", "desertcheck.compiled") == []
    copy = tmp_path / "valid"
    shutil.copytree(VALID, copy)
    out, modules = loaded_after("--root", str(copy), "list")
    assert out.returncode == 0 and "desertcheck.compiled" in modules


def test_version_loads_not_even_typer() -> None:
    out, modules = loaded_after("--version")
    assert out.returncode == 0
    assert out.stdout == cli_runner().invoke(app, ["--version"]).stdout
    assert heavy(modules, "typer", "click", "desertcheck.cli") == []


def test_a_command_loads_its_own_module_only() -> None:
    out, modules = loaded_after("--root", VALID, "list")
    assert out.returncode == 0 and "alpha-cases" in out.stdout
    assert heavy(modules, *COMMAND_MODULES) == ["desertcheck.cli.listing"]


def lazy_formats() -> list[tuple[str, str, Lazy]]:
    """(module, format, formats) of every reporter whose formats are imported lazily."""
    found = []
    for path in sorted((PROJECT / "src" / "desertcheck" / "reporters").glob("*.py")):
        module = importlib.import_module(f"desertcheck.reporters.{path.stem}")
        formats = getattr(module, "FORMATS", None)
        if isinstance(formats, Lazy):
            found += [(path.stem, name, formats) for name in formats]
    return found


@pytest.mark.parametrize(
    "module,name,formats", lazy_formats(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_lazy_format_names_a_renderer(module: str, name: str, formats: Lazy) -> None:
    renderer = formats[name]
    assert callable(renderer)
    assert formats.where[name].split(":")[1] == renderer.__name__


def test_verify_loads_its_one_format_only() -> None:
    assert any(m == "verify" for m, _, _ in lazy_formats())
    out, modules = loaded_after("--root", VALID, "verify", "--format", "json")
    assert out.returncode == 0 and '"schema"' in out.stdout
    others = ("desertcheck.reporters.junit", "desertcheck.reporters.sarif", "xml.etree")
    others += ("multiprocessing",)  # a registry this small is checked in one process
    assert heavy(modules, *others, "desertcheck.reporters.verify_table") == []
    out, modules = loaded_after("--root", VALID, "verify")
    assert out.returncode == 0 and "desertcheck.reporters.verify_table" in modules
    # the entry point runs verify without the command line: not even the command's module
    assert heavy(modules, *others, *COMMAND_MODULES) == []


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_verify_run_by_the_entry_point_loads_no_typer(fmt: str) -> None:
    out, modules = loaded_after("--root", VALID, "verify", "--no-cache", "--format", fmt)
    assert out.returncode == 0 and out.stdout
    assert heavy(modules, "typer", "click", "desertcheck.cli.typer_app") == []
    assert heavy(modules, "desertcheck.cli.common", "desertcheck.cli.verify") == [], modules


def test_verify_in_a_pipe_lays_out_its_tables_without_rich() -> None:
    """The shipped registry has a table wider than a pipe's 200 columns: folded all the same,
    and its cells are set without rich's text, tables or consoles (:mod:`.plaincells`)."""
    out, modules = loaded_after("--root", str(PROJECT), "verify", "--no-cache", columns=None)
    assert out.returncode == 0 and "claims in" in out.stdout
    assert heavy(modules, "rich") == []
    out, modules = loaded_after("--root", str(PROJECT), "verify", "--no-cache", columns="100")
    assert out.returncode == 0 and "claims in" in out.stdout  # one claim a line
    assert heavy(modules, "rich") == []


def test_verify_of_a_clean_registry_loads_what_only_a_problem_needs_only_then() -> None:
    """What only a problem needs waits for one: "did you mean" (difflib), the hints of a YAML
    syntax error; the draft reader (whose heading pattern the figure parser shares) waits for
    a draft; the days of a month are counted without the calendar (and the locale it
    imports), a figure's decimal places without decimal; files in the plain YAML of claims
    files are read without PyYAML."""
    out, modules = loaded_after("--root", str(PROJECT), "verify", "--no-cache", columns=None)
    assert out.returncode == 0 and "claims in" in out.stdout
    assert heavy(modules, "difflib", "desertcheck.yamlhints", "desertcheck.draft") == []
    assert heavy(modules, "calendar", "locale", "decimal") == []
    assert heavy(modules, "yaml", "desertcheck.yamlevents") == []


@pytest.mark.parametrize("incomplete", ["", "v", "ca", "--"])
def test_completing_a_command_name_lists_the_summaries_and_loads_no_command(
    incomplete: str,
) -> None:
    lazy = typer.main.get_command(app)
    eager = typer.main.get_command(eager_app())

    def items(group: Any) -> list[tuple[str, str | None]]:
        ctx = group.context_class(group, info_name="desertcheck", resilient_parsing=True)
        return [(c.value, c.help) for c in group.shell_complete(ctx, incomplete)]

    got = items(lazy)
    assert got == items(eager) and got
    assert not lazy.commands.loaded  # type: ignore[attr-defined]


def test_a_command_added_to_the_group_is_listed_after_the_others() -> None:
    group = typer.main.get_command(app)
    extra = typer.core.TyperCommand(name="extra", help="An added command.")
    group.add_command(extra)  # type: ignore[attr-defined]
    ctx = group.context_class(group, info_name="desertcheck")
    assert group.get_command(ctx, "extra") is extra  # type: ignore[attr-defined]
    assert list(group.commands) == [*COMMANDS, "extra"]  # type: ignore[attr-defined]
    assert len(group.commands) == len(COMMANDS) + 1  # type: ignore[attr-defined]
    assert "An added command." in help_text(group, 80)  # type: ignore[arg-type]
    del group.commands["extra"]  # type: ignore[attr-defined]
    assert group.get_command(ctx, "extra") is None  # type: ignore[attr-defined]


def test_a_command_registered_on_the_app_itself_is_kept() -> None:
    from desertcheck import cli

    extended = typer.Typer(cls=type(typer.main.get_command(app)), **cli.SETTINGS)
    extended.callback()(cli._main)
    extended.command("hello")(lambda: typer.echo("hello"))
    r = cli_runner().invoke(extended, ["hello"])
    assert r.exit_code == 0 and r.stdout == "hello\n"
    assert "hello" in cli_runner().invoke(extended, ["--help"]).stdout


@pytest.mark.parametrize(
    "args",
    [
        ["verify", "--no-cache", "--format", "json"],
        ["verify", "--no-cache", "-f", "json", "--strict", "--select", "value-not-in-quote"],
        ["verify", "--no-cache", "--quiet"],
        ["verify", "--no-cache", "--claim", "alpha-cases", "-j", "1"],
    ],
)
def test_verify_without_a_stored_report_runs_without_typers_parsing(args: list[str]) -> None:
    """typer 0.16 and newer convert every option's value through a pydantic TypeAdapter;
    a verify the launcher can read is run by calling the command itself: the same output
    and exit code as the app's, without those conversions."""
    out, modules = loaded_after("--root", VALID, *args)
    assert heavy(modules, "typer._adapters") == []
    code = (
        "import sys\nsys.argv = ['desertcheck', *sys.argv[1:]]\n"
        "from desertcheck.cli import main\nmain()\n"
    )
    env = {**os.environ, "COLUMNS": "80"}
    run = [sys.executable, "-c", code, "--root", VALID, *args]
    expected = subprocess.run(run, capture_output=True, text=True, env=env)
    assert (out.stdout, out.returncode) == (expected.stdout, expected.returncode)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["verify", "--no-cache", "-f", "jsn"], "did you mean 'json'?"),
        (["verify", "--no-cache", "--select", "nope"], "unknown code 'nope'"),
        (["verify", "--no-cache", "-j", "-1"], "-j"),
        (["verify", "--no-cache", "--root", __file__], "is a file"),
        (["verify", "--no-cache", "--claim", "nope"], "no claim with id 'nope'"),
        (["verify", "--no-cache", "--help"], "Usage: desertcheck verify"),
    ],
)
def test_verify_the_launcher_cannot_read_is_left_to_the_app(args: list[str], said: str) -> None:
    out, _ = loaded_after("--root", VALID, *args)
    assert said in out.stdout + out.stderr
    assert out.returncode == (0 if "--help" in args else 2)


AUDIT_DRAFT = str(PROJECT / "tests" / "data" / "audit_second" / "draft-a.md")


def _app_run(*args: str) -> subprocess.CompletedProcess[str]:
    """``desertcheck ARGS`` through the command line (typer), not the launcher."""
    code = (
        "import sys\nsys.argv = ['desertcheck', *sys.argv[1:]]\n"
        "from desertcheck.cli import main\nmain()\n"
    )
    env = {**os.environ, "COLUMNS": "80"}
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env
    )


@pytest.mark.parametrize(
    "args",
    [
        ["audit", "--no-cache", AUDIT_DRAFT],
        ["audit", "--no-cache", "-f", "json", "--strict", AUDIT_DRAFT, "--min-score", "60"],
        ["audit", AUDIT_DRAFT, "--no-cache", "--quiet", "--explain", "-j", "1"],
        ["audit", "--no-cache", "--format=markdown", AUDIT_DRAFT, AUDIT_DRAFT],
    ],
)
def test_audit_runs_without_typers_parsing(args: list[str]) -> None:
    """An audit the launcher can read is run by calling the command's body itself, as
    verify is: the same output and exit code as the app's, without typer (its value
    conversions, and importing it: a tenth of an audit of a new draft)."""
    out, modules = loaded_after("--root", str(PROJECT), *args)
    assert heavy(modules, "typer", "click") == []
    expected = _app_run("--root", str(PROJECT), *args)
    assert (out.stdout, out.stderr.rsplit("MODULES", 1)[0], out.returncode) == (
        expected.stdout,
        expected.stderr,
        expected.returncode,
    )


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["audit", "--no-cache", AUDIT_DRAFT, "-f", "jsn"], "did you mean 'json'?"),
        (["audit", "--no-cache", AUDIT_DRAFT, "--min-score", "101"], "out of range"),
        (["audit", "--no-cache", AUDIT_DRAFT, "--min-score", "nan"], "is not a number"),
        (["audit", "--no-cache", AUDIT_DRAFT, "-j", "x"], "-j"),
        (["audit", "--no-cache", AUDIT_DRAFT, "-o", str(PROJECT)], "is a directory"),
        (["audit", "--no-cache", AUDIT_DRAFT, "--root", __file__], "is a file"),
        (["audit", "--no-cache"], "Missing argument"),
        (["audit", "--no-cache", AUDIT_DRAFT, "--unknown"], "No such option"),
        (["audit", "--no-cache", AUDIT_DRAFT, "--help"], "Usage: desertcheck audit"),
    ],
)
def test_audit_the_launcher_cannot_read_is_left_to_the_app(args: list[str], said: str) -> None:
    out, _ = loaded_after("--root", str(PROJECT), *args)
    assert said in out.stdout + out.stderr
    assert out.returncode == (0 if "--help" in args else 2)
