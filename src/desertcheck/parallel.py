"""Per-claim checks on several cores: ``--jobs``.

The checks of one claim need only that claim, its source and the configuration, so a
large registry's claims can be checked in worker processes. Workers are forked from the
running process (they inherit the loaded registry instead of receiving it) and send back
each claim's findings and quote line; the caller keeps claim order, so the report is the
same byte for byte whatever the number of jobs.

It pays only when there is enough work: forking, and sending the findings back, cost
about as much as checking a few hundred claims (``bench/parallel.py`` measures the
crossover), so fewer claims than :data:`PARALLEL_MIN` are checked in this process. Where
processes cannot be forked (Windows; macOS, where forking a process that has loaded
system libraries is unsafe) the checks run here, one after another.

An interrupt (Ctrl-C) is the parent's alone: the terminal sends SIGINT to every process
of the group, and a worker that took it would print its own traceback ("Process
ForkPoolWorker-1:" and thirty lines), at times after the command's last word. The workers
ignore it, from the moment they are forked (SIGINT is blocked in the parent while it forks
them, so none can arrive before they ignore it); the parent takes it, stops the workers and
exits as every command does on an interrupt (:func:`desertcheck.cli.guard.interrupted`).

A worker killed before it sends its results (the out-of-memory killer, a limit on processor
time) is noticed by the pool (:mod:`concurrent.futures`): the run raises
:class:`WorkerLost`, which the entry point reports in one line with exit code 2, instead of
waiting forever for a chunk that will never come back.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Final, TypeVar

if TYPE_CHECKING:
    import multiprocessing.process

#: Claims to check, at least, before worker processes are started.
PARALLEL_MIN: Final = 1000
MIN_ENV: Final = "DESERTCHECK_PARALLEL_MIN"
#: Chunks per worker: small enough to share the work out evenly, large enough that each
#: chunk's claims mostly share their sources (each worker normalises a source once).
_CHUNKS_PER_JOB: Final = 4

R = TypeVar("R")

_check: Callable[[int], object] | None = None  # the workers' check, inherited from the parent


def available_cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def can_fork() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    import multiprocessing  # here: a run that checks few claims never loads it

    return "fork" in multiprocessing.get_all_start_methods()


def workers_for(items: int, jobs: int, minimum: int | None = None) -> int:
    """How many processes check ``items`` claims (or other units of work, ``minimum`` of
    them at least to pay for the processes) when ``jobs`` are asked for (0: every core);
    1 means "here, in this process"."""
    minimum = _minimum() if minimum is None else minimum
    if jobs == 1 or items < minimum or not can_fork():
        return 1
    wanted = available_cores() if jobs <= 0 else jobs
    return max(1, min(wanted, items // max(1, minimum // 2)))


def _minimum() -> int:
    """:data:`PARALLEL_MIN`, or ``DESERTCHECK_PARALLEL_MIN`` from the environment (for
    ``bench/parallel.py``, which measures where forking starts to pay)."""
    given = os.environ.get(MIN_ENV, "")
    return int(given) if given.isdigit() else PARALLEL_MIN


def _ignore_interrupts() -> None:
    """In each worker, before any work: SIGINT ignored (blocked since the fork), then
    unblocked; one sent meanwhile is dropped."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """SIGINT blocked in this thread meanwhile (the processes forked meanwhile start with
    it blocked); one sent meanwhile arrives when it ends."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _run_chunk(chunk: Sequence[int]) -> list[tuple[int, object]]:
    assert _check is not None  # set before the pool forks
    return [(i, _check(i)) for i in chunk]


class WorkerLost(Exception):
    """A worker process ended before it sent its results back: killed (out of memory, a
    limit on processor time, ``kill``) or crashed. The run cannot be completed; the entry
    point says so in one line and exits 2, as it does when the system refuses a file."""


def check_all(
    indices: Sequence[int],
    check: Callable[[int], R],
    workers: int,
    progress: Callable[[int], None] | None = None,
) -> Iterator[tuple[int, R]]:
    """``(index, check(index))`` for every index, computed by ``workers`` forked
    processes; in no particular order. ``progress`` gets the count done so far. A worker
    that dies raises :class:`WorkerLost` (the others are stopped), never a hang."""
    global _check
    size = max(1, -(-len(indices) // (workers * _CHUNKS_PER_JOB)))
    chunks = [indices[k : k + size] for k in range(0, len(indices), size)]
    _check = check
    # The workers share the parent's memory until they write to it; a collection in a
    # worker would write to every object it scans, copying the registry once per worker.
    gc.freeze()
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    pool = None
    try:
        ctx = multiprocessing.get_context("fork")
        pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_ignore_interrupts)
        with _interrupts_held():  # the first submission forks every worker
            running = [pool.submit(_run_chunk, chunk) for chunk in chunks]
        done = 0
        for future in as_completed(running):
            try:
                part = future.result()
            except BrokenProcessPool:
                ended = _processes(pool)
                _stop(pool)  # joins them all: each one's exit code is known after it
                raise WorkerLost(_lost(ended, workers)) from None
            yield from part  # type: ignore[misc]  # R, as check returned it
            done += len(part)
            if progress is not None:
                progress(done - 1)
    finally:
        if pool is not None:  # done, interrupted or failed: the workers are stopped
            _stop(pool)
        _check = None
        gc.unfreeze()


def _lost(ended: list[multiprocessing.process.BaseProcess], workers: int) -> str:
    """What :class:`WorkerLost` says: which signal or exit code ended a worker (of the
    pool's processes, ``ended``: joined, so their exit codes are known), and how to run
    without workers."""
    ends = [p.exitcode for p in ended if p.exitcode not in (None, 0)]
    ends.sort(key=lambda code: code == -signal.SIGTERM)  # last: those the pool stopped
    how = "stopped unexpectedly"
    if ends and ends[0] is not None and ends[0] < 0:
        name = signal.Signals(-ends[0]).name if -ends[0] in signal.valid_signals() else ""
        how = f"was killed by {name or f'signal {-ends[0]}'}"
        if name == "SIGKILL":
            how += " (out of memory, or a limit on its processor time?)"
    elif ends:
        how = f"exited with code {ends[0]}"
    return (
        f"a worker process ({workers} were running) {how} before it sent its results; "
        "the run is incomplete: rerun with --jobs 1 to work in one process"
    )


def _processes(pool: object) -> list[multiprocessing.process.BaseProcess]:
    """The pool's worker processes (a private table until Python 3.14, so looked up with
    care: none is an empty list)."""
    table = getattr(pool, "_processes", None)
    return list(table.values()) if isinstance(table, dict) else []


def _stop(pool: object) -> None:
    """Stop every worker now (a finished one is gone already), then release the pool
    without waiting for work it will not get; the workers are joined when it returns (a
    second call does nothing more)."""
    for process in _processes(pool):
        with contextlib.suppress(Exception):  # ended meanwhile
            process.terminate()
    shutdown = getattr(pool, "shutdown", None)
    if shutdown is not None:
        shutdown(wait=True, cancel_futures=True)
