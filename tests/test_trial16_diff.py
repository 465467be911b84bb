"""diff in a pull request's CI: one place for a finding in every run, the claim the change
added blamed, never the untouched original."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desertcheck.cache import CACHE_DIR
from desertcheck.cli import app

from .conftest import PROJECT, cli_runner, isolated_git

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

#: A claim the desk added, from the words of an existing claim's quote ("… and 501 for
#: desertion."), in a file that sorts before the existing claim's.
DESK = """\
claims:
  - id: desk-awol-cases-2022-2023
    statement: Between 2022 and 2023, 501 criminal cases were opened for absence without leave.
    value: 501
    unit: cases
    measure: awol-cases-opened
    scope: russian-armed-forces
    period: "2022/2023"
    source: moscow-times-proekt-2024
    quote: "and 501 for desertion."
"""


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped registry, committed; the working tree's changes come from each test."""
    monkeypatch.delenv("DESERTCHECK_NO_CACHE", raising=False)
    isolated_git(monkeypatch, tmp_path)
    root = tmp_path / "repo"
    for name in ("claims", "sources"):
        shutil.copytree(PROJECT / name, root / name)
    shutil.copy(PROJECT / "desertcheck.toml", root / "desertcheck.toml")
    (root / ".gitignore").write_text(CACHE_DIR + "/\n")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "base")
    monkeypatch.chdir(root)
    return root


def commit(repo: Path, files: dict[str, str], message: str = "change") -> None:
    for rel, text in files.items():
        (repo / rel).parent.mkdir(parents=True, exist_ok=True)
        (repo / rel).write_text(text)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", message)


def run(*args: str) -> tuple[str, int]:
    r = cli_runner().invoke(app, list(args), catch_exceptions=False)
    return r.stdout, r.exit_code


def launched(*args: str) -> tuple[str, int]:
    """The whole program, as ``desertcheck`` starts it (with the cached diff's fast path)."""
    env = {k: v for k, v in os.environ.items() if k != "DESERTCHECK_NO_CACHE"}
    out = subprocess.run(
        [sys.executable, "-m", "desertcheck", *args], capture_output=True, text=True, env=env
    )
    return out.stdout, out.returncode


def lines_of(out: str, code: str) -> list[str]:
    return [line for line in out.splitlines() if f"[{code}]" in line or f"title={code}" in line]


@pytest.mark.parametrize("fmt", ["table", "github", "json"])
def test_a_duplicate_claim_stands_at_the_new_claim_cold_warm_and_without_cache(
    repo: Path, fmt: str
) -> None:
    commit(repo, {"claims/desk-additions.yaml": DESK})
    cold = launched("diff", "HEAD~1", "HEAD", "-f", fmt)
    assert cold == launched("diff", "HEAD~1", "HEAD", "-f", fmt)  # warm: from the cache
    assert cold == launched("diff", "HEAD~1", "HEAD", "-f", fmt)
    assert cold == launched("diff", "HEAD~1", "HEAD", "-f", fmt, "--no-cache")
    assert cold[0] == run("diff", "HEAD~1", "HEAD", "-f", fmt, "--no-cache")[0]
    if fmt == "table":
        (found,) = lines_of(cold[0], "duplicate-claim")
        assert "claims/desk-additions.yaml:2:" in found
        # told of the new claim, pointing at the untouched one: never at its own place
        assert "claim desk-awol-cases-2022-2023 records the same figure" in found
        assert "(claims/moscow-times-proekt-2024.yaml:" in found
        assert "(claims/desk-additions.yaml:" not in found


#: A claim the desk added in a file read first, taking an id the registry already has.
REUSE = """\
claims:
  - id: nge-un-desertion-convictions-2024
    statement: In 2023, 289 defendants were convicted of disobeying orders.
    value: 289
    unit: defendants
    measure: disobedience-convictions
    scope: russian-military-courts
    period: "2023"
    source: moscow-times-proekt-2024
    quote: "289"
"""


@pytest.mark.parametrize("cache", [(), ("--no-cache",)])
def test_an_id_reused_in_a_new_file_is_blamed_on_the_new_claim(
    repo: Path, cache: tuple[str, ...]
) -> None:
    commit(repo, {"claims/aaa-desk.yaml": REUSE})
    out, code = run("diff", "HEAD~1", "HEAD", *cache)
    assert code == 1
    (found,) = lines_of(out, "duplicate-id")
    assert "claims/aaa-desk.yaml:2:5: error:" in found
    assert "already used at claims/novaya-gazeta-europe-un-report.yaml:" in found
    # the old claim is not checked now: its drift went away unfixed, and says so
    (drift,) = lines_of(out, "attribution-drift")
    assert (
        "resolved, but nge-un-desertion-convictions-2024 now fails verify (duplicate-id)"
        in (out.split("[attribution-drift]")[1].splitlines()[0])
    )
    assert drift.lstrip().startswith("✓")
