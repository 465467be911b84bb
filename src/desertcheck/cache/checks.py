"""Per-claim findings kept between runs: only the claims an edit touched are checked again.

A claim's per-claim checks see the claim and its source and nothing else, so their
findings (and the line of the quote in the source) are a function of the claims file's
content, the claim's id, the source file's content and the configuration. That is the key;
the value is the findings, stored as plain values. Cross-claim checks, acceptance and
severities are applied afresh on every run, after these.

Entries are grouped by claims file: one group per file's path, blob id and the run's
configuration, holding each claim's source (path and blob id) and results. A run looks a
group up once per file and a claim by its id within it, and most claims have no finding to
build: a warm claim costs a few dictionary lookups. Each entry also carries a digest of the
claim itself (its fields, where each was read, its source's blob): in an edited claims
file, the claims the edit left as they were — same fields, same lines — are found by it
and not checked again.

A whole run is kept too, an entry of its own (``run-<key>.dat``, :func:`run_entry`): its
findings and quote lines, keyed by the digest of every file of the registry, the options
and the findings it was given. A run over a registry that has not changed (``audit`` with
a new draft, ``verify`` with another format, either side of a ``diff`` met before) takes
them as they were, checking nothing. A run over a changed registry looks for one entry
that is not there (it reads none of the runs kept), and the latest :data:`MAX_RUNS` are
kept, the older ones deleted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from desertcheck.cache.split import SplitEntry
from desertcheck.findings import Accepted, Finding, Severity

if TYPE_CHECKING:
    from desertcheck.cache.store import Store

ENTRY = "checks.dat"
#: The groups that differ from :data:`ENTRY`'s (an edited file's): an edit rewrites this
#: small entry, not the whole of :data:`ENTRY` (:mod:`desertcheck.cache.split`).
ADDED = "checks-added.dat"
RUNS = "run-"  # the names of the whole runs' entries begin so (:func:`run_entry`)
MAX_RUNS = 4  # whole runs kept: the latest
#: Groups (claims files, each in one version) kept when a run adds to the stored ones (diff).
MAX_KEPT = 25_000

_Group = dict[str, tuple[str, str, tuple[Any, ...], int | None, str]]


class Digests(Protocol):
    """The files of one side and the digest (git blob id) of each: a
    :class:`~desertcheck.cache.manifest.Manifest`, or a revision's tree."""

    @property
    def entries(self) -> Collection[str]: ...

    def digest(self, rel: str) -> str: ...


def _row(f: Finding) -> tuple[Any, ...]:
    return (f.code.value, f.severity.value, f.message, f.file, f.line, f.column, tuple(f.claims))


def _finding(row: Any) -> Finding:
    from desertcheck.codes import lookup

    name, severity, message, file, line, column, claims = row
    code = lookup(name) if isinstance(name, str) else None
    if code is None or not (
        isinstance(message, str)
        and (file is None or isinstance(file, str))
        and isinstance(line, int)
        and isinstance(column, int)
        and isinstance(claims, tuple)
        and all(isinstance(c, str) for c in claims)
    ):
        raise ValueError("not a finding")
    return Finding(code, Severity(severity), message, file, line, column, claims)


class Key(NamedTuple):
    """Where one claim's results are kept: its claims file's group, and what it depends on
    (a tuple: made for every claim of a run, ten thousand at a time)."""

    group: str  # the claims file's path and blob id, and the run's configuration
    claim_id: str
    source_file: str  # '' when the claim's source is not there
    source_digest: str
    claim_file: str
    claim: Any  # the claim itself, for its digest (None: found by its id alone)


def _run_row(f: Finding) -> tuple[Any, ...]:
    accepted = (f.accepted.claim, f.accepted.reason) if f.accepted is not None else None
    return (*_row(f), accepted)


def _run_finding(row: Any) -> Finding:
    *plain, accepted = row
    found = _finding(plain)
    if accepted is None:
        return found
    claim, reason = accepted
    if not (isinstance(claim, str) and isinstance(reason, str)):
        raise ValueError("not an acceptance")
    return replace(found, accepted=Accepted(claim, reason))


def run_entry(key: str) -> str:
    """The name of the entry that keeps the whole run of ``key``."""
    return f"{RUNS}{key[:32]}.dat"


def stored_runs(store: Store) -> dict[str, Any]:
    """Every whole run kept, by its key (what ``get_run`` reads, in one place)."""
    runs = {}
    for name in store.names(RUNS):
        entry = store.read(name)
        if isinstance(entry, tuple) and len(entry) == 3 and isinstance(entry[0], str):
            runs[entry[0]] = entry[1:]
    return runs


def claim_digest(claim_file: str, claim: Any) -> str:
    """A digest of the claim itself: everything its per-claim checks see of it (made for
    every claim checked: in the workers that read them, :mod:`desertcheck.registry.fanout`)."""
    where = claim.where
    text = repr(
        (
            claim_file,
            claim.field_values(),
            (where.line, where.column, where.fields),
            sorted(claim.model_fields_set),
        )
    )
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


class CheckCache:
    """The stored per-claim results for one run; :meth:`save` keeps this run's."""

    def __init__(self, store: Store, manifest: Digests, *, merge: bool = False) -> None:
        """``merge``: keep the stored entries too (diff verifies sides other than the
        working tree, whose entries a later verify will want)."""
        self.store = store
        self.manifest = manifest
        self.merge = merge
        self.entry = SplitEntry(store, ENTRY, ADDED)
        self.old: dict[str, Any] = self.entry.old
        self.new: dict[str, _Group] = {}
        self.context = ""
        self.hits = 0
        self._groups: dict[str, str | None] = {}  # claims file: its group's key
        self._digests: dict[str | None, str | None] = {}  # source file: its digest (_source)
        self._by_content: dict[str, Any] | None = None  # stored entries by the claim's digest

    def run_key(self, options: str, given: Iterable[Finding]) -> str | None:
        """The key of a whole run over these files with ``options``, given the findings
        ``given`` (the loader's, the configuration's); None when a file could not be read
        whole or there are too many to list."""
        if not getattr(self.manifest, "complete", True):
            return None
        h = hashlib.sha256(f"{self.context}\0{options}\0".encode("utf-8", "surrogateescape"))
        for rel in sorted(self.manifest.entries):
            digest = self.manifest.digest(rel)
            if digest.startswith(("unreadable:", "changing:")):
                return None
            if digest == "d":
                continue  # a folder: its files say what it holds (a revision lists no folders)
            h.update(f"{rel}\0{digest}\n".encode("utf-8", "surrogateescape"))
        h.update(repr([_run_row(f) for f in given]).encode("utf-8", "surrogateescape"))
        return h.hexdigest()

    def get_run(self, key: str | None) -> tuple[list[Finding], dict[str, int | None]] | None:
        """The findings and quote lines of the run stored under ``key``, or None."""
        entry = self.store.read(run_entry(key)) if key is not None else None
        if not (
            isinstance(entry, tuple)
            and len(entry) == 3
            and entry[0] == key  # the entry's name holds a part of the key only
            and isinstance(entry[2], dict)
        ):
            return None
        try:
            found = [_run_finding(row) for row in entry[1]]
        except (ValueError, TypeError):
            return None
        return found, entry[2]

    def put_run(
        self, key: str | None, found: Sequence[Finding], lines: Mapping[str, int | None]
    ) -> None:
        """Keep a whole run's findings and quote lines (the latest few runs before it stay)."""
        if key is None:
            return
        name = run_entry(key)
        self.store.write(name, (key, tuple(_run_row(f) for f in found), dict(lines)))
        self.store.prune(RUNS, MAX_RUNS, kept=name)

    def side(self, manifest: Digests) -> None:
        """Go on with the files of another side (diff's second revision): the entries
        read and those of this run so far are kept."""
        self.manifest = manifest
        self._groups = {}
        self._digests = {}

    def begin(self, context: str) -> None:
        """What every key depends on besides the files: the checks run, the tolerance."""
        self.context = self.manifest.digest("desertcheck.toml") + "|" + context

    def _group(self, claim_file: str) -> str | None:
        """The key of the claims file's group (None when the file is not among the files)."""
        if claim_file in self._groups:
            return self._groups[claim_file]
        key = None
        if claim_file in self.manifest.entries:
            parts = (self.context, claim_file, self.manifest.digest(claim_file))
            text = "\0".join(parts).encode("utf-8", "surrogateescape")
            key = hashlib.sha256(text).hexdigest()
        self._groups[claim_file] = key
        return key

    def _source(self, source_file: str | None) -> str | None:
        """The source's digest ('' for none), or None when it is not among the files."""
        if source_file is None:
            return ""
        if source_file not in self.manifest.entries:
            return None
        return self.manifest.digest(source_file)

    def _content(self, claim_file: str, claim: Any, digest: str | None = None) -> str:
        """A digest of the claim itself under this run's configuration; ``digest``: its
        :func:`claim_digest`, when a worker made it."""
        inner = digest or claim_digest(claim_file, claim)
        text = f"{self.context}\0{inner}".encode("utf-8", "surrogateescape")
        return hashlib.sha256(text).hexdigest()

    def _index(self) -> dict[str, Any]:
        """The stored entries by their claim's digest (made at the first claims file missed)."""
        if self._by_content is None:
            self._by_content = {
                entry[4]: entry
                for group in self.old.values()
                if isinstance(group, dict)
                for entry in group.values()
                if isinstance(entry, tuple) and len(entry) == 5 and entry[4]
            }
        return self._by_content

    def key(
        self, claim_file: str, claim_id: str, source_file: str | None, claim: Any = None
    ) -> Key | None:
        """Where the claim's results are kept, or None when its files are not all there.
        With ``claim``, one of an edited claims file is also found by its own digest."""
        group = self._groups.get(claim_file) or self._group(claim_file)
        if source_file in self._digests:
            digest = self._digests[source_file]
        else:
            digest = self._digests[source_file] = self._source(source_file)
        if group is None or digest is None:
            return None
        return Key(group, claim_id, source_file or "", digest, claim_file, claim)

    def found_by_id(
        self, claims: Iterable[tuple[int, str, str, str | None]]
    ) -> dict[int, tuple[list[Finding], int | None]]:
        """The stored results of each ``(i, claims file, claim id, source file)`` found by
        its id in its file's group, by ``i``: most claims of a run, in one pass (each a few
        dictionary lookups). The others — an edited file's, a changed source's — are for
        :meth:`key` and :meth:`get`, which also find a claim by its own digest."""
        old, groups, digests, new = self.old, self._groups, self._digests, self.new
        out: dict[int, tuple[list[Finding], int | None]] = {}
        last: str | None = None  # the claims file of the claim before: a file's claims follow
        group: str | None = None
        stored: Any = None
        taken: dict[str, Any] | None = None
        for i, claim_file, claim_id, source_file in claims:
            if claim_file != last:
                last = claim_file
                group = groups.get(claim_file) or self._group(claim_file)
                stored = old.get(group) if group is not None else None
                taken = None
            if type(stored) is not dict:
                continue
            entry = stored.get(claim_id)
            if entry is None:
                continue
            if source_file in digests:
                digest = digests[source_file]
            else:
                digest = digests[source_file] = self._source(source_file)
            if digest is None:
                continue
            assert group is not None
            if (  # most claims: no finding, the entry of this source as it is
                type(entry) is tuple
                and len(entry) == 5
                and entry[2] == ()
                and entry[1] == digest
                and entry[0] == (source_file or "")
                and (entry[3] is None or type(entry[3]) is int)
            ):
                if taken is None:
                    taken = new.get(group)
                    if taken is None:
                        taken = new[group] = {}
                if claim_id not in taken:
                    self.hits += 1
                taken[claim_id] = entry
                out[i] = ([], entry[3])
                continue
            hit = self._take(group, claim_id, entry, source_file or "", digest)
            if hit is not None:
                out[i] = hit
        return out

    def _take(
        self, group: str, claim_id: str, entry: Any, source_file: str, source_digest: str
    ) -> tuple[list[Finding], int | None] | None:
        """The results in ``entry`` when it is well formed and of this source, kept for
        this run; else None."""
        if not (type(entry) is tuple and len(entry) == 5):
            return None
        stored_file, stored_digest, rows, line, _ = entry
        if stored_file != source_file or stored_digest != source_digest:
            return None
        if not (type(rows) is tuple and (line is None or type(line) is int)):
            return None
        try:
            found = [_finding(row) for row in rows] if rows else []
        except (ValueError, TypeError):
            return None
        taken = self.new.get(group)
        if taken is None:
            taken = self.new[group] = {}
        if claim_id not in taken:  # a claim asked for twice is one hit
            self.hits += 1
        taken[claim_id] = entry
        return found, line

    def get(self, key: Key | None) -> tuple[list[Finding], int | None] | None:
        """The findings and quote line stored under ``key``, or None (also when malformed)."""
        if key is None:
            return None
        group = self.old.get(key.group)
        entry = group.get(key.claim_id) if type(group) is dict else None
        if entry is None and key.claim is not None and self._index():
            entry = self._index().get(self._content(key.claim_file, key.claim))
        return self._take(key.group, key.claim_id, entry, key.source_file, key.source_digest)

    def put(
        self,
        key: Key | None,
        found: Sequence[Finding],
        line: int | None,
        digest: str | None = None,
    ) -> None:
        """Keep a claim's results; ``digest``: the claim's :func:`claim_digest`, when a
        worker made it."""
        if key is None or any(f.accepted is not None for f in found):
            return
        rows = tuple(_row(f) for f in found)
        content = self._content(key.claim_file, key.claim, digest) if key.claim is not None else ""
        entry = (key.source_file, key.source_digest, rows, line, content)
        self.new.setdefault(key.group, {})[key.claim_id] = entry

    def save(self) -> None:
        """Keep this run's entries: alone, or (``merge``) added to the stored ones."""
        new: dict[str, Any] = dict(self.new)
        for key, group in self.new.items():  # claims of the same file not checked this run
            old = self.old.get(key)
            if isinstance(old, dict) and old.keys() - group.keys():
                new[key] = {**old, **group}
        if self.merge and len(self.old) + len(new) <= MAX_KEPT:
            new = {**self.old, **new}
        self.entry.save(new)
        self.old = self.entry.old
        self._by_content = None
