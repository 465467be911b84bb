"""``--no-cache`` after every command, as README says ("Every command takes --root DIR and
--no-cache, before the command or after it"): a script may give it to every call."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer

from desertcheck import launch
from desertcheck.cli import app
from desertcheck.cli.commands import COMMANDS

from .conftest import cli_runner


def _paths() -> list[list[str]]:
    """Every command's words: ``verify``, …, ``add source``, ``add claim``, ``cache clear``."""
    group: Any = typer.main.get_command(app)
    ctx = group.context_class(group, info_name="desertcheck")
    paths = []
    for name in COMMANDS:
        command = group.get_command(ctx, name)
        subcommands = getattr(command, "commands", None)
        if isinstance(subcommands, dict):
            paths += [[name, sub] for sub in subcommands]
        else:
            paths.append([name])
    return paths


PATHS = _paths()


def test_every_command_is_listed() -> None:
    assert {"report", "show", "schema", "init"} <= {p[0] for p in PATHS}
    assert ["cache", "clear"] in PATHS and ["add", "claim"] in PATHS


@pytest.mark.parametrize("path", PATHS, ids=" ".join)
def test_every_command_takes_no_cache_after_it(path: list[str]) -> None:
    r = cli_runner().invoke(app, [*path, "--no-cache", "--help"], env={"COLUMNS": "200"})
    assert r.exit_code == 0, r.stdout + r.stderr
    assert "--no-cache" in r.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["show", "nge-un-desertions-since-2022"],
        ["vocab"],
        ["scan", "--missing"],
        ["schema", "claims"],
        ["cache", "clear"],
    ],
    ids=lambda a: a[0],
)
def test_no_cache_after_a_command_that_keeps_none_turns_the_cache_off_and_changes_nothing(
    shipped_copy: Path, args: list[str]
) -> None:
    runner = cli_runner()
    plain = runner.invoke(app, ["--root", str(shipped_copy), *args])
    assert launch.cache_off_before_command is False
    given = runner.invoke(app, ["--root", str(shipped_copy), *args, "--no-cache"])
    assert launch.cache_off_before_command is True  # as `desertcheck --no-cache CMD`
    assert (given.stdout, given.exit_code) == (plain.stdout, plain.exit_code)
    assert "No such option" not in given.stderr
    runner.invoke(app, ["--root", str(shipped_copy), *args])
    assert launch.cache_off_before_command is False  # one run's option, not the next's


def test_a_command_s_own_no_cache_is_left_as_it_is() -> None:
    group: Any = typer.main.get_command(app)
    ctx = group.context_class(group, info_name="desertcheck")
    for name in ("verify", "list", "export", "audit", "diff"):
        command = group.get_command(ctx, name)
        from desertcheck.cli.typer_app import takes_no_cache

        takes_no_cache(command)
        options = [p for p in command.params if "--no-cache" in getattr(p, "opts", ())]
        assert len(options) == 1 and options[0].expose_value, name
