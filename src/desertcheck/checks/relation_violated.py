"""Parts and wholes must be able to add up.

For a ``sum`` relation the parts' intervals are added; when that sum cannot meet the
whole's interval, the relation is violated. For a ``part-of`` relation, a part whose
interval lies entirely above the whole's is one that must exceed the whole. The finding
gives the arithmetic.
"""

from __future__ import annotations

from collections.abc import Iterator

from desertcheck.checks.base import RegistryContext
from desertcheck.codes import Code
from desertcheck.findings import Finding
from desertcheck.intervals import total
from desertcheck.model import Claim, Relation
from desertcheck.vocabulary import format_number

CODE = Code.RELATION_VIOLATED
KIND = "registry"


def members(ctx: RegistryContext, relation: Relation) -> tuple[list[Claim], Claim] | None:
    parts = [ctx.registry.claim(p) for p in relation.parts]
    whole = ctx.registry.claim(relation.whole)
    if whole is None or any(p is None for p in parts):
        return None  # the loader has reported the missing claim
    return [p for p in parts if p is not None], whole


def point_sum(parts: list[Claim]) -> float:
    return sum((p.low + p.high) / 2 for p in parts)


def arithmetic(parts: list[Claim], whole: Claim) -> str:
    terms = " + ".join(format_number((p.low + p.high) / 2) for p in parts)
    return f"{terms} = {format_number(point_sum(parts))}; the whole is {whole.figure}"


def check(ctx: RegistryContext) -> Iterator[Finding]:
    for relation in ctx.registry.relations:
        got = members(ctx, relation)
        if got is None:
            continue
        parts, whole = got
        w = ctx.interval(whole)
        if relation.kind == "sum":
            s = total(ctx.interval(p) for p in parts)
            if not s.overlaps(w):
                yield ctx.finding(
                    CODE,
                    f"relation {relation.id}: the parts cannot add up to the whole, even with "
                    f"their qualifiers: {arithmetic(parts, whole)} (parts allow "
                    f"{format_number(s.low)}–{format_number(s.high)})",
                    [whole, *parts],
                )
        else:
            for p in parts:
                if ctx.interval(p).low > w.high:
                    yield ctx.finding(
                        CODE,
                        f"relation {relation.id}: the part {p.figure} ({p.id}) exceeds the "
                        f"whole {whole.figure} ({whole.id}); a part cannot be more than its "
                        "whole",
                        [whole, p],
                    )
