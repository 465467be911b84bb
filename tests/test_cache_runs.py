"""Whole verify runs kept an entry each (``run-<key>.dat``): a run over a changed registry
reads none of them, only the latest few are kept, and an entry that does not check out
(damaged, another run's, of another shape) is never taken. A stored report the entry
point looked up and missed is not looked up again by the command."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desertcheck.cache import CACHE_DIR, Store
from desertcheck.cache.checks import MAX_RUNS, RUNS, CheckCache, run_entry, stored_runs
from desertcheck.cache.manifest import Manifest
from desertcheck.config import load_config
from desertcheck.registry import load_registry
from desertcheck.verify import verify as run_verify

from .conftest import entries_read
from .conftest import verify_json as verify

pytestmark = pytest.mark.usefixtures("cache_on")


def checked(root: Path, **options: object) -> tuple[object, CheckCache]:
    """verify's core over ``root`` with the cache: its result, and the cache (its hits)."""
    config, extra = load_config(root)
    cache = CheckCache(Store(root), Manifest(root))
    result = run_verify(load_registry(root), config, extra=extra, cache=cache, **options)  # type: ignore[arg-type]
    return result, cache


def run_files(root: Path) -> list[str]:
    return sorted(p.name for p in (root / CACHE_DIR).iterdir() if p.name.startswith(RUNS))


def test_a_run_over_a_changed_registry_reads_no_stored_run(
    shipped_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    verify(shipped_copy)
    checked(shipped_copy, claim_ids=[checked(shipped_copy)[0].claims[0].id])  # type: ignore[attr-defined]
    before = run_files(shipped_copy)
    assert len(before) == 2
    path = next((shipped_copy / "claims").glob("*.yaml"))
    path.write_text(path.read_text() + "\n")
    read = entries_read(monkeypatch)
    _, cache = checked(shipped_copy)
    assert cache.hits > 0  # the claims were looked up: no whole run was taken
    (asked,) = [name for name in read if name.startswith(RUNS)]
    assert asked not in before  # its own run's entry, not there yet: no other was read
    assert run_files(shipped_copy) == sorted([*before, asked])


def test_only_the_latest_runs_are_kept(shipped_copy: Path) -> None:
    ids = [c.id for c in checked(shipped_copy)[0].claims]  # type: ignore[attr-defined]
    start = time.time_ns()
    for step, cid in enumerate(ids[: MAX_RUNS + 2]):
        before = set(run_files(shipped_copy))
        checked(shipped_copy, claim_ids=[cid])
        (new,) = set(run_files(shipped_copy)) - before
        when = start + 1_000_000_000 * (step + 1)  # one write a second, whatever the clock
        os.utime(shipped_copy / CACHE_DIR / new, ns=(when, when))
    runs = stored_runs(Store(shipped_copy))
    assert len(runs) == len(run_files(shipped_copy)) == MAX_RUNS
    latest, cache = checked(shipped_copy, claim_ids=[ids[MAX_RUNS + 1]])
    assert cache.hits == 0  # the latest run is among those kept: taken whole
    assert [c.id for c in latest.claims] == [ids[MAX_RUNS + 1]]  # type: ignore[attr-defined]
    _, cache = checked(shipped_copy, claim_ids=[ids[0]])
    assert cache.hits == 1  # the first was deleted: its claim looked up again


def test_a_run_kept_under_another_runs_name_is_not_taken(shipped_copy: Path) -> None:
    """An entry's name holds a part of its key: the key inside must be the run's own."""
    expected = verify(shipped_copy, "--no-cache")
    checked(shipped_copy)
    store = Store(shipped_copy)
    ((key, (_, lines)),) = stored_runs(store).items()
    bad = ("no-such-code", "error", "x", None, 1, 1, (), None)
    store.write(run_entry(key), (key[:32] + "0" * 32, (bad,), lines))
    result, cache = checked(shipped_copy)
    assert cache.hits == len(result.claims)  # type: ignore[attr-defined]
    assert verify(shipped_copy) == expected


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],
        lambda raw: raw[:-1] + bytes([raw[-1] ^ 1]),
        lambda raw: b"",
    ],
    ids=["truncated", "edited", "empty"],
)
def test_a_damaged_run_is_ignored_and_rebuilt(shipped_copy: Path, damage) -> None:  # type: ignore[no-untyped-def]
    expected = verify(shipped_copy, "--no-cache")
    checked(shipped_copy)
    (name,) = run_files(shipped_copy)
    path = shipped_copy / CACHE_DIR / name
    path.write_bytes(damage(path.read_bytes()))
    result, cache = checked(shipped_copy)
    assert cache.hits == len(result.claims)  # type: ignore[attr-defined]
    assert Store(shipped_copy).read(name) is not None  # written again, whole
    assert verify(shipped_copy) == expected


def test_concurrent_runs_each_leave_a_whole_run(shipped_copy: Path) -> None:
    ids = [c.id for c in checked(shipped_copy)[0].claims][:3]  # type: ignore[attr-defined]
    for name in run_files(shipped_copy):
        (shipped_copy / CACHE_DIR / name).unlink()
    env = {k: v for k, v in os.environ.items() if k != "DESERTCHECK_NO_CACHE"}
    argv = [sys.executable, "-m", "desertcheck", "--root", str(shipped_copy), "verify"]
    procs = [
        subprocess.Popen([*argv, "--claim", cid, "-f", "json"], env=env, stdout=subprocess.PIPE)
        for cid in ids
    ]
    for p in procs:
        p.communicate()
    runs = stored_runs(Store(shipped_copy))
    assert len(runs) == len(run_files(shipped_copy)) == len(ids)
    for cid in ids:
        _, cache = checked(shipped_copy, claim_ids=[cid])
        assert cache.hits == 0  # each run kept whole, and taken


COUNTING = (
    "import sys\n"
    "from desertcheck.cache.store import Store\n"
    "read = Store.read\n"
    "names = []\n"
    "def counted(self, name):\n"
    "    names.append(name)\n"
    "    return read(self, name)\n"
    "Store.read = counted\n"
    "sys.argv = ['desertcheck', '--root', sys.argv[1], 'verify', '-f', 'json']\n"
    "from desertcheck.launch import main\n"
    "try:\n    main()\nexcept SystemExit:\n    pass\n"
    "sys.stderr.write(repr(names) + '\\n')\n"
)


def test_the_entry_points_missed_lookup_is_not_repeated_by_the_command(
    shipped_copy: Path,
) -> None:
    """After an edit, the stored report is read once (by the entry point), not again by
    verify, which takes the entry point's listing of the files."""
    env = {k: v for k, v in os.environ.items() if k != "DESERTCHECK_NO_CACHE"}
    argv = [sys.executable, "-c", COUNTING, str(shipped_copy)]
    first = subprocess.run(argv, env=env, capture_output=True, text=True, check=True)
    path = next((shipped_copy / "claims").glob("*.yaml"))
    path.write_text(path.read_text() + "\n")
    edited = subprocess.run(argv, env=env, capture_output=True, text=True, check=True)
    names = eval(edited.stderr.splitlines()[-1])  # the list the script printed
    assert len([n for n in names if n.startswith("report-")]) == 1
    assert edited.stdout == first.stdout == verify(shipped_copy, "--no-cache")[0]
