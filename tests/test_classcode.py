"""The table of dataclass methods' code (:mod:`desertcheck.cache.classcode`): a class made
through it is the class ``dataclasses`` makes; a table that does not check out is ignored."""

from __future__ import annotations

import dataclasses
import marshal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desertcheck import compiled
from desertcheck.cache import classcode
from desertcheck.cache.store import Store, key_path


@pytest.fixture
def table(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[classcode._Table]:
    """The hook installed on a fresh table, in a user cache folder of this test's; taken
    off again afterwards."""
    monkeypatch.delenv("DESERTCHECK_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    monkeypatch.setattr(classcode.atexit, "register", lambda fn: fn)
    fresh = classcode._Table()
    monkeypatch.setattr(classcode, "_TABLE", fresh)
    monkeypatch.delattr(dataclasses, "exec", raising=False)
    classcode.install()
    yield fresh
    monkeypatch.delattr(dataclasses, "exec", raising=False)


def make() -> type:
    @dataclasses.dataclass(frozen=True, slots=True)
    class Point:
        x: int
        y: int = 0
        tags: tuple[str, ...] = ()

        def total(self) -> int:
            return self.x + self.y

    return Point


METHODS = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__")


def codes(cls: type) -> dict[str, bytes]:
    return {m: marshal.dumps(getattr(cls, m).__code__) for m in METHODS}


def test_a_class_made_through_the_table_is_the_class_dataclasses_makes(
    table: classcode._Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = make()  # compiled, and kept
    assert table.grown and len(table.entries or {}) >= len(METHODS)
    table.save()
    again = classcode._Table()
    again.entries = classcode._read()
    assert again.entries == table.entries
    monkeypatch.setattr(classcode, "_TABLE", again)
    monkeypatch.delattr(dataclasses, "exec")
    plain = make()  # dataclasses alone
    classcode.install()
    kept = make()  # every function from the table
    assert not again.grown
    assert codes(kept) == codes(plain) == codes(first)
    p = kept(1, 2)
    assert (repr(p), p == kept(1, 2), hash(p) == hash(plain(1, 2)), p.total()) == (
        repr(plain(1, 2)).replace(plain.__qualname__, kept.__qualname__),
        True,
        True,
        3,
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 3  # type: ignore[misc]


def test_the_text_is_compiled_without_this_modules_future_features(
    table: classcode._Table,
) -> None:
    """``from __future__ import annotations`` here would make the return annotation of
    every ``__init__`` text ("None") instead of the object, as dataclasses gives it."""
    cls = make()
    assert cls.__init__.__annotations__["return"] is None  # type: ignore[misc]


def entry() -> Path:
    return key_path().parent / compiled.FOLDER / classcode.entry_name()


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # truncated
        lambda b: b[:-10] + bytes(10),  # code changed: the signature fails
        lambda b: b"",
    ],
)
def test_a_damaged_table_is_ignored(table: classcode._Table, damage) -> None:  # type: ignore[no-untyped-def]
    make()
    table.save()
    entry().write_bytes(damage(entry().read_bytes()))
    assert classcode._read() == {}


def test_a_table_signed_under_another_key_is_not_trusted(
    table: classcode._Table, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make()
    table.save()
    data = entry().read_bytes()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "another-user"))
    entry().parent.mkdir(parents=True)
    entry().write_bytes(data)
    assert classcode._read() == {}


def test_a_signed_entry_that_is_not_code_is_compiled_afresh(
    table: classcode._Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    make()
    texts = list(table.entries or {})
    store = Store(key_path().parent, folder=compiled.FOLDER)
    store.write(classcode.entry_name(), {**dict.fromkeys(texts, "not code"), 3: b"x"})
    fresh = classcode._Table()
    fresh.entries = classcode._read()
    assert fresh.entries == {}
    monkeypatch.setattr(classcode, "_TABLE", fresh)
    monkeypatch.delattr(dataclasses, "exec")
    classcode.install()
    assert make()(4, 5).total() == 9


def test_installed_once(table: classcode._Table) -> None:
    hook = dataclasses.exec  # type: ignore[attr-defined]
    classcode.install()
    assert dataclasses.exec is hook  # type: ignore[attr-defined]


def run(code: str, user_cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"XDG_CACHE_HOME": str(user_cache), "PATH": "", "PYTHONPATH": ":".join(sys.path)}
    return subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True
    )


def test_the_entry_point_keeps_the_table_and_a_second_run_compiles_nothing(
    tmp_path: Path,
) -> None:
    root = Path(__file__).resolve().parent.parent
    code = (
        "import sys, atexit\n"
        "from desertcheck.cache import classcode\n"
        "atexit.register(lambda: print(len(classcode._TABLE.entries or {}),"
        " classcode._TABLE.grown, file=sys.stderr))\n"
        "sys.argv = ['desertcheck', '--root', sys.argv[1], 'verify', '--format', 'json',"
        " *sys.argv[2:]]\n"
        "from desertcheck.launch import entry\n"
        "entry()\n"
    )
    first, second = (run(code, tmp_path, str(root)) for _ in range(2))
    assert first.stdout == second.stdout and first.stdout.startswith("{")
    (n1, grown1), (n2, grown2) = (r.stderr.split()[-2:] for r in (first, second))
    assert int(n1) > 100 and grown1 == "True"
    assert (n2, grown2) == (n1, "False")
    off = run(code, tmp_path / "off", str(root), "--no-cache")
    assert off.stdout == first.stdout and off.stderr.split()[-2:] == ["0", "False"]
    assert not (tmp_path / "off" / "desertcheck" / compiled.FOLDER).exists()
