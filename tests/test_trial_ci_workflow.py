"""docs/ci.md's complete workflow for another repository, run as written: its install pin is
a tag or a full commit SHA, and each `desertcheck` command of its steps does on a pull
request what the doc says (diff --strict fails on an introduced warning only; scan
--min-coverage fails under the coverage)."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from desertcheck.cli import app

from .conftest import PROJECT, cli_runner, isolated_git

DOC = (PROJECT / "docs" / "ci.md").read_text(encoding="utf-8")
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def workflow() -> dict[Any, Any]:
    (block,) = [b for b in re.findall(r"```yaml\n(.*?)```", DOC, flags=re.S) if "DESERTCHECK:" in b]
    return dict(yaml.safe_load(block))


def steps() -> list[dict[str, Any]]:
    (job,) = workflow()["jobs"].values()
    return list(job["steps"])


def commands() -> list[list[str]]:
    """Each `desertcheck` command line of the steps, with $BASE_REF as on a pull request."""
    found = []
    for step in steps():
        for line in str(step.get("run", "")).splitlines():
            words = shlex.split(line.replace("$BASE_REF", "main"))
            if words and words[0] == "desertcheck" and words[1:] != ["--version"]:
                found.append(words[1:])
    return found


def test_the_workflow_is_complete_and_pinned() -> None:
    flow = workflow()
    on = flow.get("on", flow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert set(on["pull_request"]["paths"]) == {"claims/**", "sources/**", "desertcheck.toml"}
    assert flow["permissions"] == {"contents": "read"}
    pin = flow["env"]["DESERTCHECK"]
    m = re.fullmatch(r"desertcheck @ git\+https://\S+@(?P<rev>\S+)", pin)
    assert m, pin
    assert re.fullmatch(r"v[0-9]+(\.[0-9]+)*|[0-9a-f]{40}", m["rev"]), "a tag or a full SHA"
    (checkout,) = [s for s in steps() if str(s.get("uses", "")).startswith("actions/checkout")]
    assert checkout["with"]["fetch-depth"] == 0
    install = next(s for s in steps() if s.get("id") == "install")
    assert 'pip install "$DESERTCHECK"' in install["run"]
    assert "desertcheck --version" in install["run"]
    assert "${{" not in "".join(str(s.get("run", "")) for s in steps())
    assert [c[0] for c in commands()] == ["verify", "diff", "scan"]


SOURCE = """---
title: "Budget"
publisher: "Eastmoor Borough Council"
language: "en"
published: "2025-02-27"
---
Council tax will rise by 4.99% in 2025.
"""
CLAIM = """claims:
  - id: {id}
    statement: "{statement}"
    value: 4.99
    unit: percent
    measure: council-tax-rise
    scope: eastmoor
    period: "2025"
    source: budget
    quote: "Council tax will rise by 4.99%"
"""


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A registry whose one figure is registered, committed on main as origin/main, and a
    pull request branch checked out."""
    isolated_git(monkeypatch, tmp_path)
    path = tmp_path / "repo"
    (path / "sources").mkdir(parents=True)
    (path / "claims").mkdir()
    (path / "sources/budget.md").write_text(SOURCE, "utf-8")
    claim = CLAIM.format(id="tax-rise", statement="Council tax will rise by 4.99%.")
    (path / "claims/budget.yaml").write_text(claim, "utf-8")
    git(path, "init", "-q", "-b", "main")
    git(path, "add", "-A")
    git(path, "commit", "-q", "-m", "registry")
    git(path, "update-ref", "refs/remotes/origin/main", "HEAD")
    git(path, "checkout", "-q", "-b", "pull-request")
    monkeypatch.chdir(path)
    return path


def run_steps(repo: Path) -> list[int]:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "--allow-empty", "-m", "the pull request")
    runner = cli_runner()
    return [runner.invoke(app, args).exit_code for args in commands()]


def test_a_pull_request_that_breaks_nothing_passes(repo: Path) -> None:
    assert run_steps(repo) == [0, 0, 0]


def test_a_pull_request_that_adds_a_warning_fails_diff_only(repo: Path) -> None:
    second = CLAIM.format(id="tax-rise-again", statement="Council tax will rise.")
    (repo / "claims/second.yaml").write_text(second, "utf-8")
    assert run_steps(repo) == [0, 1, 0]  # verify passes warnings; diff --strict does not


def test_a_source_without_claims_fails_the_coverage(repo: Path) -> None:
    more = SOURCE.replace("Council tax will rise by 4.99% in 2025.", "Rents rose by 7.4%.")
    (repo / "sources/rents.md").write_text(more, "utf-8")
    assert run_steps(repo) == [0, 0, 1]  # 1 of 2 figures registered: 50%, under 90
