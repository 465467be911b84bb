"""The suite's guard against tests that write into the files later tests read
(conftest's ``pytest_sessionfinish``): its reading of a tree, case by case."""

from __future__ import annotations

import os
from pathlib import Path

from .conftest import KEPT, tree_changes, tree_state


def test_the_guard_keeps_the_fixtures_the_data_and_the_shipped_registry() -> None:
    names = {(p.parent.name, p.name) for p in KEPT}
    assert ("tests", "fixtures") in names and ("tests", "data") in names
    assert {p.name for p in KEPT} >= {"claims", "sources"}
    assert all(p.is_dir() for p in KEPT)


def test_a_file_written_removed_or_changed_is_named(tmp_path: Path) -> None:
    (tmp_path / "keep.yaml").write_text("a: 1\n")
    (tmp_path / "edit.yaml").write_text("b: 1\n")
    (tmp_path / "gone.yaml").write_text("c: 1\n")
    before = tree_state((tmp_path,))
    assert tree_changes(before, tree_state((tmp_path,))) == []
    cache = tmp_path / "valid" / ".desertcheck-cache"
    cache.mkdir(parents=True)
    (cache / "manifest").write_bytes(b"x")
    (tmp_path / "edit.yaml").write_text("b: 22\n")
    (tmp_path / "gone.yaml").unlink()
    assert tree_changes(before, tree_state((tmp_path,))) == [
        f"written: {cache / 'manifest'}",
        f"removed: {tmp_path / 'gone.yaml'}",
        f"changed: {tmp_path / 'edit.yaml'}",
    ]


def test_a_file_rewritten_with_its_own_bytes_is_still_named(tmp_path: Path) -> None:
    path = tmp_path / "same.yaml"
    path.write_text("a: 1\n")
    before = tree_state((tmp_path,))
    info = os.stat(path)
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000))
    assert tree_changes(before, tree_state((tmp_path,))) == [f"changed: {path}"]
