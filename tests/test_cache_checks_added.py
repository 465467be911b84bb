"""Per-claim results kept apart after an edit (``checks-added.dat``): an edit rewrites a
small entry, not the whole of ``checks.dat``; whichever entry holds a group, verify writes
what a run without the cache writes, and an add-on entry that is damaged, of another
version or registry, or written by two runs at once is never trusted beyond what checks
out."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desertcheck.cache import CACHE_DIR, Store
from desertcheck.cache import split as split_entry
from desertcheck.cache.checks import ADDED, ENTRY, RUNS, CheckCache
from desertcheck.cache.manifest import Manifest
from desertcheck.config import load_config
from desertcheck.registry import load_registry
from desertcheck.verify import verify as run_verify

from .conftest import damage_entry, verify_json

pytestmark = pytest.mark.usefixtures("cache_on")
verify = verify_json


def claims_files(root: Path) -> list[Path]:
    return sorted((root / "claims").glob("*.yaml"))


def edit(path: Path, n: int = 1) -> None:
    """A new version of the file (a comment added): its claims are as they were."""
    path.write_text(path.read_text(encoding="utf-8") + f"# edit {n}\n", encoding="utf-8")


def entry_bytes(root: Path, name: str) -> bytes | None:
    path = root / CACHE_DIR / name
    return path.read_bytes() if path.exists() else None


def checked(root: Path) -> tuple[int, int]:
    """A run's per-claim results through the cache, no whole run kept: (claims taken from
    the cache, claims in the registry)."""
    store = Store(root)
    store.prune(RUNS, 0)
    loaded = load_registry(root)
    config, config_findings = load_config(root)
    cache = CheckCache(store, Manifest(root))
    cached = run_verify(loaded, config, extra=config_findings, cache=cache)
    assert cached.claims == run_verify(loaded, config, extra=config_findings).claims
    assert cached.findings == run_verify(loaded, config, extra=config_findings).findings
    return cache.hits, len(loaded.registry.claims)


def test_an_edit_writes_the_added_entry_not_the_whole(shipped_copy: Path) -> None:
    root = shipped_copy
    expected = verify(root, "--no-cache")
    assert verify(root) == expected
    whole = entry_bytes(root, ENTRY)
    assert whole and entry_bytes(root, ADDED) is None
    for n in range(1, 4):  # each edit another version of the same file
        edit(claims_files(root)[0], n)
        assert verify(root) == verify(root, "--no-cache")
        assert entry_bytes(root, ENTRY) == whole  # not rewritten
        added = Store(root).read(ADDED)
        assert isinstance(added, dict) and len(added) == 1  # the file's latest version
    kept = entry_bytes(root, ADDED)
    hits, claims = checked(root)
    assert hits == claims  # the edited file's claims from the added entry
    assert entry_bytes(root, ENTRY) == whole and entry_bytes(root, ADDED) == kept  # no write


def test_many_changes_are_folded_into_the_whole(
    shipped_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = shipped_copy
    verify(root)
    edit(claims_files(root)[0])
    verify(root)
    assert Store(root).read(ADDED)
    monkeypatch.setattr(split_entry, "MIN_APART", 0)  # a tenth of the files: none apart
    edit(claims_files(root)[2])
    assert verify(root) == verify(root, "--no-cache")
    assert Store(root).read(ADDED) == {}
    whole = Store(root).read(ENTRY)
    assert isinstance(whole, dict) and len(whole) == len(claims_files(root))  # this run's
    hits, claims = checked(root)
    assert hits == claims


DAMAGES: dict[str, Callable[[bytes], bytes]] = {
    "truncated": lambda raw: raw[: len(raw) // 2],
    "edited": lambda raw: raw[:-1] + bytes([raw[-1] ^ 1]),  # the MAC no longer matches
    "another version": lambda raw: raw.replace(b'"tool":"', b'"tool":"0.0.1+', 1),
    "another registry": lambda raw: raw.replace(b'"registry":"', b'"registry":"/elsewhere', 1),
}


@pytest.mark.parametrize("damage", [*DAMAGES, "wrong shape", "not a dict"])
def test_a_damaged_added_entry_means_the_file_is_checked_again(
    shipped_copy: Path, damage: str
) -> None:
    root = shipped_copy
    verify(root)
    path = claims_files(root)[0]
    edit(path)
    expected = verify(root, "--no-cache")
    assert verify(root) == expected
    added = root / CACHE_DIR / ADDED
    if damage in DAMAGES:
        added.write_bytes(DAMAGES[damage](added.read_bytes()))
        assert Store(root).read(ADDED) is None
    else:
        damage_entry(root, ADDED, damage)
    loaded = load_registry(root)
    in_file = sum(1 for c in loaded.registry.claims if c.file == f"claims/{path.name}")
    hits, claims = checked(root)
    # the edited file's claims are found again by their own digest in the whole entry
    # (their fields and lines are as they were) unless the add-on's wrong shape hid them
    assert hits in (claims, claims - in_file)
    (root / CACHE_DIR / ADDED).unlink(missing_ok=True)
    assert verify(root) == expected


def test_the_added_entry_is_not_read_without_its_whole(shipped_copy: Path) -> None:
    root = shipped_copy
    verify(root)
    edit(claims_files(root)[0])
    verify(root)
    (root / CACHE_DIR / ENTRY).unlink()
    hits, _ = checked(root)
    assert hits == 0
    assert isinstance(Store(root).read(ENTRY), dict)  # written whole again


def test_an_added_entry_of_another_registry_is_not_trusted(
    shipped_copy: Path, tmp_path: Path
) -> None:
    import shutil

    root = shipped_copy
    other = tmp_path / "other"
    shutil.copytree(root, other)
    verify(other)
    edit(claims_files(other)[0])
    verify(other)
    verify(root)
    shutil.copy(other / CACHE_DIR / ADDED, root / CACHE_DIR / ADDED)
    assert Store(root).read(ADDED) is None
    edit(claims_files(root)[1])
    assert verify(root) == verify(root, "--no-cache")


def test_two_runs_writing_at_once_leave_entries_that_check_out(shipped_copy: Path) -> None:
    """Two runs that read the same entries, each after its own edit, save one after the
    other: the last add-on written stays, and what it and the whole entry hold is right for
    any version of the files."""
    root = shipped_copy
    verify(root)
    store = Store(root)
    store.prune(RUNS, 0)
    config, config_findings = load_config(root)
    first, second = claims_files(root)[0], claims_files(root)[1]
    edit(first)
    loaded_a = load_registry(root)
    cache_a = CheckCache(store, Manifest(root))
    edit(second)
    loaded_b = load_registry(root)
    cache_b = CheckCache(store, Manifest(root))  # read before either run saved
    run_verify(loaded_b, config, extra=config_findings, cache=cache_b)
    run_verify(loaded_a, config, extra=config_findings, cache=cache_a)  # saved last
    assert isinstance(store.read(ADDED), dict)
    assert verify(root) == verify(root, "--no-cache")
    for n in (2, 3):
        edit(first, n)
        assert verify(root) == verify(root, "--no-cache")
