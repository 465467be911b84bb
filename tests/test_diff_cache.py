"""diff by blob: two revisions are read from git alone, and per-claim results are keyed by
blob ids, shared with verify and between the two sides; a cached diff is a cold diff."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desertcheck.cache import CACHE_DIR, Store
from desertcheck.cache.checks import ADDED, ENTRY
from desertcheck.cache.manifest import Manifest
from desertcheck.cli import app

from .conftest import PROJECT, cli_runner, damage_entry, isolated_git

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped registry in a repository of two commits: one claim's figure changed."""
    monkeypatch.delenv("DESERTCHECK_NO_CACHE", raising=False)
    isolated_git(monkeypatch, tmp_path)
    root = tmp_path / "repo"
    for name in ("claims", "sources"):
        shutil.copytree(PROJECT / name, root / name)
    shutil.copy(PROJECT / "desertcheck.toml", root / "desertcheck.toml")
    (root / ".gitignore").write_text(CACHE_DIR + "/\n")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "a")
    path = root / "claims" / "baghai-deserters-blog-2023.yaml"
    path.write_text(path.read_text().replace("value: 100000\n", "value: 100001\n", 1))
    git(root, "commit", "-qam", "b")
    monkeypatch.chdir(root)
    return root


def run(*args: str) -> tuple[str, str, int]:
    r = cli_runner().invoke(app, list(args), catch_exceptions=False)
    return r.stdout, r.stderr, r.exit_code


@pytest.mark.parametrize("fmt", ["json", "table", "markdown"])
def test_a_cached_diff_is_a_cold_diff(repo: Path, fmt: str) -> None:
    expected = run("diff", "HEAD~1", "HEAD", "-f", fmt, "--no-cache")
    assert not (repo / CACHE_DIR).exists()
    assert expected[2] == 1 and "value-not-in-quote" in expected[0]
    assert run("diff", "HEAD~1", "HEAD", "-f", fmt) == expected
    assert Store(repo).read(ENTRY)
    assert run("diff", "HEAD~1", "HEAD", "-f", fmt) == expected
    run("verify")  # replaces the entries with the working tree's: still the same diff
    assert run("diff", "HEAD~1", "HEAD", "-f", fmt) == expected


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_a_cached_diff_with_the_working_tree_is_a_cold_one(repo: Path, fmt: str) -> None:
    path = repo / "claims" / "moscow-times-proekt-2024.yaml"
    path.write_text(path.read_text().replace("unit: ", "unit:  ", 1))
    (repo / "claims" / "broken.yaml").write_text("claims: [\n")
    expected = run("diff", "HEAD~1", "-f", fmt, "--no-cache")
    assert "yaml-syntax" in expected[0] or fmt == "table"
    run("verify")
    for _ in range(2):  # the working tree's claims files from the cache, then all of it
        assert run("diff", "HEAD~1", "-f", fmt) == expected


def stored_groups(repo: Path) -> set[str]:
    """The groups of per-claim results kept: checks.dat's and its add-on's."""
    return set(Store(repo).read(ENTRY)) | set(Store(repo).read(ADDED) or ())


def test_results_are_shared_by_blob_id(repo: Path) -> None:
    run("verify")
    after_verify = stored_groups(repo)
    run("diff", "HEAD~1", "HEAD")
    after_diff = stored_groups(repo)
    assert after_verify <= after_diff  # diff adds, and keeps what verify stored
    # HEAD is the working tree: its side added nothing; HEAD~1 added the changed file's
    new = after_diff - after_verify
    assert 0 < len(new) < len(after_verify)


def test_two_revisions_never_read_the_working_tree(repo: Path) -> None:
    expected = run("diff", "HEAD~1", "HEAD", "-f", "json", "--no-cache")
    (repo / "claims" / "broken.yaml").write_text("claims: [\n")
    (repo / "sources" / "baghai-deserters-blog-2023.md").write_text("gone\n")
    assert run("diff", "HEAD~1", "HEAD", "-f", "json") == expected
    working = run("diff", "HEAD", "-f", "json")  # HEAD against the working tree
    assert "yaml-syntax" in working[0]


def test_the_manifest_digest_is_the_git_blob_id(repo: Path) -> None:
    manifest = Manifest(repo)
    for rel in ("claims/baghai-deserters-blog-2023.yaml", "desertcheck.toml"):
        assert manifest.digest(rel) == git(repo, "hash-object", rel).strip()


def test_a_blob_both_revisions_hold_is_read_from_git_once(repo: Path, tmp_path: Path) -> None:
    from desertcheck.diff import checkout, find_repo, resolve_revision

    found = find_repo(repo)
    written: dict[str, Path] = {}
    sides = []
    for rev in ("HEAD~1", "HEAD"):
        dest = tmp_path / rev.replace("~", "-")
        dest.mkdir()
        ids: dict[str, str] = {}
        assert checkout(found, resolve_revision(found, rev), dest, ids, written) == []
        sides.append((dest, ids))
    (old, old_ids), (new, new_ids) = sides
    changed = "claims/baghai-deserters-blog-2023.yaml"
    assert old_ids[changed] != new_ids[changed]
    for rel, oid in new_ids.items():
        assert (new / rel).read_bytes() == git(repo, "show", f"HEAD:{rel}").encode()
        same_blob = old_ids.get(rel) == oid
        assert ((old / rel).stat().st_ino == (new / rel).stat().st_ino) is same_blob
    assert set(written) == set(old_ids.values()) | set(new_ids.values())


def test_a_revision_as_verify_saw_the_working_tree_takes_its_run(repo: Path) -> None:
    """HEAD is the working tree, which verify has run on: diff's HEAD side is that run."""
    from desertcheck.cache.checks import stored_runs

    expected = run("diff", "HEAD~1", "HEAD", "-f", "json", "--no-cache")
    run("verify")
    assert len(stored_runs(Store(repo))) == 1
    assert run("diff", "HEAD~1", "HEAD", "-f", "json") == expected
    assert len(stored_runs(Store(repo))) == 2  # HEAD~1's run added; HEAD's was there


def launched(*args: str) -> tuple[str, int]:
    """The whole program, as ``desertcheck`` starts it (the entry point's fast paths)."""
    env = {k: v for k, v in os.environ.items() if k != "DESERTCHECK_NO_CACHE"}
    out = subprocess.run(
        [sys.executable, "-m", "desertcheck", *args], capture_output=True, text=True, env=env
    )
    return out.stdout, out.returncode


def test_two_revisions_met_before_are_compared_from_the_cache(repo: Path) -> None:
    from desertcheck.diff.fast import diff_from_cache

    assert diff_from_cache(repo, "HEAD~1", "HEAD") is None  # no side kept yet
    expected = {f: run("diff", "HEAD~1", "HEAD", "-f", f, "--no-cache") for f in FAST}
    run("diff", "HEAD~1", "HEAD")  # keeps both sides
    got = diff_from_cache(repo, "HEAD~1", "HEAD")
    assert got is not None and got[0].claims_changed and got[0].introduced
    for fmt in FAST:  # through the entry point, which takes the fast path
        assert launched("diff", "HEAD~1", "HEAD", "-f", fmt) == expected[fmt][::2]
        assert (
            launched("diff", "HEAD~1", "HEAD", "-f", fmt, "--strict")
            == (run("diff", "HEAD~1", "HEAD", "-f", fmt, "--strict", "--no-cache")[::2])
        )
    reverse = diff_from_cache(repo, "HEAD", "HEAD~1")
    assert reverse is not None and reverse[0].resolved


FAST = ("json", "table")


@pytest.mark.parametrize(
    "edit",
    [
        ("sources/baghai-deserters-blog-2023.md", "100,000 lives", "100,500 lives"),
        ("desertcheck.toml", "\n", "\n\n"),
        ("claims/baghai-deserters-blog-2023.yaml", "claims:\n", "claims: [\n"),  # broken
    ],
)
def test_a_change_beyond_clean_claims_files_is_compared_in_full(
    repo: Path, edit: tuple[str, str, str]
) -> None:
    from desertcheck.diff.fast import diff_from_cache

    rel, old, new = edit
    path = repo / rel
    path.write_text(path.read_text().replace(old, new, 1))
    git(repo, "commit", "-qam", "c")
    expected = run("diff", "HEAD~1", "HEAD", "-f", "json", "--no-cache")
    run("diff", "HEAD~1", "HEAD")
    assert diff_from_cache(repo, "HEAD~1", "HEAD") is None
    assert launched("diff", "HEAD~1", "HEAD", "-f", "json") == expected[::2]


@pytest.mark.parametrize("entry", ["sides.dat", "claims.dat"])
@pytest.mark.parametrize("damage", ["truncated", "wrong shape", "missing"])
def test_a_damaged_or_missing_entry_means_the_full_diff(
    repo: Path, entry: str, damage: str
) -> None:
    from desertcheck.diff.fast import diff_from_cache

    expected = run("diff", "HEAD~1", "HEAD", "-f", "json", "--no-cache")
    run("diff", "HEAD~1", "HEAD")
    damage_entry(repo, entry, damage)
    assert diff_from_cache(repo, "HEAD~1", "HEAD") is None
    assert launched("diff", "HEAD~1", "HEAD", "-f", "json") == expected[::2]


def test_the_diff_from_the_cache_starts_neither_typer_nor_the_checks(repo: Path) -> None:
    run("diff", "HEAD~1", "HEAD")  # keeps both sides
    env = {k: v for k, v in os.environ.items() if k != "DESERTCHECK_NO_CACHE"}
    code = (
        "import sys, atexit\n"
        "heavy = ('typer', 'desertcheck.checks', 'desertcheck.verify', 'yaml')\n"
        "atexit.register(lambda: print([m for m in heavy if m in sys.modules], file=sys.stderr))\n"
        "sys.argv = ['desertcheck', *sys.argv[1:]]\n"
        "from desertcheck.launch import main\n"
        "main()\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, "diff", "HEAD~1", "HEAD", "-f", "json"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert (out.stdout, out.returncode) == run("diff", "HEAD~1", "HEAD", "-f", "json")[::2]
    assert out.stderr.strip().splitlines()[-1] == "[]"
