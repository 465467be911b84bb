"""The manifest against a stored one: whether the files are as they were, and, either way,
the digests of the files whose size and trusted time are as stored taken from it, so that
after an edit only the edited files are read."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desertcheck.cache import manifest as manifest_module
from desertcheck.cache.manifest import RACY_NS, Manifest


@pytest.fixture
def stored(shipped_copy: Path) -> dict[str, Any]:
    """The manifest of the registry as a run stores it, every file's time trusted: its
    modification times set back, and taken as if later than the change times this sets."""
    past = time.time_ns() - 2 * RACY_NS
    for folder, _, files in os.walk(shipped_copy):
        for name in files:
            os.utime(os.path.join(folder, name), ns=(past, past))
    taken = Manifest(shipped_copy)
    taken.taken_ns += 2 * RACY_NS
    return taken.to_json()


def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files digested (read) from now on."""
    read: list[str] = []
    digest = manifest_module._digest_file

    def counting(path: str, size: int) -> str:
        read.append(Path(path).name)
        return digest(path, size)

    monkeypatch.setattr(manifest_module, "_digest_file", counting)
    return read


def test_unchanged_files_are_not_read(
    shipped_copy: Path, stored: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    read = reads(monkeypatch)
    now = Manifest(shipped_copy)
    assert now.matches(stored)
    assert all(now.digest(rel) for rel in now.entries) and read == []


@pytest.mark.parametrize("which", [0, -1])
def test_after_an_edit_only_the_edited_file_is_read(
    shipped_copy: Path, stored: dict[str, Any], monkeypatch: pytest.MonkeyPatch, which: int
) -> None:
    path = sorted((shipped_copy / "claims").glob("*.yaml"))[which]
    path.write_text(path.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    read = reads(monkeypatch)
    now = Manifest(shipped_copy)
    assert not now.matches(stored)
    digests = {rel: now.digest(rel) for rel in now.entries}
    assert read == [path.name]  # the first claims file or the last: the rest from `stored`
    fresh = Manifest(shipped_copy)
    assert digests == {rel: fresh.digest(rel) for rel in fresh.entries}


def test_a_file_added_is_no_match_and_the_others_are_not_read(
    shipped_copy: Path, stored: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    (shipped_copy / "claims" / "new.yaml").write_text("claims: []\n", encoding="utf-8")
    read = reads(monkeypatch)
    now = Manifest(shipped_copy)
    assert not now.matches(stored)
    for rel in now.entries:
        now.digest(rel)
    assert read == ["new.yaml"]


@pytest.mark.parametrize(
    ("damage", "matched"),
    [
        (lambda row: "not a row", False),
        (lambda row: ["d", *row[1:]], False),  # another kind of entry
        (lambda row: [*row[:4], 12345, True], True),  # as it was, but a digest not text
    ],
)
def test_a_malformed_stored_digest_is_never_taken(
    shipped_copy: Path, stored: dict[str, Any], damage: Callable[[Any], Any], matched: bool
) -> None:
    rel = next(r for r in stored if r.startswith("claims/") and r.endswith(".yaml"))
    stored[rel] = damage(stored[rel])
    now = Manifest(shipped_copy)
    assert now.matches(stored) is matched
    assert now.digest(rel) == Manifest(shipped_copy).digest(rel)  # read, not taken
