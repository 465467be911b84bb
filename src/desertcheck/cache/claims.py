"""Loaded claims files kept between runs: an unchanged file is neither parsed nor validated.

For a claims file that loaded without a single finding, the claims and relations it gave
are stored as plain values — each object's validated fields in the model's order, the
fields the file set, and where each was read — keyed by the file's path and git blob id.
The next run builds the same objects from them without YAML and without validation (both
were done, and the content is the same), filling the record's slots directly. A file with
any loader finding is always read again, so its findings are told as the loader tells
them; checks across files (duplicate ids, references) run on the objects either way.

Within one process, the objects a file gave are kept by its key too: ``diff`` loads two
revisions whose files are mostly the same blobs, and those share their objects.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desertcheck.cache.split import SplitEntry

if TYPE_CHECKING:
    from desertcheck.cache.checks import Digests
    from desertcheck.cache.store import Store
    from desertcheck.model import Claim, Relation, SourceMeta

ENTRY = "claims.dat"
#: The files read since :data:`ENTRY` was last written whole: an edit adds its file here
#: and rewrites this small entry, not the whole of :data:`ENTRY` (tens of thousands of
#: claims at 10k). Read only with :data:`ENTRY`; folded into it when it grows.
ADDED = "claims-added.dat"
MAX_KEPT = 100_000  # files
MIN_ADDED = 16  # files changed (added, or left behind) kept apart at least; else a tenth
_META = "source front matter"  # the tag of a source's entry: a claims file's has none
_ACCEPTED = ("code", "reason")  # an acceptance sets both: neither has a default
_set_slot = object.__setattr__
_new = object.__new__
_WHERE = ("file", "line", "column", "fields")  # Where's fields, in its order
_NAMES: dict[tuple[str, ...], tuple[str, ...]] = {}  # the fields-set names of rows dumped


def _fields(model: type[Any]) -> tuple[str, ...]:
    return tuple(model.model_fields)


def _plain(name: str, value: Any) -> Any:
    if name in ("period", "published"):
        return value if value is None else str(value)  # parsed again from its text
    if name == "accept":
        return tuple((a.code, a.reason) for a in value)
    return value


def _dump(obj: Claim | Relation | SourceMeta) -> tuple[Any, ...]:
    """The object as marshal keeps it: its fields in the model's order, as plain values."""
    row = tuple(
        _plain(name, v) for name, v in zip(obj.model_fields, obj.field_values(), strict=True)
    )
    where = obj.where
    names = tuple(sorted(obj.model_fields_set))
    names = _NAMES.setdefault(names, names)  # one object for rows alike: marshal keeps one
    return row, names, where.line, where.column, where.fields


def _claim_maker(build: RowBuilder) -> Callable[[str, Any], Claim]:
    """``claim_of(rel, row)``: the claim ``row`` keeps, read from the file at ``rel`` — a
    function written for the model's fields, each slot filled in turn without a loop (ten
    thousand claims a run: each step counts). A row of another shape raises (ValueError,
    TypeError, IndexError)."""
    from desertcheck.model import Located
    from desertcheck.records import Record

    names = _fields(build.claim)
    env: dict[str, Any] = {f"put{i}": build.claim.__dict__[n].__set__ for i, n in enumerate(names)}
    env.update(
        new=_new,
        Claim=build.claim,
        Where=build.where,
        periods=build.periods,
        parse_period=build.parse_period,
        accepted=build.accepted,
        given=build._given,
        last=[None, None],  # the fields-set names of the claim before, and their set
        put_set=vars(Record)["_fields_set"].__set__,
        put_where=vars(Located)["_where"].__set__,
    )
    env.update(
        zip(("put_file", "put_line", "put_column", "put_fields"), build.where_slots, strict=True)
    )
    lines = [
        "def claim_of(rel, row):",
        "    values = row[0]",
        f"    if len(values) != {len(names)}:",
        "        raise ValueError('a row of another length')",
        "    obj = new(Claim)",
    ]
    for i, name in enumerate(names):
        if name == "period":  # one object per period text, as immutable as a str
            lines += [
                f"    text = values[{i}]",
                "    period = periods.get(text)",
                "    if period is None:",
                "        period = periods[text] = parse_period(text)",
                f"    put{i}(obj, period)",
            ]
        elif name == "accept":
            lines.append(f"    put{i}(obj, accepted(values[{i}]) if values[{i}] else values[{i}])")
        else:
            lines.append(f"    put{i}(obj, values[{i}])")
    lines += [
        "    names = row[1]",  # shared by the rows of a file (marshal keeps one object)
        "    if names is not last[0]:",
        "        last[0], last[1] = names, given(names)",
        "    put_set(obj, last[1])",
        "    where = new(Where)",
        "    put_file(where, rel)",
        "    put_line(where, row[2])",
        "    put_column(where, row[3])",
        "    put_fields(where, row[4])",
        "    put_where(obj, where)",
        "    return obj",
    ]
    exec("\n".join(lines), env)  # text made here, from the model's field names
    return env["claim_of"]  # type: ignore[no-any-return]


class RowBuilder:
    """Objects from stored rows: the model's slots filled as validation would fill them."""

    def __init__(self) -> None:
        from desertcheck.model import (
            Acceptance,
            Claim,
            PartialDate,
            Period,
            Relation,
            SourceMeta,
            Where,
        )
        from desertcheck.records import given

        self.given = given
        self.claim, self.relation, self.acceptance = Claim, Relation, Acceptance
        self.where = Where
        self.meta = SourceMeta
        self.period_at = _fields(Claim).index("period")
        self.accept_at = _fields(Claim).index("accept")
        self.published_at = _fields(SourceMeta).index("published")
        self.sets: dict[tuple[str, ...], frozenset[str]] = {}
        self.parse_period = Period.parse
        self.parse_date = PartialDate.parse
        self.periods: dict[str, Any] = {}  # one object per period text, as immutable as a str
        # a Where's slots, filled directly: its frozen class's constructor sets each through
        # object.__setattr__ (ten thousand claims a run)
        self.where_slots = tuple(getattr(Where, name).__set__ for name in _WHERE)
        self.claim_of: Callable[[str, Any], Claim] = _claim_maker(self)

    def accepted(self, rows: Any) -> tuple[Any, ...]:
        """A claim's acceptances from their stored rows."""
        return tuple(
            self.acceptance._build((code, reason), self._given(_ACCEPTED)) for code, reason in rows
        )

    def _given(self, names: tuple[str, ...]) -> frozenset[str]:
        fields_set = self.sets.get(names)
        if fields_set is None:
            fields_set = self.sets[names] = self.given(names)
        return fields_set

    def _make(self, model: type[Any], values: Any, row: Any, rel: str) -> Any:
        """The record validation of these values made before, read where ``row`` says."""
        obj = model._build(values, self._given(row[1]))
        where = _new(self.where)
        put_file, put_line, put_column, put_fields = self.where_slots
        put_file(where, rel)
        put_line(where, row[2])
        put_column(where, row[3])
        put_fields(where, row[4])
        _set_slot(obj, "_where", where)
        return obj

    def relation_of(self, rel: str, row: Any) -> Relation:
        return self._make(self.relation, row[0], row, rel)  # type: ignore[no-any-return]

    def meta_of(self, rel: str, row: Any) -> SourceMeta:
        values = list(row[0])
        if values[self.published_at] is not None:
            values[self.published_at] = self.parse_date(values[self.published_at])
        return self._make(self.meta, values, row, rel)  # type: ignore[no-any-return]


def claim_row(claim: Claim) -> tuple[Any, ...]:
    """A claim as plain values, with the file it was read from: :class:`ClaimRows` builds
    it back."""
    return (claim.where.file, _dump(claim))


def kept_rows(files: ClaimFileCache) -> Callable[[Claim], tuple[Any, ...]]:
    """:func:`claim_row`, taking the row each claim of the load of ``files`` was built
    from or kept as (a cold run's: every row made by the workers that read the files),
    rather than making it again: audit keeps every claim's row in its index
    (:mod:`.auditindex`). A claim the load did not keep gets :func:`claim_row`'s."""
    from desertcheck.model import Claim

    kept: dict[int, tuple[Claim, Any]] = {}
    for key, objs in files.built.items():
        entry = files.new.get(key)
        if not isinstance(entry, tuple) or len(entry) != 2 or entry[0] == _META:
            continue
        claims = [o for o in objs if isinstance(o, Claim)]
        if len(claims) == len(entry[0]):
            kept.update((id(c), (c, row)) for c, row in zip(claims, entry[0], strict=True))

    def row(claim: Claim) -> tuple[Any, ...]:
        hit = kept.get(id(claim))
        if hit is not None and hit[0] is claim:
            return (claim.where.file, hit[1])
        return claim_row(claim)

    return row


class ClaimRows:
    """Claims built back from :func:`claim_row`'s values, without validation."""

    def __init__(self) -> None:
        self._builder = RowBuilder()

    def claim_of(self, row: Any) -> Claim:
        """The claim ``row`` keeps; ValueError (or TypeError, …) on a row of another shape."""
        rel, values = row
        if not isinstance(rel, str):
            raise ValueError("not a claim's row")
        return self._builder.claim_of(rel, values)


def rows_of(objs: list[Claim | Relation]) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """A claims file's objects as marshal keeps them: its claims' rows, its relations'."""
    from desertcheck.model import Claim

    return (
        tuple(_dump(o) for o in objs if isinstance(o, Claim)),
        tuple(_dump(o) for o in objs if not isinstance(o, Claim)),
    )


def objects_of(rel: str, entry: Any, build: RowBuilder) -> list[Claim | Relation] | None:
    """The objects :func:`rows_of` kept of the claims file at ``rel``; None for an entry
    of another shape."""
    if not isinstance(entry, tuple) or len(entry) != 2 or entry[0] == _META:
        return None
    try:
        objs: list[Claim | Relation] = [build.claim_of(rel, row) for row in entry[0]]
        objs += [build.relation_of(rel, row) for row in entry[1]]
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        return None  # not what this code stores: read the file
    return objs


class ClaimFileCache:
    """Stored claims files for one load; :meth:`save` keeps what this load read."""

    def __init__(
        self,
        store: Store,
        files: Digests,
        *,
        merge: bool = False,
        built: dict[str, list[Claim | Relation]] | None = None,
    ) -> None:
        """``built``: objects already built in this process, by key, shared with this load
        (diff's two sides share one)."""
        self.built: dict[str, list[Claim | Relation]] = {} if built is None else built
        self.store = store
        self.files = files
        self.merge = merge
        self.entry = SplitEntry(store, ENTRY, ADDED)
        self.old: dict[str, Any] = self.entry.old
        self.new: dict[str, Any] = {}
        self.hits = 0
        self._builder: RowBuilder | None = None

    def side(self, files: Digests) -> None:
        """Go on with the files of another side (diff's second revision)."""
        self.files = files

    def _key(self, rel: str) -> str | None:
        if rel not in self.files.entries:
            return None
        digest = self.files.digest(rel)
        return hashlib.sha256(f"{rel}\0{digest}".encode("utf-8", "surrogateescape")).hexdigest()

    def get(self, rel: str) -> list[Claim | Relation] | None:
        """The objects the file at ``rel`` gave when it last loaded cleanly, or None."""
        key = self._key(rel)
        if key is None:
            return None
        entry = self.old.get(key)
        objs = self.built.get(key)
        if objs is None:
            objs = self._build(rel, entry)
            if objs is None:
                return None
            self.built[key] = objs
        if entry is not None:
            self.new[key] = entry
        self.hits += 1
        return objs

    def _build(self, rel: str, entry: Any) -> list[Claim | Relation] | None:
        if self._builder is None:
            self._builder = RowBuilder()
        return objects_of(rel, entry, self._builder)

    def get_meta(self, rel: str) -> SourceMeta | None:
        """The front matter of the source at ``rel`` when it last loaded cleanly, or None."""
        key = self._key(rel)
        entry = self.old.get(key) if key is not None else None
        if not (isinstance(entry, tuple) and len(entry) == 2 and entry[0] == _META):
            return None
        if self._builder is None:
            self._builder = RowBuilder()
        try:
            meta = self._builder.meta_of(rel, entry[1])
        except (KeyError, TypeError, ValueError, AttributeError, IndexError):
            return None
        self.new[key] = entry  # type: ignore[index]
        return meta

    def put_meta(self, rel: str, meta: SourceMeta) -> None:
        """The front matter of the source at ``rel``, having loaded without a finding."""
        key = self._key(rel)
        if key is not None:
            self.new[key] = (_META, _dump(meta))

    def put(self, rel: str, objs: list[Claim | Relation]) -> None:
        """What the file at ``rel`` gave, having loaded without a finding."""
        self.put_rows(rel, rows_of(objs), objs)

    def put_rows(self, rel: str, rows: Any, objs: list[Claim | Relation]) -> None:
        """What the file at ``rel`` gave, as :func:`rows_of` made it, and the objects."""
        key = self._key(rel)
        if key is None:
            return
        self.new[key] = rows
        self.built[key] = objs

    def has(self, rel: str) -> bool:
        """Whether the file at ``rel`` may be taken from the cache (:meth:`get` says)."""
        key = self._key(rel)
        return key is not None and (key in self.built or key in self.old)

    def save(self) -> None:
        """Keep the files this load read (with ``merge``, those kept before too). Each
        entry is named by its file's path and content, so an entry is right whichever
        entry holds it: the few files that differ from :data:`ENTRY` — read anew, or no
        longer read — are written to :data:`ADDED` alone, until they are many
        (:mod:`desertcheck.cache.split`)."""
        new = self.new
        if self.merge and len(self.old) + len(new) <= MAX_KEPT:
            new = {**self.old, **new}
        self.entry.save(new, MIN_ADDED)
        self.old = self.entry.old
