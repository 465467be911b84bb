"""Parts and wholes must be able to add up.

For a ``sum`` relation the parts' intervals are added; when that sum cannot meet the
whole's interval, the relation is violated. For a ``part-of`` relation, a part whose
interval lies entirely above the whole's is one that must exceed the whole. The finding
is placed at the relation (its file and line, where the parts and the whole are named)
and gives the arithmetic, each figure in its unit ("$12.8 million + $2.1 million = $14.9
million; the whole is $17.3 million"), with the span the parts' qualifiers allow when
they have any ("even with their qualifiers (13–14 million)"). When the parts and the whole
are not counted in one unit (cases and soldiers), the figures are compared as numbers and
the finding says so, since the relation may then be wrong rather than the figures.
"""

from __future__ import annotations

from collections.abc import Iterator

from desertcheck.checks.base import RegistryContext
from desertcheck.codes import Code
from desertcheck.findings import Finding
from desertcheck.intervals import total
from desertcheck.model import Claim, Relation
from desertcheck.vocabulary import figure_text, unit_words

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


def _unit(parts: list[Claim]) -> str | None:
    """The unit the parts share (None: they have none in common)."""
    units = {p.unit for p in parts}
    return units.pop() if len(units) == 1 else None


def arithmetic(parts: list[Claim], whole: Claim) -> str:
    """The parts' figures added, each in its unit ("$12.8 million + $2.1 million = $14.9
    million"), and the whole's."""
    unit = _unit(parts)
    terms = " + ".join(_term((p.low + p.high) / 2, p.unit, unit) for p in parts)
    added = figure_text(point_sum(parts), "exactly", unit)
    return f"{terms} = {added}; the whole is {whole.figure}{units_note(parts, whole)}"


def units_note(parts: list[Claim], whole: Claim) -> str:
    """What the comparison cannot know when the members are not counted in one unit
    ("; the parts are in cases and the whole in soldiers: compared as numbers alone"), else
    nothing."""
    units = sorted({unit_words(p.unit) or "no unit" for p in parts})
    mine = unit_words(whole.unit) or "no unit"
    if units == [mine]:
        return ""
    counted = units[0] if len(units) == 1 else " and ".join(units)
    return f"; the parts are in {counted} and the whole in {mine}: compared as numbers alone"


def _term(value: float, unit: str | None, shared: str | None) -> str:
    """A part in the sum: with its sign ("$12.8 million", "12%"), or as a number when a
    unit in words is said once, after the sum ("22,580 + 13,800 = 36,380 cases"); in its
    unit when the parts do not share one."""
    from desertcheck.vocabulary import CURRENCY_SYMBOLS, format_number, unit_words

    signed = unit == "percent" or unit_words(unit).partition(" ")[0] in CURRENCY_SYMBOLS
    if shared is not None and not signed:
        return format_number(value)
    return figure_text(value, "exactly", unit)


def _cannot(parts: list[Claim], low: float, high: float) -> str:
    """How the parts fail the whole: with no qualifier to widen their sum, they do not add
    up; with some, not even what the qualifiers allow does."""
    if low == high:
        return "the parts do not add up to the whole"
    allowed = figure_text((low, high), "between", _unit(parts))
    return f"the parts cannot add up to the whole, even with their qualifiers ({allowed})"


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
                yield ctx.relation_finding(
                    CODE,
                    f"relation {relation.id}: {_cannot(parts, s.low, s.high)}: "
                    f"{arithmetic(parts, whole)}",
                    relation,
                    [whole, *parts],
                )
        else:
            for p in parts:
                if ctx.interval(p).low > w.high:
                    yield ctx.relation_finding(
                        CODE,
                        f"relation {relation.id}: the part {p.figure} ({p.id}) exceeds the "
                        f"whole {whole.figure} ({whole.id}); a part cannot be more than its "
                        f"whole{units_note([p], whole)}",
                        relation,
                        [whole, p],
                    )
