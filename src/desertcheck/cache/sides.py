"""diff's sides kept between runs: a revision's verify findings, by the revision's files.

A side of ``diff BASE HEAD`` is a git revision's registry, verified. What verify finds in
it is a function of the registry's files — each one's path, mode and blob id, as ``git
ls-tree`` lists them — and of the tool (the store's header keys every entry to the tool's
version and code). So the findings of a side are kept under a digest of that listing
(:func:`side_key`), and a later diff that meets the same revision's files again (the
same pair of commits, or one side of a new pair) has them without verifying anything.

Only a side that read cleanly is kept: no finding of the loader's (every claims file
loaded, whole, no id used twice, every reference resolved) and nothing the checkout could
not write. :mod:`desertcheck.diff.fast` relies on that: with both sides kept and only
claims files changed between them, the claims of the files that changed are all a
comparison needs besides the findings.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from desertcheck.cache.checks import _run_finding, _run_row

if TYPE_CHECKING:
    from desertcheck.cache.store import Store
    from desertcheck.findings import Finding

ENTRY = "sides.dat"
MAX_SIDES = 8  # the latest sides kept


def side_key(prefix: str, listing: Iterable[tuple[str, str, str, str, int]]) -> str:
    """The key of a revision's registry: where it is in the repository and each of its
    files (path, mode, kind, blob id, size), in any order."""
    h = hashlib.sha256(f"side\0{prefix}\0".encode("utf-8", "surrogateescape"))
    for path, mode, kind, oid, size in sorted(listing):
        h.update(f"{path}\0{mode}\0{kind}\0{oid}\0{size}\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


class SideCache:
    """The kept sides of the registry's cache folder."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._sides: dict[str, Any] | None = None

    def _all(self) -> dict[str, Any]:
        if self._sides is None:
            stored = self.store.read(ENTRY)
            self._sides = stored if isinstance(stored, dict) else {}
        return self._sides

    def get(self, key: str) -> list[Finding] | None:
        """The findings of the side kept under ``key``, or None (also when malformed)."""
        rows = self._all().get(key)
        if not isinstance(rows, tuple):
            return None
        try:
            return [_run_finding(row) for row in rows]
        except (ValueError, TypeError):
            return None

    def put(self, key: str, findings: Sequence[Finding]) -> None:
        """Keep a side's findings (and the latest few sides before it)."""
        kept = {k: v for k, v in self._all().items() if k != key}
        kept = dict(list(kept.items())[-(MAX_SIDES - 1) :])
        kept[key] = tuple(_run_row(f) for f in findings)
        self.store.write(ENTRY, kept)
        self._sides = kept
