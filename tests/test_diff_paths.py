"""Where ``diff`` says a thing is: a file:line a person can open from where the command
ran (table, as verify's), and from the repository root where a reviewer reads it (Markdown,
GitHub) — for a registry in a subfolder with a space in its name."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import cli_runner, isolated_git, shipped_in_git
from .test_diff_cache import git
from .test_trial16_diff import FIGURE, QUOTE

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

CLAIMS = "claims/novaya-gazeta-europe-un-report.yaml"


@pytest.fixture
def nested(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository whose registry lies in ``data/fact registry/``, a figure and its quote
    changed in the last commit; the working directory is ``data/``."""
    isolated_git(monkeypatch, tmp_path)
    repo = tmp_path / "repo"
    root = shipped_in_git(repo, "data/fact registry")
    claims = root / CLAIMS
    claims.write_text(claims.read_text().replace(*FIGURE, 1).replace(*QUOTE, 1))
    git(repo, "commit", "-qam", "a figure changed")
    monkeypatch.chdir(repo / "data")
    return root


def run(*args: str) -> str:
    return cli_runner().invoke(app, list(args), catch_exceptions=False).stdout


def test_table_paths_open_from_the_working_directory_as_verify_s_do(nested: Path) -> None:
    table = run("diff", "HEAD~1", "HEAD", "--root", "fact registry")
    verify = run("verify", "--root", "fact registry", "--quiet")
    seen = f"fact registry/{CLAIMS}:"
    introduced = [line for line in table.splitlines() if "[quote-not-found]" in line]
    assert introduced, table
    assert all(seen in line for line in introduced), table
    assert any(seen in line and "[quote-not-found]" in line for line in verify.splitlines())
    changed = next(line for line in table.splitlines() if line.lstrip().startswith("~ "))
    assert seen in changed, table
    # every path named opens from here
    assert f" {CLAIMS}" not in table.replace(seen, ""), table


@pytest.mark.parametrize("fmt", ["markdown", "github"])
def test_a_reviewer_s_paths_are_from_the_repository_root(nested: Path, fmt: str) -> None:
    out = run("diff", "HEAD~1", "HEAD", "--root", "fact registry", "--format", fmt)
    assert f"data/fact registry/{CLAIMS}" in out or f"data/fact%20registry/{CLAIMS}" in out, out
    assert f"| {CLAIMS}" not in out and f"file={CLAIMS}" not in out, out
