"""An entry kept whole, and the few keys an edit changed kept apart in an add-on entry.

``claims.dat`` and ``checks.dat`` hold a value for each claims file (tens of thousands of
claims at 10k): after an edit, a run that rewrote the whole entry for one file's change
spent more on writing it than on checking the file. Each key of these entries names what
its value depends on (a file's path and blob id, the run's configuration), and every value
is checked again when read, so a value is right whichever entry holds it. A run writes the
keys whose value differs from the whole entry (new ones, and ones whose value changed) to
the add-on entry alone, until they and the keys of the whole entry this run no longer
read are more than a tenth of it (at least ``min_apart``): then the whole entry is
written again, and the add-on emptied. The add-on is read only with its whole entry; a
missing or damaged one reads as empty (its keys are computed again).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desertcheck.cache.store import Store

MIN_APART = 16  # keys kept apart at least; else a tenth of the whole entry's
_NONE = object()


class SplitEntry:
    """The whole entry ``name`` and its add-on ``added``, read together: :attr:`old` is
    what they hold (the add-on's value where both hold a key)."""

    def __init__(self, store: Store, name: str, added: str) -> None:
        self.store, self.name, self.added_name = store, name, added
        base = store.read(name)
        self.base: dict[str, Any] = base if isinstance(base, dict) else {}
        apart = store.read(added) if self.base else None
        self.added: dict[str, Any] = apart if isinstance(apart, dict) else {}
        self.old: dict[str, Any] = {**self.base, **self.added} if self.added else self.base

    def save(self, new: dict[str, Any], min_apart: int | None = None) -> None:
        """Keep ``new`` (what this run read and made): the keys that differ from the whole
        entry apart while they are few, else the whole entry written again."""
        if min_apart is None:
            min_apart = MIN_APART
        base = self.base
        fresh = {k: v for k, v in new.items() if (b := base.get(k, _NONE)) is not v and b != v}
        left = len(base.keys() - new.keys())  # in the whole entry, not read this time
        if base and len(fresh) + left <= max(min_apart, len(base) // 10):
            if fresh.keys() != self.added.keys() or fresh != self.added:
                self.store.write(self.added_name, fresh)
                self.added = fresh
            self.old = {**base, **fresh} if fresh else base
            return
        if new == self.old:
            return
        self.store.write(self.name, new)
        if self.added:
            self.store.write(self.added_name, {})
        self.base, self.added, self.old = new, {}, new
