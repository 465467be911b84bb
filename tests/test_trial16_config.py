"""desertcheck.toml as a data editor writes it: every command reports a broken file, and
each mistake is named where it is, with its mend."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from desertcheck.cli import app
from desertcheck.config import load_config


def _append(root: Path, toml: str) -> None:
    path = root / "desertcheck.toml"
    path.write_text(path.read_text(encoding="utf-8") + toml, encoding="utf-8")


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
@pytest.mark.parametrize("broken", ["\n[verify]\ntolerance = 5\n", "\n[verify\n"])
def test_list_reports_a_broken_config_and_exits_1(
    runner: CliRunner, shipped_copy: Path, fmt: str, broken: str
) -> None:
    _append(shipped_copy, broken)
    result = runner.invoke(app, ["list", "--root", str(shipped_copy), "--format", fmt])
    assert result.exit_code == 1, result.output
    assert "desertcheck.toml:" in result.stderr
    assert "[invalid-config]" in result.stderr
    ((line, message),) = [(f.line, f.message) for f in load_config(shipped_copy)[1]]
    assert f"desertcheck.toml:{line}:" in result.stderr and message in result.stderr
    if fmt == "json":
        assert '"invalid-config"' in result.stdout


def test_list_of_a_sound_config_exits_0(runner: CliRunner, shipped_copy: Path) -> None:
    result = runner.invoke(app, ["list", "--root", str(shipped_copy), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
