"""Whole reports kept for a registry that has not changed: the warm path of a command.

A command that is a function of the registry's files and its own options (verify, list)
asks :meth:`ReportCache.lookup` before it loads anything. When the stored manifest still
matches the files, the stored report is written as it was — byte for byte the cold run's —
with its messages on stderr and its exit code, and nothing else runs: no model, no check,
no YAML. Otherwise the command runs and :meth:`ReportCache.record` keeps what it wrote,
with the manifest taken *before* the files were read, so a file changed during the run
makes the next run compute again.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desertcheck.cache.manifest import Manifest
from desertcheck.cache.store import Store

#: What, besides the files and the options, a report may depend on.
_ENVIRONMENT = (
    "COLUMNS",
    "LINES",
    "NO_COLOR",
    "FORCE_COLOR",
    "TERM",
    "COLORTERM",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "GITHUB_ACTIONS",
    "DESERTCHECK_ROOT",
    "LANG",
    "LC_ALL",
)


@dataclass(frozen=True, slots=True)
class Stored:
    out: str  # what the command wrote on stdout
    err: tuple[str, ...]  # the lines it wrote on stderr
    code: int  # its exit code


def _context() -> list[object]:
    tty = sys.stdout.isatty() if hasattr(sys.stdout, "isatty") else False
    size: object = None
    if tty:
        try:
            size = tuple(os.get_terminal_size(sys.stdout.fileno()))
        except (OSError, ValueError, AttributeError):
            size = "?"
    else:  # a report in a pipe is laid out for the terminal on stderr, when there is one
        from desertcheck.stderr import width

        size = width()
    return [os.getcwd(), tty, size, [os.environ.get(name) for name in _ENVIRONMENT]]


class ReportCache:
    """The stored report of one command with its options, for the registry at ``root``."""

    def __init__(self, root: Path, command: Sequence[object]) -> None:
        self.store = Store(root)
        key = repr([list(command), _context()]).encode("utf-8", "surrogateescape")
        self.name = "report-" + hashlib.sha256(key).hexdigest()[:32] + ".dat"
        self.manifest = Manifest(root)
        self.pid = os.getpid()

    def lookup(self) -> Stored | None:
        """The stored report when the registry is as it was when it was stored; a miss is
        kept for :func:`missed` (the command's own lookup of the same report)."""
        global _missed
        stored = self._lookup()
        _missed = self if stored is None else None
        return stored

    def _lookup(self) -> Stored | None:
        if not self.manifest.complete:
            return None
        entry = self.store.read(self.name)
        if not isinstance(entry, dict) or not self.manifest.matches(entry.get("manifest")):
            return None
        out, err, code = entry.get("out"), entry.get("err"), entry.get("code")
        if not (
            isinstance(out, str)
            and isinstance(err, list)
            and all(isinstance(line, str) for line in err)
            and isinstance(code, int)
        ):
            return None
        return Stored(out, tuple(err), code)

    def snapshot(self) -> None:
        """Digest every file now, before the command reads them."""
        for rel in self.manifest.entries:
            self.manifest.digest(rel)

    def record(self, stored: Stored) -> None:
        if not self.manifest.complete or Manifest(self.store.root).entries != self.manifest.entries:
            return  # a file changed while the command ran: its report is not kept
        self.store.write(
            self.name,
            {
                "manifest": self.manifest.to_json(),
                "out": stored.out,
                "err": list(stored.err),
                "code": stored.code,
            },
        )


#: The lookup that missed last in this process: the entry point looks the report up before
#: the command runs (:mod:`desertcheck.launch`), and the command, finding the same miss,
#: would list the files and read the stored report again (a tenth of a warm edit's run at
#: ten thousand claims).
_missed: ReportCache | None = None


def missed(root: Path, command: Sequence[object]) -> ReportCache | None:
    """The cache of this report whose lookup has just missed in this process (once: taken,
    it is forgotten), with its manifest of the files as they were then; else None."""
    global _missed
    cache, _missed = _missed, None
    if cache is None or cache.pid != os.getpid() or cache.store.root != root:
        return None
    key = repr([list(command), _context()]).encode("utf-8", "surrogateescape")
    if cache.name != "report-" + hashlib.sha256(key).hexdigest()[:32] + ".dat":
        return None
    return cache
