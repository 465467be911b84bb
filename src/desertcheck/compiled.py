"""Regular expressions compiled once per machine, not once per run.

The figure parser's patterns are long (a trie of every number word in two languages,
dates, references): Python's :mod:`re` takes about 60 ms to compile them, in every process
that reads a figure, a sixth of a cold ``verify`` of a small registry. Compiling is two
steps: parsing the pattern and generating the matching engine's program, a list of
integers (slow, in Python), then building the pattern object from that program (fast,
in C). This module keeps the programs in a table in the user's cache folder
(``$XDG_CACHE_HOME/desertcheck/compiled/``, by default ``~/.cache/desertcheck``) and
builds the patterns from it, as Python keeps byte code.

The table is an entry of :class:`desertcheck.cache.store.Store`: signed with the user's
cache key, so it is read only when this user's runs of this build of the tool wrote it,
and named by the interpreter's build and its regex engine's version. A table that is
missing, damaged or foreign, an interpreter whose ``re`` internals differ: any of these
means the patterns are compiled as usual, never an error. ``DESERTCHECK_NO_CACHE=1`` (or
``--no-cache``) turns the table off like every other cache.
"""

from __future__ import annotations

import atexit
import importlib
import re
import sys
from collections.abc import Callable, Iterable
from typing import Any

# re's own internals, typed loosely: where they differ, regex() falls back to re.compile
_sre: Any = importlib.import_module("_sre")

#: Entries kept at most: only module-level patterns are compiled through here.
MAX_ENTRIES = 2000
FOLDER = "compiled"
_README = (
    "This folder is desertcheck's table of compiled regular expressions: it is rebuilt when\n"
    "it is missing or was written by another version of the tool or of Python. Delete it at\n"
    "will.\n"
)

Record = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


class _Table:
    """The table of this process: read on first use, written back at exit if it grew."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, int], Record] | None = None
        self.grown = False
        self.off = False
        self.reading = False

    def load(self) -> dict[tuple[str, int], Record] | None:
        from desertcheck.launch import cache_enabled

        if self.off or self.reading or not cache_enabled():
            return None
        if self.entries is None:
            self.reading = True  # what reading imports compiles its patterns as usual
            try:
                self.entries = _read()
            finally:
                self.reading = False
        return self.entries

    def add(self, key: tuple[str, int], record: Record) -> None:
        if self.entries is None or len(self.entries) >= MAX_ENTRIES:
            return
        self.entries[key] = record
        if not self.grown:
            self.grown = True
            atexit.register(self.save)

    def save(self) -> None:
        if self.entries is not None and self.load() is not None:
            _store().write(_entry_name(), self.entries)


_TABLE = _Table()


def trie(words: Iterable[str], escape: Callable[[str], str] = re.escape) -> str:
    """A regular expression matching exactly ``words``, as a trie: one branch per first
    letter, so a failed match costs one character test, not one test per word (a plain
    alternation of a few hundred month forms took most of the time of finding a
    sentence's periods). Where two words match at one place, the longer is tried first,
    as in an alternation sorted longest first. ``escape``: a character's pattern."""
    tree: _Trie = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_pattern(tree, escape)


_Trie = dict[str, "_Trie"]


def _node_pattern(node: _Trie, escape: Callable[[str], str]) -> str:
    branches = [escape(ch) + _node_pattern(node[ch], escape) for ch in sorted(node) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in node else body


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, its program read from the table when it is there."""
    built = _kept(pattern, int(flags), keep=True)
    return built if built is not None else re.compile(pattern, flags)


def install() -> None:
    """Every pattern this process compiles (``re.compile``, ``re.match`` and the like, in
    desertcheck, the standard library or another package) built from the table when it is
    there; a pattern compiled while a module is imported (a module's own patterns) is kept
    in it, one compiled later (from a claim's words) is not. Called once by the entry point.
    """
    compiler: Any = sys.modules.get("re._compiler")
    original = getattr(compiler, "compile", None)
    if original is None or getattr(original, "__module__", "") == __name__:
        return  # re internals of another shape, or installed already
    if _TABLE.load() is None:  # read now: what reading imports must not wait on the table
        return

    def compile(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and not flags & re.DEBUG:
            built = _kept(pattern, int(flags))
            if built is not None:
                return built
        return original(pattern, flags)

    compiler.compile = compile


def _kept(pattern: str, flags: int, *, keep: bool = False) -> re.Pattern[str] | None:
    """``pattern`` built from the table; compiled and kept when it is not there and a module
    is being imported (or ``keep``); None otherwise (compile it as usual)."""
    entries = _TABLE.load()
    if entries is None:
        return None
    record = entries.get((pattern, flags))
    if record is not None:
        try:
            return _build(pattern, record)
        except Exception:  # a program this engine refuses: compile afresh
            pass
    elif not (keep or _importing()):
        return None
    try:
        record = program(pattern, flags)
        built = _build(pattern, record)
    except Exception:  # re internals differ on this Python: plain re
        return None
    _TABLE.add((pattern, flags), record)
    return built


def _importing() -> bool:
    """Whether a module is being imported further up the stack (its patterns are its own,
    the same every run, unlike those built from what a run reads)."""
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_filename.startswith("<frozen importlib._bootstrap"):
            return True
        frame = frame.f_back  # type: ignore[assignment]
    return False


def turn_off() -> None:
    """Neither read nor write the table in this process (``--no-cache``)."""
    _TABLE.off = True


def turned_off() -> bool:
    """Whether :func:`turn_off` was called in this process: the other tables of the user's
    cache folder (:mod:`desertcheck.report.templatecache`) follow it."""
    return _TABLE.off


def program(pattern: str, flags: int) -> Record:
    """What ``re._compiler.compile`` hands ``_sre.compile``, as plain values."""
    _parser: Any = importlib.import_module("re._parser")
    _compiler: Any = importlib.import_module("re._compiler")
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _build(pattern: str, record: Record) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = record
    built: re.Pattern[str] = _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    return built


def _entry_name() -> str:
    """One table per interpreter build and regex engine version."""
    return f"re-{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}.dat"


def _store() -> Any:
    from desertcheck.cache.store import Store, key_path

    return Store(key_path().parent, folder=FOLDER, readme=_README)


def _read() -> dict[tuple[str, int], Record]:
    value = _store().read(_entry_name())
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if _well_formed(k, v)}


def _well_formed(key: object, record: object) -> bool:
    """Only entries of the shape written: anything else is skipped, never built."""
    return (
        isinstance(key, tuple)
        and len(key) == 2
        and isinstance(key[0], str)
        and isinstance(key[1], int)
        and isinstance(record, tuple)
        and len(record) == 5
        and isinstance(record[0], int)
        and isinstance(record[1], list)
        and isinstance(record[2], int)
        and isinstance(record[3], dict)
        and isinstance(record[4], tuple)
    )
