"""Choosing and ordering claims (list, export) and turning them into records and rows."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desertcheck.model import Claim, Located
    from desertcheck.registry import Registry


class SortKey(StrEnum):
    file = "file"
    id = "id"
    value = "value"
    measure = "measure"
    scope = "scope"
    period = "period"
    source = "source"


def select_claims(
    registry: Registry,
    *,
    source: list[str] | None = None,
    measure: list[str] | None = None,
    scope: list[str] | None = None,
    tag: list[str] | None = None,
    search: str | None = None,
) -> list[Claim]:
    """Claims passing every filter given (several values of one filter: any of them)."""
    needle = search.casefold() if search else None
    out = []
    for c in registry.claims:
        if source and c.source not in source:
            continue
        if measure and c.measure not in measure:
            continue
        if scope and c.scope not in scope:
            continue
        if tag and not set(tag) & set(c.tags):
            continue
        if needle and needle not in c.statement.casefold() and needle not in c.quote.casefold():
            continue
        out.append(c)
    return out


def sort_claims(claims: list[Claim], key: SortKey) -> list[Claim]:
    if key is SortKey.file:
        return claims
    if key is SortKey.value:
        return sorted(claims, key=lambda c: (c.low, c.high, c.id))
    if key is SortKey.period:
        return sorted(claims, key=lambda c: (c.period.start, c.period.end, c.id))
    return sorted(claims, key=lambda c: (str(getattr(c, key.value)), c.id))


def located_record(obj: Located) -> dict[str, Any]:
    """A registry object as JSON: every field under its YAML name, then ``file`` and
    ``line``, where it is defined."""
    record: dict[str, Any] = obj.model_dump(mode="json")
    record["file"] = obj.file
    record["line"] = obj.line
    return record


def claim_record(claim: Claim) -> dict[str, Any]:
    """A claim as JSON: every registry field under its YAML name, plus where it is defined."""
    return located_record(claim)


CSV_HEADER = [
    "id",
    "statement",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "measure",
    "scope",
    "period",
    "cumulative",
    "source",
    "origin",
    "tags",
    "quote",
    "note",
    "file",
    "line",
]


def claims_csv(claims: list[Claim]) -> tuple[list[str], list[list[object]]]:
    rows: list[list[object]] = []
    for c in claims:
        value = (
            f"{c.value[0]}-{c.value[1]}" if isinstance(c.value, tuple) else c.value
        )  # a range is text; a single value stays a number
        rows.append(
            [
                c.id,
                c.statement,
                value,
                c.value[0] if isinstance(c.value, tuple) else c.value,
                c.value[1] if isinstance(c.value, tuple) else c.value,
                c.qualifier,
                c.unit,
                c.measure,
                c.scope,
                str(c.period),
                c.cumulative,
                c.source,
                c.origin,
                " ".join(c.tags),
                c.quote,
                c.note,
                c.file,
                c.line,
            ]
        )
    return CSV_HEADER, rows


def unmatched_filters(
    registry: Registry,
    *,
    source: list[str] | None = None,
    measure: list[str] | None = None,
    scope: list[str] | None = None,
    tag: list[str] | None = None,
) -> list[str]:
    """A note for each filter value that no claim of the registry has — usually a typo."""
    import difflib

    known: dict[str, set[str]] = {"source": set(), "measure": set(), "scope": set(), "tag": set()}
    for c in registry.claims:
        known["source"].add(c.source)
        known["measure"].add(c.measure)
        known["scope"].add(c.scope)
        known["tag"].update(c.tags)
    notes = []
    for name, values in (("source", source), ("measure", measure), ("scope", scope), ("tag", tag)):
        for value in values or ():
            if value in known[name]:
                continue
            close = difflib.get_close_matches(value, sorted(known[name]), n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            notes.append(f"no claim has {name} {value!r}{hint}")
    return notes
