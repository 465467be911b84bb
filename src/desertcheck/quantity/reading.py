"""The language in force for plain :func:`~desertcheck.quantity.parse_quantities` calls.

A command that works on one source (``add claim``) reads all its figures as that source
writes them (:mod:`.convention`) by running inside :func:`reading`; an explicit
``language`` argument always wins over it. Its own module, with no pattern to compile,
so that the parser asks it at the cost of one lookup.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

READING: ContextVar[str | None] = ContextVar("desertcheck_reading", default=None)


def in_force() -> str | None:
    """The language set by :func:`reading` (None: English)."""
    return READING.get()


@contextmanager
def reading(language: str | None) -> Iterator[None]:
    """Plain :func:`~desertcheck.quantity.parse_quantities` calls read ``language``'s
    figures while the block runs (``add claim``, on the quote's source)."""
    token = READING.set(language)
    try:
        yield
    finally:
        READING.reset(token)
