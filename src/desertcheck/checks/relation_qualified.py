"""A sum that holds only thanks to its qualifiers.

For a ``sum`` relation whose parts' intervals can meet the whole's, but whose figures as
written do not add up to the whole's (relations with a range among their claims have no
single written figure to add, and are left out), the relation holds only
because of words like "nearly" and "over". Not an error — but a reader adding up the
figures will not get the total, so the finding shows the arithmetic, at the relation's
file and line.
"""

from __future__ import annotations

from collections.abc import Iterator

from desertcheck.checks.base import RegistryContext
from desertcheck.checks.relation_violated import arithmetic, members, point_sum
from desertcheck.codes import Code
from desertcheck.findings import Finding
from desertcheck.intervals import total

CODE = Code.RELATION_QUALIFIED
KIND = "registry"


def check(ctx: RegistryContext) -> Iterator[Finding]:
    for relation in ctx.registry.relations:
        if relation.kind != "sum":
            continue
        got = members(ctx, relation)
        if got is None:
            continue
        parts, whole = got
        if whole.is_range or any(p.is_range for p in parts):
            continue  # a range has no single written figure to add up
        w = ctx.interval(whole)
        if not total(ctx.interval(p) for p in parts).overlaps(w):
            continue  # violated: relation-violated reports it
        written = point_sum(parts)
        if whole.low <= written <= whole.high:
            continue
        yield ctx.relation_finding(
            CODE,
            f"relation {relation.id} holds only thanks to the qualifiers: "
            f"{arithmetic(parts, whole)}",
            relation,
            [whole, *parts],
        )
