"""An incremental run is a cold run: after every kind of edit, verify and diff with the
cache warm write, byte for byte, what they write with ``--no-cache``.

Edits of every kind, applied one after another to a copy of the shipped registry: a claim
added, removed, its value changed, its source's text changed, a claim that joins a
cross-claim disagreement (a contradiction) and one that leaves it again.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from desertcheck.cache import CACHE_DIR
from desertcheck.cli import app

from .conftest import PROJECT, cli_runner, isolated_git

CLAIMS = "claims/baghai-deserters-blog-2023.yaml"
SOURCE = "sources/baghai-deserters-blog-2023.md"
#: A claim of the same measure, scope, unit and period as baghai-war-deaths (over 100,000)
#: and a figure below it: the two contradict each other.
RIVAL = """
  - id: baghai-war-deaths-rival
    statement: The war in Ukraine has claimed 50,000 lives.
    value: 50000
    unit: people
    measure: war-deaths
    scope: russia-ukraine-war
    period: "2022-02/2023-12-09"
    cumulative: true
    source: baghai-deserters-blog-2023
    quote: "The conflict has claimed over 100,000 lives and displaced millions of people."
"""
ADDED = (
    RIVAL.replace("-rival", "-again")
    .replace("50,000", "over 100,000")
    .replace("value: 50000\n", "value: 100000\n    qualifier: over\n")
)


def _edit(rel: str, old: str, new: str, count: int = 1) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        path = root / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {rel}"
        path.write_text(text.replace(old, new, count), encoding="utf-8")

    return apply


def _append(rel: str, more: str) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        path = root / rel
        path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n" + more)

    return apply


def _rival(old: str | None, new: str = "") -> Callable[[Path], None]:
    """An edit of the rival claim (the last in the file), or (``old`` None) its removal."""

    def apply(root: Path) -> None:
        path = root / CLAIMS
        head, mark, block = path.read_text(encoding="utf-8").rpartition(RIVAL_ID)
        assert mark
        if old is None:
            path.write_text(head.rstrip(" -\n") + "\n", encoding="utf-8")
            return
        assert old in block
        path.write_text(head + mark + block.replace(old, new, 1), encoding="utf-8")

    return apply


RIVAL_ID = "  - id: baghai-war-deaths-rival"
EDITS: list[tuple[str, Callable[[Path], None]]] = [
    ("value changed", _edit(CLAIMS, "value: 100000\n", "value: 100001\n")),
    ("value changed back", _edit(CLAIMS, "value: 100001\n", "value: 100000\n")),
    ("claim added", _append(CLAIMS, ADDED)),
    ("claim removed", _edit(CLAIMS, ADDED, "")),
    ("joins a contradiction", _append(CLAIMS, RIVAL)),
    ("statement changed", _rival("claimed 50,000", "claimed some 50,000")),
    ("leaves the contradiction", _rival("value: 50000\n", "value: 150000\n")),
    ("joins it again", _rival("value: 150000\n", "value: 60000\n")),
    ("source text changed", _edit(SOURCE, "100,000 lives", "100,500 lives")),
    ("source text restored", _edit(SOURCE, "100,500 lives", "100,000 lives")),
    ("rival removed", _rival(None)),
]


@pytest.fixture
def registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("DESERTCHECK_NO_CACHE", raising=False)
    root = tmp_path / "reg"
    for name in ("claims", "sources"):
        shutil.copytree(PROJECT / name, root / name)
    shutil.copy(PROJECT / "desertcheck.toml", root / "desertcheck.toml")
    return root


def _run(*args: str) -> tuple[str, str, int]:
    r = cli_runner().invoke(app, list(args), catch_exceptions=False)
    return r.stdout, r.stderr, r.exit_code


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_verify_after_each_edit_writes_what_a_cold_run_writes(registry: Path, fmt: str) -> None:
    root = str(registry)
    _run("verify", "--root", root, "--format", fmt)  # the cache warm before the first edit
    seen = set()
    for name, edit in EDITS:
        edit(registry)
        warm = _run("verify", "--root", root, "--format", fmt)
        cold = _run("verify", "--root", root, "--format", fmt, "--no-cache")
        assert warm == cold, name
        seen.add(warm[0])
    assert (registry / CACHE_DIR).is_dir()
    assert len(seen) > 3  # the edits changed the report: a test that can fail
    if fmt == "json":
        joined = [o for o in seen if "baghai-war-deaths-rival" in o and "contradiction" in o]
        assert joined  # the rival did join a contradiction


def _launched(*args: str) -> tuple[str, int]:
    env = {k: v for k, v in os.environ.items() if k != "DESERTCHECK_NO_CACHE"}
    out = subprocess.run(
        [sys.executable, "-m", "desertcheck", *args], capture_output=True, text=True, env=env
    )
    return out.stdout, out.returncode


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_diff_of_each_edit_is_what_an_uncached_diff_says(
    registry: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    isolated_git(monkeypatch, tmp_path)
    from desertcheck.diff.fast import diff_from_cache

    (registry / ".gitignore").write_text(CACHE_DIR + "/\n")
    _git(registry, "init", "-q")
    _git(registry, "add", "-A")
    _git(registry, "commit", "-qm", "start")
    monkeypatch.chdir(registry)
    _run("verify", "--format", "json")
    for name, edit in EDITS:
        edit(registry)
        _git(registry, "commit", "-qam", name)
        for fmt in ("json", "table"):
            warm = _run("diff", "HEAD~1", "HEAD", "--format", fmt)
            monkeypatch.setenv("DESERTCHECK_NO_CACHE", "1")
            cold = _run("diff", "HEAD~1", "HEAD", "--format", fmt)
            monkeypatch.delenv("DESERTCHECK_NO_CACHE")
            assert warm == cold, (name, fmt)
            # the whole program: the entry point compares two sides met before from the
            # cache (desertcheck.diff.fast) when only claims files changed
            assert _launched("diff", "HEAD~1", "HEAD", "--format", fmt) == cold[::2], name
        taken = diff_from_cache(registry, "HEAD~1", "HEAD")  # both sides kept by now
        assert (taken is not None) is (not name.startswith("source")), name
        working = _run("diff", "HEAD~1", "--format", "json")  # against the working tree
        monkeypatch.setenv("DESERTCHECK_NO_CACHE", "1")
        assert working == _run("diff", "HEAD~1", "--format", "json"), name
        monkeypatch.delenv("DESERTCHECK_NO_CACHE")
