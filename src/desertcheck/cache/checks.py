"""Per-claim findings kept between runs: only the claims an edit touched are checked again.

A claim's per-claim checks see the claim and its source and nothing else, so their
findings (and the line of the quote in the source) are a function of the claims file's
content, the claim's id, the source file's content and the configuration. That is the key;
the value is the findings, stored as plain values. Cross-claim checks, acceptance and
severities are applied afresh on every run, after these.
"""

from __future__ import annotations

import hashlib
from collections.abc import Container, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from desertcheck.findings import Finding, Severity

if TYPE_CHECKING:
    from desertcheck.cache.store import Store

ENTRY = "checks.dat"
#: Entries kept when a run adds to the stored ones (diff) rather than replacing them.
MAX_KEPT = 250_000


class Digests(Protocol):
    """The files of one side and the digest (git blob id) of each: a
    :class:`~desertcheck.cache.manifest.Manifest`, or a revision's tree."""

    @property
    def entries(self) -> Container[str]: ...

    def digest(self, rel: str) -> str: ...


def _row(f: Finding) -> list[Any]:
    return [f.code.value, f.severity.value, f.message, f.file, f.line, f.column, list(f.claims)]


def _finding(row: Any) -> Finding:
    from desertcheck.codes import lookup

    name, severity, message, file, line, column, claims = row
    code = lookup(name) if isinstance(name, str) else None
    if code is None or not (
        isinstance(message, str)
        and (file is None or isinstance(file, str))
        and isinstance(line, int)
        and isinstance(column, int)
        and isinstance(claims, list)
        and all(isinstance(c, str) for c in claims)
    ):
        raise ValueError("not a finding")
    return Finding(code, Severity(severity), message, file, line, column, tuple(claims))


class CheckCache:
    """The stored per-claim results for one run; :meth:`save` keeps this run's."""

    def __init__(self, store: Store, manifest: Digests, *, merge: bool = False) -> None:
        """``merge``: keep the stored entries too (diff verifies sides other than the
        working tree, whose entries a later verify will want)."""
        self.store = store
        self.manifest = manifest
        self.merge = merge
        old = store.read(ENTRY)
        self.old: dict[str, Any] = old if isinstance(old, dict) else {}
        self.new: dict[str, Any] = {}
        self.context = ""
        self.hits = 0

    def begin(self, context: str) -> None:
        """What every key depends on besides the files: the checks run, the tolerance."""
        self.context = self.manifest.digest("desertcheck.toml") + "|" + context

    def key(self, claim_file: str, claim_id: str, source_file: str | None) -> str | None:
        if claim_file not in self.manifest.entries:
            return None
        parts = [self.context, claim_file, self.manifest.digest(claim_file), claim_id]
        if source_file is not None:
            if source_file not in self.manifest.entries:
                return None
            parts += [source_file, self.manifest.digest(source_file)]
        return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogateescape")).hexdigest()

    def get(self, key: str | None) -> tuple[list[Finding], int | None] | None:
        """The findings and quote line stored under ``key``, or None (also when malformed)."""
        if key is None:
            return None
        entry = self.old.get(key)
        if not (isinstance(entry, list) and len(entry) == 2):
            return None
        rows, line = entry
        if not (isinstance(rows, list) and (line is None or isinstance(line, int))):
            return None
        try:
            found = [_finding(row) for row in rows]
        except (ValueError, TypeError):
            return None
        self.new[key] = entry
        self.hits += 1
        return found, line

    def put(self, key: str | None, found: Sequence[Finding], line: int | None) -> None:
        if key is not None and all(f.accepted is None for f in found):
            self.new[key] = [[_row(f) for f in found], line]

    def save(self) -> None:
        """Keep this run's entries: alone, or (``merge``) added to the stored ones."""
        new = self.new
        if self.merge and len(self.old) + len(new) <= MAX_KEPT:
            new = {**self.old, **new}
        if new != self.old:
            self.store.write(ENTRY, new)
