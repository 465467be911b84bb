"""Reports people read give each file:line as seen from where the command ran, so it opens
from there; the formats CI reads keep theirs from the repository root."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import FIXTURES, cli_runner

BROKEN = FIXTURES / "loader" / "two-problems"


@pytest.mark.parametrize(
    ("cwd", "root", "shown"),
    [
        ("repo", "facts", "facts/claims/second.yaml:8:13"),
        ("repo/facts", ".", "claims/second.yaml:8:13"),
        ("repo/facts/claims", "..", "../claims/second.yaml:8:13"),
        ("repo/elsewhere", "../facts", "../facts/claims/second.yaml:8:13"),
    ],
)
@pytest.mark.parametrize("quiet", [True, False])
def test_text_paths_open_from_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cwd: str, root: str, shown: str, quiet: bool
) -> None:
    shutil.copytree(BROKEN, tmp_path / "repo" / "facts")
    (tmp_path / "repo" / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / cwd)
    args = ["verify", "--root", root, "--format", "table", *(["--quiet"] if quiet else [])]
    r = cli_runner().invoke(app, args, env={"COLUMNS": "200"})
    assert r.exit_code == 1
    lines = r.stdout.splitlines()
    assert any(line.startswith(f"{shown}: error: claim 'alpha-cases'") for line in lines), r.stdout


def test_far_away_registry_is_named_in_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(BROKEN, tmp_path / "a" / "b" / "facts")
    (tmp_path / "x" / "y").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "x" / "y")
    r = cli_runner().invoke(app, ["verify", "--root", "../../a/b/facts", "--quiet"])
    at = (tmp_path / "a" / "b" / "facts").resolve().as_posix()
    assert f"\n{at}/claims/second.yaml:8:13: error:" in "\n" + r.stdout


def test_github_annotations_keep_the_repository_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    repo = tmp_path / "repo"
    shutil.copytree(BROKEN, repo / "facts")
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    monkeypatch.chdir(repo / "facts" / "claims")
    r = cli_runner().invoke(app, ["verify", "--root", "..", "--format", "github"])
    assert "file=facts/claims/second.yaml,line=8" in r.stdout


@pytest.mark.parametrize(
    ("cwd", "root", "prefix"),
    [("repo", "facts", "facts/"), ("repo/facts", ".", ""), ("repo/facts/claims", "..", "../")],
)
def test_every_command_people_read_names_files_from_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cwd: str, root: str, prefix: str
) -> None:
    """show's "defined in", the loader's problems on stderr (list, export, vocab, show) and
    the reason a claim did not load: each a path that opens from where the command ran."""
    shutil.copytree(BROKEN, tmp_path / "repo" / "facts")
    monkeypatch.chdir(tmp_path / cwd)
    runner = cli_runner()
    env = {"COLUMNS": "200"}
    shown = runner.invoke(app, ["show", "alpha-desertions-2024", "--root", root], env=env)
    assert f"  defined in  {prefix}claims/alpha.yaml:2\n" in shown.stdout, shown.stdout
    located = f"{prefix}claims/second.yaml:8:13: error:"
    for command in (
        ["list"],
        ["export", "--format", "csv"],
        ["vocab"],
        ["show", "alpha-desertions-2024"],
    ):
        r = runner.invoke(app, [*command, "--root", root], env=env)
        assert any(line.startswith(located) for line in r.stderr.splitlines()), (command, r.stderr)
    missing = runner.invoke(app, ["show", "alpha-cases", "--root", root], env=env)
    assert missing.exit_code == 2
    assert f"did not load: {located}" in missing.stderr, missing.stderr
