"""Building many objects at once: the cyclic garbage collector paused meanwhile."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def no_collection() -> Iterator[None]:
    """The cyclic garbage collector paused while a registry is built.

    Loading makes hundreds of thousands of objects and frees almost none; every
    collection on the way scans them all again, which made loading 50,000 claims take
    twice as long. They hold no cycles to collect, and collection resumes after.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _freeze:
            # and never scanned after: the first collection once enabled would go through
            # them all (70 ms for audit's index of 10,000 claims) to find nothing
            gc.freeze()
        if enabled:
            gc.enable()


_freeze = False


def freeze_after_bulk() -> None:
    """From now on, what was built in bulk is kept out of every later collection
    (:func:`gc.freeze`): for a process that runs one command and ends (the command line),
    not for one that goes on making and dropping registries."""
    global _freeze
    _freeze = True
