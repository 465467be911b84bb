"""``--format github``: annotations capped as GitHub shows them (10 of each type a step), the
rest as plain log lines and in the step summary; file= from the repository root."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from desertcheck.cli import app
from desertcheck.reporters.github import PER_TYPE, annotation, cap

from .conftest import cli_runner
from .machine_fixtures import many_errors


def run(root: Path, summary: Path, *args: str) -> tuple[int, str]:
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    r = cli_runner().invoke(app, ["verify", "--root", str(root), *args], env=env)
    return r.exit_code, r.stdout


def commands(out: str, level: str) -> list[str]:
    return [ln for ln in out.splitlines() if ln.startswith(f"::{level} ")]


def test_more_errors_than_github_shows(tmp_path: Path) -> None:
    root = many_errors(tmp_path / "r", 14)
    summary = tmp_path / "summary.md"
    code, out = run(root, summary)
    assert code == 1
    assert len(commands(out, "error")) == PER_TYPE == 10
    assert len(commands(out, "notice")) == 1  # the unfingerprinted source, its own quota
    plain = [ln for ln in out.splitlines() if ln.startswith("desertcheck: error: ")]
    assert len(plain) == 4
    assert all(p.endswith("[desertcheck unknown-field]") for p in plain)
    assert "4 more findings than GitHub annotates" in out
    text = summary.read_text(encoding="utf-8")
    assert "4 more findings than GitHub annotates" in text
    assert text.count("| error |") == 4
    assert out.splitlines()[-2].startswith("desertcheck: FAILED")  # the summary line stays


def test_under_the_cap_nothing_changes(tmp_path: Path) -> None:
    root = many_errors(tmp_path / "r", 3)
    summary = tmp_path / "summary.md"
    _, out = run(root, summary)
    assert len(commands(out, "error")) == 3
    assert not summary.exists()
    assert "than GitHub annotates" not in out


def test_cap_keeps_each_type_apart_and_plain_lines_run_nothing() -> None:
    lines = [annotation("warning", f"w{i}", file="a.yaml", line=i, title="t") for i in range(12)]
    lines += [annotation("error", "::error::pwned%0A", file="b:c,d.yaml", line=1, title="x")] * 11
    text, dropped = cap("\n".join(lines) + "\nsummary\n")
    out = text.splitlines()
    assert len([ln for ln in out if ln.startswith("::warning ")]) == 10
    assert len([ln for ln in out if ln.startswith("::error ")]) == 10
    assert [d.level for d in dropped] == ["warning", "warning", "error"]
    # the message keeps its words, its colons parted by a word joiner (clean's defuse)
    assert dropped[-1].where == "b:c,d.yaml:1"
    assert dropped[-1].message == ":\u2060:error:\u2060:pwned%0A"
    assert not any(
        ln.startswith("::") for ln in out if not ln.startswith(("::warning ", "::error "))
    )
    assert "summary" in out


def test_file_is_relative_to_the_repository_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A step with working-directory: the registry's folder still annotates repo paths."""
    repo = tmp_path / "repo"
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    root = many_errors(repo / "facts", 1)
    monkeypatch.chdir(root)
    _, out = run(root, tmp_path / "s.md")
    (line,) = commands(out, "error")
    assert "file=facts/claims/broken.yaml," in line


def test_cap_spreads_the_annotations_over_the_files() -> None:
    """Twelve errors in one file and one in another: the other file's error is annotated
    (a pull request's own file is not crowded out), and the order of lines is kept."""
    lines = [annotation("error", f"bulk {i}", file="claims/bulk.yaml", line=i) for i in range(12)]
    lines.append(annotation("error", "mine", file="claims/changed.yaml", line=3))
    text, dropped = cap("\n".join(lines) + "\n")
    annotated = commands(text, "error")
    assert len(annotated) == PER_TYPE
    assert annotated[-1] == lines[-1]  # claims/changed.yaml's error, still last
    assert [d.message for d in dropped] == [f"bulk {i}" for i in range(9, 12)]
    assert all(d.where.startswith("claims/bulk.yaml") for d in dropped)
