from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from typer.testing import CliRunner

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"
PROJECT = TESTS.parent
# Modules imported while tests are collected compile their patterns then: never through the
# user's own table of compiled patterns (tests/test_compiled.py turns it on where it tests it).
os.environ["DESERTCHECK_NO_CACHE"] = "1"
# No test is timed (speed is measured by bench/, in ratios): hypothesis's per-example
# deadline would fail a property test on a busy machine, not on a wrong answer.
settings.register_profile("desertcheck", deadline=None)
settings.load_profile("desertcheck")


def cli_runner() -> CliRunner:
    """A runner that keeps stderr apart from stdout, on every click the project supports.

    click 8.2 always separates them and has no ``mix_stderr``; click 8.1 mixes them unless
    told not to.
    """
    try:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        return CliRunner()


def bounded(
    *args: str, memory: int = 1 << 30, timeout: float = 60, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """``desertcheck ARGS`` in a process limited to ``memory`` bytes and ``timeout`` seconds.

    The seconds are processor time, the process's and its workers' (a run that takes more
    fails the test), so a loaded machine does not fail a run that a quiet one passes; the
    wall-clock limit, ten times longer (a minute at least), only stops a process that hangs.
    """
    code = (
        "import resource, sys\n"
        f"resource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))\n"
        "from desertcheck.cli import main\n"
        "sys.argv[0] = 'desertcheck'\n"
        "main()\n"
    )
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=max(10 * timeout, 60),
        cwd=cwd,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    assert cpu <= timeout, f"desertcheck {' '.join(args)}: {cpu:.1f} s of processor time"
    return done


#: What the suite reads and must leave as it found it: the fixture registries, the labelled
#: sets and the shipped registry. A test that writes there (a cache, a stub, an edited
#: claim) changes what later tests read; tests copy a registry before they change it.
KEPT = (FIXTURES, TESTS / "data", PROJECT / "claims", PROJECT / "sources")


def tree_state(roots: tuple[Path, ...] = KEPT) -> dict[str, tuple[int, int]]:
    """Every file under ``roots``: its size and change time, by path."""
    state: dict[str, tuple[int, int]] = {}
    for root in roots:
        for folder, _dirs, files in os.walk(root):
            for name in files:
                path = os.path.join(folder, name)
                info = os.stat(path)
                state[path] = (info.st_size, info.st_mtime_ns)
    return state


def tree_changes(
    before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]
) -> list[str]:
    """What changed between two :func:`tree_state` readings, a line a file."""
    lines = [f"written: {p}" for p in sorted(after.keys() - before.keys())]
    lines += [f"removed: {p}" for p in sorted(before.keys() - after.keys())]
    lines += [
        f"changed: {p}" for p in sorted(before.keys() & after.keys()) if before[p] != after[p]
    ]
    return lines


def pytest_sessionstart(session: pytest.Session) -> None:
    session.config.stash[_KEPT_STATE] = tree_state()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run when a test wrote into, changed or removed a file of :data:`KEPT`."""
    before = session.config.stash.get(_KEPT_STATE, None)
    if before is None:
        return
    changes = tree_changes(before, tree_state())
    if changes:
        sys.stderr.write(
            "\nA test changed files the suite reads (copy a registry before changing it):\n"
        )
        sys.stderr.write("".join(f"  {line}\n" for line in changes[:20]))
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


_KEPT_STATE = pytest.StashKey[dict[str, tuple[int, int]]]()


@pytest.fixture(autouse=True)
def _no_cache(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test writes .desertcheck-cache/ into a fixture; tests/test_cache.py turns it on.
    The cache's key is kept in a folder of the tests', never in the user's home."""
    monkeypatch.setenv("DESERTCHECK_NO_CACHE", "1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "user-cache"))


@pytest.fixture
def runner() -> CliRunner:
    return cli_runner()


def one_source(root: Path, text: str, name: str = "budget") -> Path:
    """``root`` made a registry of one source, ``sources/<name>.md`` holding ``text``, and
    no claim yet."""
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    (root / "sources" / f"{name}.md").write_text(text, "utf-8")
    return root


@pytest.fixture
def registry_copy(tmp_path: Path):
    """Copy a fixture registry (by name under tests/fixtures/loader) into tmp_path."""

    def make(name: str = "valid") -> Path:
        dest = tmp_path / name
        shutil.copytree(FIXTURES / "loader" / name, dest)
        return dest

    return make


@pytest.fixture
def shipped_copy(tmp_path: Path) -> Path:
    """A copy of the shipped registry (claims/, sources/, desertcheck.toml if any)."""
    dest = tmp_path / "shipped"
    dest.mkdir()
    for part in ("claims", "sources"):
        shutil.copytree(PROJECT / part, dest / part)
    if (PROJECT / "desertcheck.toml").exists():
        shutil.copy(PROJECT / "desertcheck.toml", dest / "desertcheck.toml")
    return dest


#: who commits in a test's repository
GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "Test Desk",
    "GIT_AUTHOR_EMAIL": "desk@example.org",
    "GIT_COMMITTER_NAME": "Test Desk",
    "GIT_COMMITTER_EMAIL": "desk@example.org",
    "GIT_CONFIG_NOSYSTEM": "1",
}


def isolated_git(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """A git that knows who commits, reads no user config and never climbs above
    ``home``; and no CI around it (no step summary, no GitHub, no registry root set)."""
    for key, value in GIT_IDENTITY.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / "no-gitconfig"))
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(home))
    for name in ("GITHUB_STEP_SUMMARY", "GITHUB_ACTIONS", "DESERTCHECK_ROOT"):
        monkeypatch.delenv(name, raising=False)


def shipped_in_git(root: Path, within: str = "") -> Path:
    """The shipped registry (claims, sources, desertcheck.toml) at ``root``, or in its
    subfolder ``within``, in a git repository at ``root`` of one commit that ignores the
    cache; returns the registry's folder. Call :func:`isolated_git` first."""
    registry = root / within
    for name in ("claims", "sources"):
        shutil.copytree(PROJECT / name, registry / name)
    shutil.copy(PROJECT / "desertcheck.toml", registry / "desertcheck.toml")
    (root / ".gitignore").write_text(".desertcheck-cache/\n")
    commit_once(root)
    return registry


def commit_once(root: Path) -> None:
    """``root`` made a git repository of one commit holding all it has."""
    for args in (("init", "-q"), ("add", "-A"), ("commit", "-qm", "base")):
        subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=True)


@pytest.fixture
def cache_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache on, for a test of the cache (every other test runs without it)."""
    monkeypatch.delenv("DESERTCHECK_NO_CACHE", raising=False)


def verify_json(root: Path, *args: str) -> tuple[str, str, int]:
    """``verify -f json`` of the registry at ``root``: stdout, stderr, exit code."""
    from desertcheck.cli import app

    r = cli_runner().invoke(app, ["verify", "--root", str(root), "-f", "json", *args])
    return r.stdout, r.stderr, r.exit_code


def damage_entry(root: Path, entry: str, how: str) -> None:
    """Damage the cache entry ``entry`` of the registry at ``root``: ``truncated``, ``wrong
    shape`` (rows that are not rows), ``not a dict`` or ``missing``."""
    from desertcheck.cache import CACHE_DIR, Store

    path = root / CACHE_DIR / entry
    if how == "truncated":
        path.write_bytes(path.read_bytes()[:-10])
    elif how == "wrong shape":
        stored = Store(root).read(entry)
        Store(root).write(entry, {k: ("not", "a", "row") for k in stored})
    elif how == "not a dict":
        Store(root).write(entry, ["a", "list"])
    else:
        path.unlink()


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """Each call of ``parallel.check_all``, as (units of work, processes), while it runs
    as before."""
    from desertcheck import parallel

    calls: list[tuple[int, int]] = []
    check_all = parallel.check_all

    def counting(indices, check, workers, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append((len(indices), workers))
        return check_all(indices, check, workers, *args, **kwargs)

    monkeypatch.setattr(parallel, "check_all", counting)
    return calls


def entries_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the cache's entries (:class:`desertcheck.cache.store.Store`) read from
    here on, in order."""
    from desertcheck.cache.store import Store

    read: list[str] = []
    real_read = Store.read

    def counted(self: Store, name: str) -> Any:
        read.append(name)
        return real_read(self, name)

    monkeypatch.setattr(Store, "read", counted)
    return read
