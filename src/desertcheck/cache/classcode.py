"""The methods :mod:`dataclasses` writes, compiled once per machine, not once per run.

A dataclass's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` and, when it is frozen,
``__setattr__`` and ``__delattr__`` are written as Python text and compiled when the class
is made: some 180 functions for the 37 dataclasses a ``verify`` makes, 20 ms of processor
time in every run (a tenth of a cold ``verify`` of a small registry). Their text is the same
every run, so the compiled code is kept, as Python keeps a module's byte code, in a table in
the user's cache folder beside the compiled patterns (:mod:`desertcheck.compiled`):
``$XDG_CACHE_HOME/desertcheck/compiled/dataclass-<python>-<magic>.dat``, one table per
interpreter build and byte code format, signed with the user's cache key and read under
the same rules as every entry (:mod:`desertcheck.cache.store`).

The hook is small: ``dataclasses`` calls ``exec`` on each function's text, and
:func:`install` gives that module an ``exec`` of its own that compiles the text (with no
``__future__`` feature, as ``exec`` in ``dataclasses`` compiles it) or takes its code from
the table, then runs it as ``exec`` does: the functions are the functions ``dataclasses``
makes, their code the same. Any other use of ``exec`` there is passed on as it is. A table
missing, damaged, signed under another key or written by another build, an entry that is
not code: the text is compiled as usual, never an error. ``DESERTCHECK_NO_CACHE=1`` and
``--no-cache`` leave the table alone like the rest of the cache.

Unlike the registry's cache (``.desertcheck-cache/``, which holds data only), this table
holds byte code the process runs: it lives in the user's own cache folder, never in a
registry, and is run only when signed by the user's key (readable by the user alone).
"""

from __future__ import annotations

import atexit
import builtins
import sys
from types import CodeType
from typing import Any

#: Functions kept at most: the dataclasses of the tool's modules make some two hundred.
MAX_ENTRIES = 2000
_MODE = "exec"
_FILE = "<string>"  # the file name exec gives text it compiles


class _Table:
    """The table of this process: read by :func:`install`, written back at exit if it grew."""

    def __init__(self) -> None:
        self.entries: dict[str, CodeType] | None = None
        self.grown = False

    def code(self, text: str) -> CodeType:
        """The code of ``text``: from the table, or compiled and kept."""
        entries = self.entries
        found = entries.get(text) if entries is not None else None
        if found is not None:
            return found
        # dont_inherit: not this module's __future__ features (annotations would become text)
        made = compile(text, _FILE, _MODE, dont_inherit=True)
        if entries is not None and len(entries) < MAX_ENTRIES:
            entries[text] = made
            if not self.grown:
                self.grown = True
                atexit.register(self.save)
        return made

    def save(self) -> None:
        if self.entries is not None:
            _store().write(entry_name(), self.entries)


_TABLE = _Table()


def install() -> None:
    """The functions of every dataclass made from here on compiled through the table (read
    now); called once by the entry point, when the cache is on."""
    import dataclasses

    if "exec" in vars(dataclasses) or _TABLE.entries is not None:
        return  # an exec of its own already (installed, or another Python's dataclasses)
    _TABLE.entries = _read()
    table = _TABLE

    def exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
        """``exec`` as dataclasses calls it, the text's code kept in the table."""
        if type(source) is str:
            source = table.code(source)
        builtins.exec(source, globals, locals)

    setattr(dataclasses, "exec", exec)  # noqa: B010 (a name the module does not declare)


def entry_name() -> str:
    """One table per interpreter build and byte code format (marshal writes code of one)."""
    from importlib.util import MAGIC_NUMBER

    return f"dataclass-{sys.implementation.cache_tag}-{MAGIC_NUMBER.hex()}.dat"


def _store() -> Any:
    from desertcheck.compiled import _store as compiled_store

    return compiled_store()


def _read() -> dict[str, CodeType]:
    value = _store().read(entry_name())
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and type(v) is CodeType}
