"""``$DESERTCHECK_CACHE_DIR``: every registry's cache kept in a folder outside the
registries (a read-only checkout, a registry on a shared drive), one folder a registry."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desertcheck.cache import CACHE_DIR, blocked
from desertcheck.cache.store import CACHE_DIR_ENV, cache_folder
from desertcheck.cli import app

from .conftest import FIXTURES, cli_runner

VALID = FIXTURES / "loader" / "valid"
NOTE = "desertcheck: note: the cache is not kept"


@pytest.fixture(autouse=True)
def _cache_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DESERTCHECK_NO_CACHE", raising=False)
    blocked.reset()


def run(*args: str) -> tuple[str, str, int]:
    blocked.reset()
    r = cli_runner().invoke(app, list(args), catch_exceptions=False)
    return r.stdout, r.stderr, r.exit_code


def copy(tmp_path: Path, name: str) -> Path:
    root = tmp_path / name
    shutil.copytree(VALID, root)
    return root


def test_the_cache_is_kept_there_and_not_in_the_registry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keep = tmp_path / "caches"
    monkeypatch.setenv(CACHE_DIR_ENV, str(keep))
    root = copy(tmp_path, "reg")
    cold = run("verify", "--root", str(root), "--no-cache", "--format", "json")
    first = run("verify", "--root", str(root), "--format", "json")
    warm = run("verify", "--root", str(root), "--format", "json")
    assert cold == first == warm
    assert not (root / CACHE_DIR).exists()
    [folder] = keep.iterdir()
    assert folder == cache_folder(root) and folder.name.startswith("reg-")
    assert (folder / ".gitignore").is_file() and any(folder.glob("*")), "entries kept"


def test_two_registries_of_one_name_keep_two_caches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "caches"))
    one, two = copy(tmp_path / "a", "reg"), copy(tmp_path / "b", "reg")
    (two / "claims" / "alpha.yaml").write_text(
        (two / "claims" / "alpha.yaml").read_text("utf-8").replace("value: 1200", "value: 1201"),
        "utf-8",
    )
    got_one = run("verify", "--root", str(one), "--format", "json")
    got_two = run("verify", "--root", str(two), "--format", "json")
    assert cache_folder(one) != cache_folder(two)
    assert run("verify", "--root", str(one), "--format", "json") == got_one
    assert run("verify", "--root", str(two), "--format", "json") == got_two
    assert got_one != got_two


def test_a_registry_whose_own_cache_is_blocked_keeps_one_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy(tmp_path, "reg")
    (root / CACHE_DIR).write_text("not a folder\n")  # as a read-only checkout would block it
    _out, err, _code = run("verify", "--root", str(root))
    assert NOTE in err
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "caches"))
    _out, err, _code = run("verify", "--root", str(root))
    assert NOTE not in err and cache_folder(root).is_dir()


def test_cache_clear_clears_the_registrys_folder_there_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "caches"))
    one, two = copy(tmp_path, "one"), copy(tmp_path, "two")
    for root in (one, two):
        run("verify", "--root", str(root))
    _out, err, code = run("cache", "clear", "--root", str(one))
    assert code == 0 and f"deleted {cache_folder(one)}" in err
    assert not cache_folder(one).exists() and cache_folder(two).is_dir()
    _out, err, code = run("cache", "clear", "--root", str(one))
    assert code == 0 and f"no cache in {tmp_path / 'caches'} for {one}" in err


@pytest.mark.parametrize(
    ("setting", "under"),
    [
        ("~/caches", "home/caches"),  # the user's home
        ("caches", "work/caches"),  # relative: to the working folder
    ],
)
def test_the_setting_is_read_as_a_user_writes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting: str, under: str
) -> None:
    (tmp_path / "home").mkdir()
    (tmp_path / "work").mkdir()
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path / "work")
    monkeypatch.setenv(CACHE_DIR_ENV, setting)
    root = copy(tmp_path, "my registry")
    folder = cache_folder(root)
    assert folder.parent == tmp_path / under
    assert folder.name.startswith("my-registry-") and len(folder.name) == len("my-registry-") + 16


def test_unset_or_empty_it_is_the_registrys_own_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(CACHE_DIR_ENV, raising=False)
    assert cache_folder(tmp_path) == tmp_path / CACHE_DIR
    monkeypatch.setenv(CACHE_DIR_ENV, "")
    assert cache_folder(tmp_path) == tmp_path / CACHE_DIR
