"""``--jobs``: claims checked in forked processes give the report one process gives."""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desertcheck import parallel
from desertcheck.cli import app

from .conftest import PROJECT, cli_runner


@contextlib.contextmanager
def bounded_wait(seconds: int) -> Iterator[None]:
    """A hang guard, not a timing: the block fails when it is still running after
    ``seconds`` (SIGALRM interrupts a wait on the workers)."""

    def hung(*_: object) -> None:
        raise AssertionError(f"still waiting after {seconds} s")

    before = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, before)


needs_fork = pytest.mark.skipif(not parallel.can_fork(), reason="processes cannot be forked here")


@pytest.mark.parametrize(
    ("items", "jobs", "cores", "expected"),
    [
        (10_000, 1, 8, 1),  # one job asked for: here
        (999, 0, 8, 1),  # too few claims to pay for the processes
        (10_000, 0, 8, 8),  # every core
        (10_000, 0, 1, 1),  # one core
        (10_000, 3, 8, 3),  # as asked
        (10_000, 64, 8, 20),  # never fewer than half PARALLEL_MIN claims a process
        (1_500, 0, 8, 3),
    ],
)
def test_how_many_processes(
    monkeypatch: pytest.MonkeyPatch, items: int, jobs: int, cores: int, expected: int
) -> None:
    monkeypatch.setattr(parallel, "can_fork", lambda: True)
    monkeypatch.setattr(parallel, "available_cores", lambda: cores)
    assert parallel.workers_for(items, jobs) == expected


def test_no_processes_where_none_can_be_forked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "can_fork", lambda: False)
    assert parallel.workers_for(100_000, 8) == 1


@needs_fork
def test_check_all_gives_every_result_once() -> None:
    got = dict(parallel.check_all(list(range(50)), lambda i: ([], i * 2), 3))
    assert got == {i: ([], i * 2) for i in range(50)}


@needs_fork
@pytest.mark.parametrize("fmt", ["json", "table", "sarif"])
def test_jobs_write_the_report_one_process_writes(
    shipped_copy: Path, monkeypatch: pytest.MonkeyPatch, forks: list[tuple[int, int]], fmt: str
) -> None:
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 8)
    runner = cli_runner()
    base = ["verify", "--root", str(shipped_copy), "--format", fmt]
    one = runner.invoke(app, [*base, "--jobs", "1"])
    two = runner.invoke(app, [*base, "--jobs", "2"])
    assert [w for _, w in forks] == [2]  # the second run forked two processes, the first none
    assert (two.exit_code, two.stdout) == (one.exit_code, one.stdout)


@needs_fork
def test_jobs_fill_the_cache_and_skip_what_it_holds(
    shipped_copy: Path, monkeypatch: pytest.MonkeyPatch, forks: list[tuple[int, int]]
) -> None:
    monkeypatch.delenv("DESERTCHECK_NO_CACHE")
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 2)
    runner = cli_runner()
    base = ["verify", "--root", str(shipped_copy), "--format", "json", "--jobs", "2"]
    first = runner.invoke(app, base)
    claims_file = sorted((shipped_copy / "claims").glob("*.yaml"))[0]
    text = claims_file.read_text(encoding="utf-8")
    claims_file.write_text(text.replace("statement: ", "statement: Edited, ", 2), encoding="utf-8")
    again = runner.invoke(app, [*base, "--quiet"])  # another report: the checks' cache is used
    assert first.exit_code == again.exit_code
    # the five claims files read (and their 63 claims checked) in the workers, nothing
    # checked after; then only the two edited claims
    assert forks == [(5, 2), (2, 2)]


@pytest.mark.parametrize("value", ["-1", "two"])
def test_a_bad_jobs_value_is_a_usage_error(shipped_copy: Path, value: str) -> None:
    result = cli_runner().invoke(app, ["verify", "--root", str(shipped_copy), "--jobs", value])
    assert result.exit_code == 2
    assert "--jobs" in result.stderr


def test_the_environment_sets_the_minimum(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "can_fork", lambda: True)
    monkeypatch.setattr(parallel, "available_cores", lambda: 4)
    monkeypatch.setenv(parallel.MIN_ENV, "1")
    assert parallel.workers_for(3, 0) == 3
    monkeypatch.setenv(parallel.MIN_ENV, "not a number")
    assert parallel.workers_for(3, 0) == 1


@needs_fork
@pytest.mark.parametrize("fmt", ["json", "table"])
def test_audit_jobs_write_the_report_one_process_writes(
    monkeypatch: pytest.MonkeyPatch, forks: list[tuple[int, int]], fmt: str
) -> None:
    from desertcheck.audit import run as audit_run

    monkeypatch.setattr(audit_run, "AUDIT_PARALLEL_MIN", 1)
    drafts = sorted(str(p) for p in (PROJECT / "tests" / "data" / "audit_fifth").glob("*.md"))
    base = ["audit", "--root", str(PROJECT), "--format", fmt, *drafts]
    runner = cli_runner()
    one = runner.invoke(app, [*base, "--jobs", "1"])
    two = runner.invoke(app, [*base, "--jobs", "2"])
    assert forks == [(len(drafts), 2)]
    assert len(drafts) > 2 and one.stdout.count("\n") > 50
    assert (two.exit_code, two.stdout) == (one.exit_code, one.stdout)


def test_the_progress_bar_draws_without_a_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from desertcheck.cli.common import PROGRESS_MIN, progress_bar

    monkeypatch.setenv("FORCE_COLOR", "1")  # a terminal, as far as the bar knows
    before = threading.active_count()
    with progress_bar("verifying", PROGRESS_MIN) as tick:
        assert tick is not None
        for i in range(PROGRESS_MIN):
            tick(i)
        assert threading.active_count() == before  # nothing a fork could catch mid-write


def _die_on(victim: int) -> Callable[[int], tuple[list[object], int]]:
    """A check that kills its own worker process (as the kernel's out-of-memory killer or a
    processor-time limit would) when it reaches ``victim``."""

    def check(i: int) -> tuple[list[object], int]:
        if i == victim:
            os.kill(os.getpid(), signal.SIGKILL)
        return [], i

    return check


@needs_fork
def test_a_worker_killed_is_an_error_not_a_hang() -> None:
    with bounded_wait(120), pytest.raises(parallel.WorkerLost) as lost:
        dict(parallel.check_all(list(range(40)), _die_on(17), 2))
    assert "killed by SIGKILL" in str(lost.value) and "--jobs 1" in str(lost.value)


@needs_fork
def test_verify_says_a_worker_was_killed_and_exits_2(
    shipped_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desertcheck.cli.guard import guarded
    from desertcheck.verify import ClaimChecker

    monkeypatch.setattr(parallel, "PARALLEL_MIN", 2)
    check = ClaimChecker.__call__

    def killing(self: ClaimChecker, sources: Any, claim: Any) -> Any:
        if claim.id == "nge-un-desertions-since-2022" and os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return check(self, sources, claim)

    parent = os.getpid()
    monkeypatch.setattr(ClaimChecker, "__call__", killing)
    args = ["--no-cache", "verify", "--root", str(shipped_copy), "--jobs", "2"]
    with bounded_wait(120), pytest.raises(SystemExit) as ended:
        guarded(lambda: app(args, standalone_mode=False))
    err = capsys.readouterr().err
    assert ended.value.code == 2
    assert err.startswith("desertcheck: error: a worker process (2 were running) was killed")
    assert "Traceback" not in err and err.count("\n") == 1
