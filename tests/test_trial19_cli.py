"""Empty arguments, as a CI script with an unset variable gives them: never "here"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import FIXTURES, cli_runner

VALID = FIXTURES / "loader" / "valid"


def launched(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The whole program, as the console script starts it."""
    return subprocess.run(
        [sys.executable, "-m", "desertcheck", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "COLUMNS": "80"},
        timeout=60,
    )


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["init", ""], "init's DIR is empty"),
        (["init", " "], "init's DIR is empty"),
        (["--no-cache", "init", ""], "init's DIR is empty"),
        (["verify", "--root", ""], "--root is empty"),
        (["--root", "", "verify"], "--root is empty"),
        (["list", "--root="], "--root is empty"),
        (["audit", "--root", "", "draft.md"], "--root is empty"),
    ],
)
def test_an_empty_folder_is_a_usage_error_not_here(
    tmp_path: Path, args: list[str], said: str
) -> None:
    """`desertcheck init ""` made a registry in the working folder, and `--root ""`
    verified whatever registry was found from there."""
    (tmp_path / "claims").mkdir()  # a registry here, which "" must not stand for
    out = launched(*args, cwd=tmp_path)
    assert out.returncode == 2, out.stdout + out.stderr
    assert out.stderr == f"desertcheck: error: {said}" + out.stderr.split(said, 1)[1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims"]  # nothing written


@pytest.mark.parametrize(
    "args",
    [
        ["init", "new"],  # a folder named as given
        ["audit", "--root", str(VALID), "init", "-"],  # a draft named "init", and stdin
    ],
)
def test_near_misses_are_left_to_the_command(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "init").write_text("Nothing to check here.\n", "utf-8")
    out = launched(*args, cwd=tmp_path)
    assert "desertcheck: error:" not in out.stderr and out.returncode in (0, 1), out.stderr


def test_an_empty_draft_name_is_named_as_such() -> None:
    r = cli_runner().invoke(app, ["audit", "--root", str(VALID), ""])
    assert r.exit_code == 2
    assert 'cannot read draft "": an empty name (an unset variable?)' in r.stderr


def test_standard_input_is_read_once() -> None:
    """`audit - -` read standard input twice: the second draft empty, with a warning."""
    r = cli_runner().invoke(app, ["audit", "--root", str(VALID), "-", "-"], input="x 5\n")
    assert r.exit_code == 2
    assert r.stderr.startswith("desertcheck: error: - (standard input) is given more than once")
