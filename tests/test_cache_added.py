"""Claims files kept apart after an edit (``claims-added.dat``): an edit rewrites a small
entry, not the whole of ``claims.dat``; whichever entry holds a file, what loads is what a
cold load gives, and a damaged or orphaned entry is never trusted."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desertcheck.cache import CACHE_DIR, Store
from desertcheck.cache import claims as claims_cache
from desertcheck.cache.claims import ADDED, ENTRY, ClaimFileCache
from desertcheck.cache.manifest import Manifest
from desertcheck.cli import app
from desertcheck.registry import LoadResult, load_registry

from .conftest import cli_runner, damage_entry


@pytest.fixture(autouse=True)
def _cache_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DESERTCHECK_NO_CACHE", raising=False)


@pytest.fixture
def root(shipped_copy: Path) -> Path:
    return shipped_copy


def claims_files(root: Path) -> list[Path]:
    return sorted((root / "claims").glob("*.yaml"))


def load(root: Path) -> tuple[LoadResult, ClaimFileCache]:
    """A load through the cache (which keeps what it read)."""
    cache = ClaimFileCache(Store(root), Manifest(root))
    return load_registry(root, cache=cache), cache


def edit(path: Path, n: int = 1) -> None:
    """A change of the file's content that leaves what it says as it was."""
    path.write_text(path.read_text(encoding="utf-8") + f"# edit {n}\n", encoding="utf-8")


def assert_as_cold(root: Path, loaded: LoadResult) -> None:
    expected = load_registry(root)
    assert loaded.findings == expected.findings
    assert loaded.registry.claims == expected.registry.claims
    assert [c.where for c in loaded.registry.claims] == [c.where for c in expected.registry.claims]
    assert loaded.registry.relations == expected.registry.relations


def entry_bytes(root: Path, name: str) -> bytes | None:
    path = root / CACHE_DIR / name
    return path.read_bytes() if path.exists() else None


def test_an_edit_writes_the_added_entry_not_the_whole(root: Path) -> None:
    load(root)
    whole = entry_bytes(root, ENTRY)
    assert whole and entry_bytes(root, ADDED) is None
    edit(claims_files(root)[0])
    loaded, _ = load(root)
    assert entry_bytes(root, ENTRY) == whole  # not rewritten
    added = Store(root).read(ADDED)
    assert isinstance(added, dict) and len(added) == 1
    assert_as_cold(root, loaded)
    kept = entry_bytes(root, ADDED)
    again, cache = load(root)
    assert cache.hits == len(claims_files(root))  # the edited file from the added entry
    assert entry_bytes(root, ENTRY) == whole and entry_bytes(root, ADDED) == kept  # no write
    assert_as_cold(root, again)


def test_verify_after_an_edit_writes_what_a_cold_run_writes(root: Path) -> None:
    def verify(*args: str) -> tuple[str, str, int]:
        r = cli_runner().invoke(app, ["verify", "--root", str(root), "-f", "json", *args])
        return r.stdout, r.stderr, r.exit_code

    verify()
    for n in range(1, 4):  # each edit another version of the same file
        edit(claims_files(root)[1], n)
        assert verify() == verify("--no-cache")
        assert Store(root).read(ADDED)


@pytest.mark.parametrize("damage", ["truncated", "wrong shape", "not a dict"])
def test_a_damaged_added_entry_means_the_file_is_read_again(root: Path, damage: str) -> None:
    load(root)
    edit(claims_files(root)[0])
    load(root)
    damage_entry(root, ADDED, damage)
    loaded, cache = load(root)
    assert cache.hits == len(claims_files(root)) - 1
    assert_as_cold(root, loaded)


def test_the_added_entry_is_not_read_without_its_whole(root: Path) -> None:
    load(root)
    edit(claims_files(root)[0])
    load(root)
    (root / CACHE_DIR / ENTRY).unlink()
    loaded, cache = load(root)
    assert cache.hits == 0
    assert_as_cold(root, loaded)
    assert Store(root).read(ENTRY)  # written whole again


def test_many_changes_are_folded_into_the_whole(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load(root)
    edit(claims_files(root)[0])
    load(root)
    assert Store(root).read(ADDED)
    monkeypatch.setattr(claims_cache, "MIN_ADDED", 0)  # a tenth of 5 files: none kept apart
    edit(claims_files(root)[2])
    loaded, _ = load(root)
    assert Store(root).read(ADDED) == {}
    whole = Store(root).read(ENTRY)
    assert isinstance(whole, dict) and len(whole) == len(claims_files(root)) + len(
        list((root / "sources").glob("*.md"))
    )  # only what this load read: the versions edited before are left out
    assert_as_cold(root, loaded)
    _, cache = load(root)
    assert cache.hits == len(claims_files(root))


def test_a_file_no_longer_there_is_left_behind_then_dropped(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load(root)
    os.unlink(claims_files(root)[0])
    before = entry_bytes(root, ENTRY)
    loaded, _ = load(root)
    assert entry_bytes(root, ENTRY) == before  # one file gone: kept apart, not rewritten
    assert_as_cold(root, loaded)
    monkeypatch.setattr(claims_cache, "MIN_ADDED", 0)  # a tenth of 10 files: one apart
    os.unlink(claims_files(root)[0])
    loaded, _ = load(root)
    whole = Store(root).read(ENTRY)
    assert isinstance(whole, dict) and len(whole) == len(claims_files(root)) + len(
        list((root / "sources").glob("*.md"))
    )  # the two files gone: dropped
    assert Store(root).read(ADDED) is None  # nothing was kept apart to empty
    assert_as_cold(root, loaded)
