"""An accepted finding is shown as accepted, with its reason, in the diff's Markdown
comment and in the HTML report, as verify's formats show it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import FIXTURES, cli_runner, isolated_git

VALID = FIXTURES / "loader" / "valid"
REASON = "the source rounds it"
ACCEPT = (
    f"  - id: alpha-desertions-2024\n    accept: [{{code: value-not-in-quote, reason: {REASON}}}]\n"
)


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=True)


def accepted_error(path: Path) -> None:
    """alpha's value no longer in its quote (an error), accepted with a reason."""
    claims = path / "claims" / "alpha.yaml"
    text = claims.read_text(encoding="utf-8").replace("value: 1200", "value: 1300", 1)
    claims.write_text(text.replace("  - id: alpha-desertions-2024\n", ACCEPT, 1), "utf-8")


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_diff_markdown_badges_an_accepted_finding_as_accepted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolated_git(monkeypatch, tmp_path)
    path = tmp_path / "repo"
    shutil.copytree(VALID, path)
    git(path, "init", "-q")
    git(path, "add", "-A")
    git(path, "commit", "-q", "-m", "registry")
    accepted_error(path)
    monkeypatch.chdir(path)
    r = cli_runner().invoke(app, ["diff", "--format", "markdown"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    (row,) = [line for line in r.stdout.splitlines() if "| value-not-in-quote | alpha" in line]
    assert row.startswith("| ☑️ accepted (error) |"), row
    assert "❌" not in row and f"\\(accepted: {REASON}\\)" in row
    (open_row,) = [line for line in r.stdout.splitlines() if "| statement-mismatch | alpha" in line]
    assert open_row.startswith("| ⚠️ warning |")  # an open finding keeps its severity
