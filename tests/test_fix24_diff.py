"""diff against its oracle: what ``verify`` reports of each side, edit by edit. Each case
here is one an earlier diff got wrong; tests/test_diff_fuzz.py finds more at random."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import cli_runner, isolated_git, shipped_in_git

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

UN = "sources/novaya-gazeta-europe-un-report.md"


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    isolated_git(monkeypatch, tmp_path)
    root = shipped_in_git(tmp_path / "repo")
    monkeypatch.chdir(root)
    return root


def commit(repo: Path, message: str = "edit") -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", message)


def diff(*args: str) -> tuple[dict, int]:
    r = cli_runner().invoke(app, ["diff", *args, "-f", "json"], catch_exceptions=False)
    return json.loads(r.stdout), r.exit_code


def codes(found: list[dict]) -> list[str]:
    return sorted(f["code"] for f in found)


def reword_source(repo: Path) -> str:
    """A word of the UN report's text changed, its fingerprint left: the original text."""
    path = repo / UN
    text = path.read_text()
    head, sep, body = text.partition("\n---\n")
    path.write_text(head + sep + body.replace("desertion", "DESERTION", 1))
    return text


def test_restoring_a_source_as_published_introduces_nothing(repo: Path) -> None:
    original = reword_source(repo)
    commit(repo)
    (repo / UN).write_text(original)  # the fix source-modified asks for
    commit(repo)
    got, code = diff("HEAD~1", "HEAD")
    assert codes(got["findings"]["introduced"]) == []
    assert codes(got["findings"]["resolved"]) == ["source-modified"]
    assert code == 0


def launched(*args: str, cwd: Path) -> tuple[str, int]:
    """The whole program, as ``desertcheck`` starts it (the entry point's fast paths)."""
    env = {k: v for k, v in os.environ.items() if k != "DESERTCHECK_NO_CACHE"}
    out = subprocess.run(
        [sys.executable, "-m", "desertcheck", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
    )
    return out.stdout, out.returncode


def test_a_diff_from_the_cache_gives_places_from_the_working_directory(repo: Path) -> None:
    path = repo / "claims" / "moscow-times-proekt-2024.yaml"
    path.write_text(path.read_text().replace("value: 4600\n", "value: 4601\n", 1))
    commit(repo)
    args = ("diff", "HEAD~1", "HEAD", "--root", "repo")
    cold = launched(*args, cwd=repo.parent)
    assert "repo/claims/moscow-times-proekt-2024.yaml:29" in cold[0]
    from desertcheck.diff.fast import diff_from_cache

    assert diff_from_cache(repo, "HEAD~1", "HEAD") is not None  # the next run is the fast one
    assert launched(*args, cwd=repo.parent) == cold
