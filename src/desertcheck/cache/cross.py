"""Cross-claim findings kept between runs, by group of claims: after an edit, the checks
across claims run again only over the groups the edit touched.

Four checks across claims compare only claims of one group, and what they find about a
group depends on its claims alone: ``duplicate-claim`` the claims of one source (and the
source's language), ``contradiction``, ``unit-split`` and ``series-decrease`` the claims
of one measure and scope (each groups them finer: by unit, period, start). The claims are
partitioned so (:data:`PARTITIONED`); a partition is named by its key, the claims files
its claims were read from, in the registry's order, with each file's git blob id (and
for a source's partition, the source file's), and what every entry depends on besides
(``desertcheck.toml``, the checks run, the tolerance: the run's context). A file of the
same content gives the same claims, in the same order and at the same lines, so a
partition of the same name holds the same claims, and the check's findings about it are
the ones stored. The others — the partitions of the claims an edit touched — are checked
again, the check run over their claims alone (in the registry's order).

A run whose loader reported anything (a claim left out, an id given twice: which claims
load may then depend on other files), a file that could not be read whole, or a finding
that names a claim outside the check's partition: the checks run over the whole
registry, as without the cache. The entry (:data:`ENTRY`) holds this run's partitions
only; an entry or a partition that does not check out is checked afresh.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from itertools import groupby
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from desertcheck.cache.checks import _finding, _row
from desertcheck.codes import Code

if TYPE_CHECKING:
    from desertcheck.cache.checks import Digests
    from desertcheck.cache.store import Store
    from desertcheck.checks import Check
    from desertcheck.checks.base import RegistryContext
    from desertcheck.findings import Finding
    from desertcheck.model import Claim

ENTRY = "cross.dat"
MAX_KEPT = 100_000  # partitions kept when a run adds to the stored ones (diff)
SOURCE, MEASURE = "source", "measure"
#: The checks whose findings each stand within one partition, and how it is made.
PARTITIONED: dict[Code, str] = {
    Code.DUPLICATE_CLAIM: SOURCE,
    Code.CONTRADICTION: MEASURE,
    Code.UNIT_SPLIT: MEASURE,
    Code.SERIES_DECREASE: MEASURE,
}
_KEYS: dict[str, Callable[[Claim], Any]] = {
    SOURCE: attrgetter("source"),
    MEASURE: attrgetter("measure", "scope"),
}
_ID = attrgetter("id")
Runs = list[tuple[str, int, int]]  # (claims file, first claim, end): its claims, in order


def runs_of(claims: Sequence[Claim]) -> Runs:
    """The claims of each claims file (a file's claims follow one another)."""
    runs: Runs = []
    start = 0
    for file, group in groupby(map(attrgetter("where.file"), claims)):
        end = start + len(tuple(group))
        runs.append((file, start, end))
        start = end
    return runs


class _Partitions:
    """The claims by one kind of key: each partition's claims files and its name."""

    def __init__(self, claims: Sequence[Claim], how: str, runs: Runs) -> None:
        self.how = how
        self.keys = list(map(_KEYS[how], claims))
        self.files: dict[Any, list[str]] = {}
        files = self.files
        for file, start, end in runs:
            for key in dict.fromkeys(self.keys[start:end]):
                seen = files.get(key)
                if seen is None:
                    files[key] = [file]
                else:
                    seen.append(file)
        self.names: dict[Any, str] = {}
        self._subs: dict[frozenset[Any], tuple[Claim, ...]] = {}

    def claims_of(self, claims: Sequence[Claim], todo: set[Any]) -> tuple[Claim, ...]:
        """The claims of the partitions ``todo``, in the registry's order (made once for
        the checks that share the partitions and miss the same ones)."""
        key = frozenset(todo)
        sub = self._subs.get(key)
        if sub is None:
            sub = self._subs[key] = tuple(
                c for c, k in zip(claims, self.keys, strict=True) if k in todo
            )
        return sub


class CrossCache:
    """The stored cross-claim findings by partition, for one run; :meth:`save` keeps this
    run's."""

    def __init__(
        self, store: Store, manifest: Digests, context: str, *, merge: bool = False
    ) -> None:
        """``merge``: keep the stored partitions too (diff checks sides other than the
        working tree, whose partitions a later verify will want)."""
        self.store = store
        self.manifest = manifest
        self.context = context
        self.merge = merge
        old = store.read(ENTRY)
        self.old: dict[str, Any] = old if isinstance(old, dict) else {}
        self.new: dict[str, tuple[Any, ...]] = {}
        self.checked = 0  # partitions checked afresh (the others were taken as stored)
        self._tokens: dict[str, str | None] = {}

    def _token(self, rel: str) -> str | None:
        """The file and its blob id, as a partition's name holds them (None: the file is
        not among the files, or could not be read whole)."""
        if rel in self._tokens:
            return self._tokens[rel]
        token: str | None = None
        if not rel:  # no source file
            token = ""
        elif rel in self.manifest.entries:
            digest = self.manifest.digest(rel)
            if not digest.startswith(("unreadable:", "changing:")):
                token = f"{rel}\0{digest}"
        self._tokens[rel] = token
        return token

    def _name(self, parts: _Partitions, key: Any, ctx: RegistryContext) -> str | None:
        """The partition's name (None: a file of it is not among the files, or unread)."""
        text = [self.context, parts.how, repr(key)]
        files = parts.files[key]
        if parts.how == SOURCE:
            source = ctx.registry.sources.get(key)
            files = [*files, source.file if source is not None else ""]
        for rel in files:
            token = self._tokens.get(rel) or self._token(rel)
            if token is None:
                return None
            text.append(token)
        return hashlib.sha256("\0".join(text).encode("utf-8", "surrogateescape")).hexdigest()

    def run(self, ctx: RegistryContext, checks: Iterable[Check]) -> list[Finding] | None:
        """The findings of ``checks`` (those of :data:`PARTITIONED`) over ``ctx``'s
        registry, each partition's taken from the cache when it is there; None when the
        partitions cannot be named (run the checks as usual)."""
        claims = ctx.registry.claims
        runs = runs_of(claims)
        made: dict[str, _Partitions] = {}
        found: list[Finding] = []
        for check in checks:
            how = PARTITIONED[check.code]
            parts = made.get(how)
            if parts is None:
                parts = made[how] = _Partitions(claims, how, runs)
                for key in parts.files:
                    name = self._name(parts, key, ctx)
                    if name is None:
                        return None
                    parts.names[key] = name
            got = self._check(ctx, check, parts)
            if got is None:
                return None
            found += got
        return found

    def _check(
        self, ctx: RegistryContext, check: Check, parts: _Partitions
    ) -> list[Finding] | None:
        code = check.code.value
        found: list[Finding] = []
        todo: set[Any] = set()
        for key, name in parts.names.items():
            entry = f"{code}\0{name}"
            rows = self.old.get(entry)
            try:
                if type(rows) is not tuple:
                    raise ValueError("not a partition's findings")
                taken = [_finding(row) for row in rows]
            except (ValueError, TypeError):
                todo.add(key)
                continue
            if any(f.code is not check.code for f in taken):
                todo.add(key)
                continue
            found += taken
            self.new[entry] = rows
        if not todo:
            return found
        self.checked += len(todo)
        registry = ctx.registry
        sub = parts.claims_of(registry.claims, todo)
        part_ctx = replace(
            ctx, registry=replace(registry, claims=sub, _by_id={c.id: c for c in sub})
        )
        key_of = dict(zip(map(_ID, sub), map(_KEYS[parts.how], sub), strict=True))
        fresh: dict[Any, list[Finding]] = {key: [] for key in todo}
        for f in check.run(part_ctx):
            keys = {key_of.get(cid) for cid in f.claims}
            if len(keys) != 1 or None in keys:
                return None  # a finding across partitions: not this check's kind
            fresh[keys.pop()].append(f)
        for key, fs in fresh.items():
            self.new[f"{code}\0{parts.names[key]}"] = tuple(_row(f) for f in fs)
            found += fs
        return found

    def save(self) -> None:
        """Keep this run's partitions (when they are not the stored ones)."""
        new = self.new
        if self.merge and len(self.old) + len(new) <= MAX_KEPT:
            new = {**self.old, **new}
        if new != self.old:
            self.store.write(ENTRY, new)
