"""Loaded claims files kept between runs: an unchanged file is neither parsed nor validated.

For a claims file that loaded without a single finding, the claims and relations it gave
are stored as plain values — the validated fields, the fields the file set, and where each
was read — keyed by the file's path and git blob id. The next run builds the same objects
from them with ``model_construct`` (no YAML, no validation: both were done, and the content
is the same). A file with any loader finding is always read again, so its findings are
told as the loader tells them; checks across files (duplicate ids, references) run on the
objects either way.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desertcheck.cache.checks import Digests
    from desertcheck.cache.store import Store
    from desertcheck.model import Claim, Relation

ENTRY = "claims.dat"
MAX_KEPT = 100_000  # files


def _dump(obj: Claim | Relation) -> list[Any]:
    where = obj.where
    return [
        obj.model_dump(mode="json"),
        sorted(obj.model_fields_set),
        [where.line, where.column, where.fields],  # tuples: JSON arrays
    ]


def _build(kind: str, rel: str, row: Any) -> Claim | Relation:
    from desertcheck.model import Acceptance, Claim, Period, Relation, Where

    values, fields_set, (line, column, fields) = row
    values = dict(values)
    if kind == "claim":
        model: type[Claim] | type[Relation] = Claim
        value = values["value"]
        values["value"] = tuple(value) if isinstance(value, list) else value
        values["period"] = Period.parse(values["period"])
        values["tags"] = tuple(values["tags"])
        values["accept"] = tuple(
            Acceptance.model_construct(code=a["code"], reason=a["reason"]) for a in values["accept"]
        )
    else:
        model = Relation
        values["parts"] = tuple(values["parts"])
    obj = model.model_construct(set(fields_set), **values)
    obj._where = Where(rel, line, column, tuple((str(n), int(a), int(b)) for n, a, b in fields))
    return obj


class ClaimFileCache:
    """Stored claims files for one load; :meth:`save` keeps what this load read."""

    def __init__(self, store: Store, files: Digests, *, merge: bool = False) -> None:
        self.store = store
        self.files = files
        self.merge = merge
        old = store.read(ENTRY)
        self.old: dict[str, Any] = old if isinstance(old, dict) else {}
        self.new: dict[str, Any] = {}
        self.hits = 0

    def _key(self, rel: str) -> str | None:
        if rel not in self.files.entries:
            return None
        digest = self.files.digest(rel)
        return hashlib.sha256(f"{rel}\0{digest}".encode("utf-8", "surrogateescape")).hexdigest()

    def get(self, rel: str) -> list[Claim | Relation] | None:
        """The objects the file at ``rel`` gave when it last loaded cleanly, or None."""
        key = self._key(rel)
        entry = self.old.get(key) if key is not None else None
        if not isinstance(entry, dict):
            return None
        try:
            objs = [_build("claim", rel, row) for row in entry["claims"]]
            objs += [_build("relation", rel, row) for row in entry["relations"]]
        except (KeyError, TypeError, ValueError, AttributeError):
            return None  # not what this code stores: read the file
        self.new[key] = entry  # type: ignore[index]
        self.hits += 1
        return objs

    def put(self, rel: str, objs: list[Claim | Relation]) -> None:
        """What the file at ``rel`` gave, having loaded without a finding."""
        from desertcheck.model import Claim

        key = self._key(rel)
        if key is None:
            return
        self.new[key] = {
            "claims": [_dump(o) for o in objs if isinstance(o, Claim)],
            "relations": [_dump(o) for o in objs if not isinstance(o, Claim)],
        }

    def save(self) -> None:
        new = self.new
        if self.merge and len(self.old) + len(new) <= MAX_KEPT:
            new = {**self.old, **new}
        if new.keys() != self.old.keys():
            self.store.write(ENTRY, new)
