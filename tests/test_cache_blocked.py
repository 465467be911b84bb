"""A cache that cannot be kept is said once a run on stderr; `cache clear` deletes only
what the cache writes; a same-size edit whose modification time was set back is seen."""

from __future__ import annotations

import errno
import json
import os
import shutil
from pathlib import Path

import pytest

from desertcheck.cache import CACHE_DIR, blocked, manifest
from desertcheck.cache.store import Store
from desertcheck.cli import app

from .conftest import cli_runner

NOTE = "desertcheck: note: the cache is not kept"


@pytest.fixture(autouse=True)
def _cache_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DESERTCHECK_NO_CACHE", raising=False)
    blocked.reset()


@pytest.fixture
def reg(shipped_copy: Path) -> Path:
    """The shipped registry, with one claim whose figure its quote does not state."""
    path = shipped_copy / "claims" / "baghai-deserters-blog-2023.yaml"
    path.write_text(path.read_text().replace("value: 100000\n", "value: 100001\n", 1))
    return shipped_copy


def run(*args: str) -> tuple[str, str, int]:
    r = cli_runner().invoke(app, list(args), catch_exceptions=False)
    return r.stdout, r.stderr, r.exit_code


def verify(root: Path, *args: str) -> tuple[str, str, int]:
    blocked.reset()  # said once a process, and each run here is one
    return run("verify", "--root", str(root), *args)


def notes(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith(NOTE)]


def without_notes(err: str) -> list[str]:
    return [line for line in err.splitlines() if not line.startswith(NOTE)]


@pytest.mark.parametrize("fmt", ["table", "json", "sarif"])
def test_a_cache_folder_that_is_a_file_is_said_once_on_stderr(reg: Path, fmt: str) -> None:
    expected = verify(reg, "--no-cache", "--format", fmt)
    (reg / CACHE_DIR).write_text("not a folder\n")
    for _ in range(2):
        out, err, code = verify(reg, "--format", fmt)
        assert (out, code) == (expected[0], expected[2])  # stdout is the report alone
        if fmt != "table":
            json.loads(out)
        [note] = notes(err)  # once, however many entries the run could not keep
        assert f"{reg / CACHE_DIR} is a file, not a folder" in note
        assert "--no-cache" in note and "DESERTCHECK_NO_CACHE=1" in note
        assert without_notes(err) == expected[1].splitlines()
    assert (reg / CACHE_DIR).read_text() == "not a folder\n"  # left as it was


def test_no_cache_says_nothing(reg: Path) -> None:
    (reg / CACHE_DIR).write_text("not a folder\n")
    assert not notes(verify(reg, "--no-cache")[1])
    assert not notes(run("--no-cache", "list", "--root", str(reg))[1])


def test_a_cache_that_is_kept_says_nothing(reg: Path) -> None:
    for _ in range(2):
        assert not notes(verify(reg)[1])
    assert (reg / CACHE_DIR).is_dir()


def test_a_symlink_in_its_place_is_named(reg: Path, tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    (reg / CACHE_DIR).symlink_to(tmp_path / "elsewhere")
    [note] = notes(verify(reg)[1])
    assert "is a symlink" in note
    assert not list((tmp_path / "elsewhere").iterdir())


def test_a_full_disk_is_said_and_the_run_goes_on(
    reg: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = verify(reg, "--no-cache", "--format", "json")

    def full(self: Store, name: str, *data: bytes) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self.folder / name))

    monkeypatch.setattr(Store, "_replace", full)
    out, err, code = verify(reg, "--format", "json")
    assert (out, code) == (expected[0], expected[2])
    [note] = notes(err)
    assert os.strerror(errno.ENOSPC) in note and "free some space" in note


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes a read-only folder"
)
@pytest.mark.parametrize("where", ["registry", "cache folder"])
def test_a_read_only_folder_is_said(reg: Path, where: str) -> None:
    expected = verify(reg, "--no-cache")
    folder = reg if where == "registry" else reg / CACHE_DIR
    folder.mkdir(exist_ok=True)
    folder.chmod(0o555)
    try:
        out, err, code = verify(reg)
        assert (out, code) == (expected[0], expected[2])
        [note] = notes(err)
        assert os.strerror(errno.EACCES) in note and str(reg / CACHE_DIR) in note
    finally:
        folder.chmod(0o755)


def test_clear_names_a_file_that_blocks_the_cache(reg: Path) -> None:
    (reg / CACHE_DIR).write_text("mine\n")
    out, err, code = run("cache", "clear", "--root", str(reg))
    assert code == 0 and not out
    assert f"{reg / CACHE_DIR} is a file, not a folder" in err and "no cache in" not in err
    assert (reg / CACHE_DIR).read_text() == "mine\n"


def test_clear_keeps_a_file_of_the_users_own(reg: Path) -> None:
    verify(reg)
    folder = reg / CACHE_DIR
    written = sorted(p.name for p in folder.iterdir())
    assert "README" in written and ".gitignore" in written
    assert any(name.startswith("report-") for name in written)
    (folder / "mynotes.txt").write_text("my own notes\n")
    (folder / "old.dat").write_text("not an entry\n")  # an entry's name, not its header
    (folder / "drafts").mkdir()
    out, err, code = run("cache", "clear", "--root", str(reg))
    assert code == 0 and not out
    assert sorted(p.name for p in folder.iterdir()) == ["drafts", "mynotes.txt", "old.dat"]
    assert "kept 3" in err and "mynotes.txt" in err and "drafts" in err
    assert (folder / "mynotes.txt").read_text() == "my own notes\n"
    shutil.rmtree(folder / "drafts")
    (folder / "mynotes.txt").unlink()
    (folder / "old.dat").unlink()
    verify(reg)
    assert run("cache", "clear", "--root", str(reg))[1:] == (
        f"desertcheck: note: deleted {folder}\n",
        0,
    )
    assert not folder.exists()


def test_a_same_size_edit_with_its_times_set_back_is_seen(
    reg: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`cp -p`, `rsync -a`, `tar -x`: the edit keeps the size and the modification time
    (set back to the nanosecond), and the run must still not replay the stale report."""
    monkeypatch.setattr(manifest, "RACY_NS", 0)  # every time trusted: the stat rule alone
    path = reg / "claims" / "baghai-deserters-blog-2023.yaml"
    long_ago = 1_600_000_000_000_000_000
    os.utime(path, ns=(long_ago, long_ago))
    before = verify(reg)
    assert before[2] == 1 and verify(reg) == before  # warm: the stored report
    size = path.stat().st_size
    path.write_text(path.read_text().replace("value: 100001\n", "value: 100000\n", 1))
    os.utime(path, ns=(long_ago, long_ago))
    assert path.stat().st_size == size and path.stat().st_mtime_ns == long_ago
    expected = verify(reg, "--no-cache")
    assert expected[2] == 0  # the edit fixed the claim
    assert verify(reg) == expected
