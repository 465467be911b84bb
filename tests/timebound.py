"""A guard against runaway work in tests: not a speed measurement.

Some inputs once made a command run for minutes (quadratic or exponential work on crafted
text). Their tests bound the work at a limit far above what the input needs, counted in the
CPU time of this process (``ITIMER_PROF``), not the wall clock: on a shared, loaded machine
the wall clock runs on while this process waits, the CPU time does not. Speed itself is
measured by the benchmark scripts in ``bench/``, as ratios within one run.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def within(seconds: float) -> Iterator[None]:
    """Fail with TimeoutError when the block uses over ``seconds`` of this process's CPU."""

    def stop(signum: int, frame: object) -> None:
        raise TimeoutError(f"used over {seconds} s of CPU time: runaway work")

    old = signal.signal(signal.SIGPROF, stop)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)
