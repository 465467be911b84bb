"""The relations (``sum``, ``part-of``) a change adds, removes or edits, matched by id: a
relation re-pointed to another claim joins other figures, whether or not a finding
changes with it."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from desertcheck.diff.pairing import as_json, field_changes
from desertcheck.diff.results import RelationChange, RelationEntry

if TYPE_CHECKING:
    from desertcheck.model import Relation


def relation_changes(
    old: Sequence[Relation], new: Sequence[Relation], broken: Collection[str] = ()
) -> tuple[list[RelationEntry], list[RelationEntry], list[RelationChange]]:
    """(added, removed, changed): relations by id. A relation of base in a claims file
    that does not load in head (``broken``) was not read there: it is not removed."""
    old_ids = {r.id: r for r in old}
    new_ids = {r.id: r for r in new}
    added = [RelationEntry(r) for r in new if r.id not in old_ids]
    removed = [RelationEntry(r) for r in old if r.id not in new_ids and r.file not in broken]
    changed = []
    for r in new:
        was = old_ids.get(r.id)
        if was is None or was is r:
            continue
        fields = field_changes(as_json(was), as_json(r))
        if fields or was.file != r.file:
            changed.append(RelationChange(r, fields, was.file))
    return added, removed, changed
