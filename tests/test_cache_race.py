"""A claims file saved while a command reads the registry: what was read of it is never
kept under the digest of what it was before, so a later run on the earlier text (an undo,
a checkout) loads that text, not the one saved meanwhile."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from desertcheck.cache.manifest import Manifest, unchanged
from desertcheck.cache.reports import ReportCache
from desertcheck.cli import app

from .conftest import cli_runner

FILE = "claims/baghai-deserters-blog-2023.yaml"


pytestmark = pytest.mark.usefixtures("cache_on")


def value(root: Path, *more: str) -> object:
    r = cli_runner().invoke(app, ["list", "--root", str(root), "--format", "json", *more])
    assert r.exit_code == 0, r.stdout + r.stderr
    claims = json.loads(r.stdout)
    claims = claims["claims"] if isinstance(claims, dict) else claims
    return next(c["value"] for c in claims if c["id"] == "baghai-war-deaths")


@pytest.mark.parametrize("command", ["verify", "list"])
def test_a_file_saved_while_it_is_read_is_not_kept(
    shipped_copy: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    path = shipped_copy / FILE
    assert value(shipped_copy) == 100000  # the cache warm
    first = path.read_text("utf-8").replace("value: 100000\n", "value: 200000\n", 1)
    path.write_text(first, encoding="utf-8")  # an edit the cache has not seen
    digested = ReportCache.snapshot

    def snapshot(self: ReportCache) -> None:
        digested(self)  # every file digested, then saved by an editor before it is read
        path.write_text(first.replace("value: 200000\n", "value: 900000\n", 1), "utf-8")

    monkeypatch.setattr(ReportCache, "snapshot", snapshot)
    cli_runner().invoke(app, [command, "--root", str(shipped_copy)])
    monkeypatch.setattr(ReportCache, "snapshot", digested)
    path.write_text(first, encoding="utf-8")  # undone
    assert value(shipped_copy, "--no-cache") == 200000
    assert value(shipped_copy) == 200000


def test_a_manifest_is_still_until_an_entry_changes(tmp_path: Path) -> None:
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "a.yaml").write_text("claims: []\n", encoding="utf-8")
    files = Manifest(tmp_path)
    assert unchanged(files) and unchanged(object())  # a revision's tree cannot change
    (tmp_path / "claims" / "a.yaml").write_text("claims: []  \n", encoding="utf-8")
    assert not unchanged(files)


def test_a_save_of_the_same_size_and_time_is_told_by_its_digest(tmp_path: Path) -> None:
    # a file system that keeps whole seconds: the save leaves size and time as they were
    path = tmp_path / "claims" / "a.yaml"
    path.parent.mkdir()
    path.write_text("value: 200000\n", encoding="utf-8")
    files = Manifest(tmp_path)
    files.digest("claims/a.yaml")
    was = path.stat().st_mtime_ns
    path.write_text("value: 900000\n", encoding="utf-8")
    os.utime(path, ns=(was, was))
    assert not unchanged(files)
