"""Choosing and ordering claims (list, export) and turning them into records and rows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from desertcheck.findings import Finding, exit_code
from desertcheck.text.wordforms import root

if TYPE_CHECKING:
    from collections.abc import Sequence

    from desertcheck.model import Claim, Located
    from desertcheck.registry import LoadResult, Registry


class SortKey(StrEnum):
    file = "file"
    id = "id"
    value = "value"
    measure = "measure"
    scope = "scope"
    period = "period"
    source = "source"


@dataclass(frozen=True, slots=True)
class Filters:
    """Which claims a command shows: every filter given must pass (any of its values)."""

    source: list[str] = field(default_factory=list)
    measure: list[str] = field(default_factory=list)
    scope: list[str] = field(default_factory=list)
    tag: list[str] = field(default_factory=list)
    search: str | None = None
    sort: SortKey = SortKey.file

    @property
    def complete(self) -> bool:
        """No filter narrows the selection (sorting does not)."""
        return not (self.source or self.measure or self.scope or self.tag or self.search)

    def apply(self, registry: Registry) -> list[Claim]:
        chosen = select_claims(
            registry,
            source=self.source,
            measure=self.measure,
            scope=self.scope,
            tag=self.tag,
            search=self.search,
        )
        return sort_claims(chosen, self.sort)

    def notes(self, registry: Registry, chosen: Sequence[Claim] | None = None) -> list[str]:
        """A note for each filter value no claim has; and, when the filters chose no claim
        (``chosen`` empty) of a registry that has some, without a value no claim has to
        say why, that no claim matches them ("no claim matches search 'дезертир'"): an
        empty list is otherwise only a header."""
        notes = [note for note, _ in self._unmatched(registry)]
        nothing = chosen is not None and not chosen and registry.claims
        if nothing and not notes and not self.complete:
            notes.append(f"no claim matches {self.described()}")
        return notes

    def described(self) -> str:
        """The filters given, as words: "measure 'desertions' and search 'дезертир'"."""
        parts = [
            f"{name} {' or '.join(repr(v) for v in values)}"
            for name, values in (
                ("source", self.source),
                ("measure", self.measure),
                ("scope", self.scope),
                ("tag", self.tag),
            )
            if values
        ]
        if self.search:
            parts.append(f"search {self.search!r}")
        return " and ".join(parts)

    def typos(self, registry: Registry) -> list[str]:
        """The notes of filter values no claim has but one alike does: mistyped slugs,
        which a script would otherwise take for an empty selection."""
        return [note for note, near in self._unmatched(registry) if near]

    def _unmatched(self, registry: Registry) -> list[tuple[str, bool]]:
        return unmatched_filters(
            registry, source=self.source, measure=self.measure, scope=self.scope, tag=self.tag
        )


@dataclass(frozen=True, slots=True)
class ListResult:
    """``desertcheck list``: the chosen claims, the loader's findings, notes on filters."""

    registry: Registry
    claims: list[Claim]
    findings: tuple[Finding, ...]
    notes: list[str]

    def exit_code(self, *, strict: bool = False) -> int:
        return exit_code(self.findings, strict=strict)


def list_claims(loaded: LoadResult, filters: Filters) -> ListResult:
    """The chosen claims, with the problems of loading the registry and of its
    desertcheck.toml (an error of either makes the exit code 1, as in every command)."""
    from desertcheck.config import load_config

    registry = loaded.registry
    chosen = filters.apply(registry)
    _, config_findings = load_config(registry.root)
    findings = (*loaded.findings, *config_findings)
    return ListResult(registry, chosen, findings, filters.notes(registry, chosen))


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
    wanted = search_terms(search) if search else None
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
        if wanted and not wanted.found_in(c):
            continue
        out.append(c)
    return out


_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class SearchTerms:
    """``--search TEXT``: the text as written, or every word of it in some form."""

    text: str
    roots: tuple[str, ...]

    def found_in(self, claim: Claim) -> bool:
        """Whether ``claim``'s statement, quote, measure or id contains the text, or a
        word of each of its words' roots (``prosecuted`` finds "prosecutions")."""
        haystack = " ".join((claim.statement, claim.quote, claim.measure, claim.id)).casefold()
        if self.text in haystack:
            return True
        if not self.roots:
            return False
        have = {root(w) for w in _WORD.findall(haystack.replace("-", " "))}
        return all(any(_same_word(r, h) for h in have) for r in self.roots)


def _same_word(wanted: str, have: str) -> bool:
    """Two roots name one word: alike, or the wanted one begins the other (a search
    for ``desert`` finds ``deserters``); numbers only alike."""
    if wanted.isdigit() or have.isdigit():
        return wanted == have
    return have == wanted or (len(wanted) >= _MIN_PREFIX and have.startswith(wanted))


_MIN_PREFIX = 4


def search_terms(text: str) -> SearchTerms:
    needle = text.casefold()
    return SearchTerms(needle, tuple(root(w) for w in _WORD.findall(needle.replace("-", " "))))


#: the help of ``--sort`` (list, export)
SORT_HELP = (
    "Order of the claims: file (the registry's order), id, value (by unit, A to Z, then by "
    "value; a share sorts as the percentage it is shown as, among percent), measure, scope, "
    "period (by start, then end) or source."
)


def value_key(claim: Claim) -> tuple[str, float, float, str]:
    """Where ``claim`` goes with ``--sort value``: by unit, then by value as the figure
    shows it (a share of 0.667 is shown, and sorted, as 66.7 percent), then by id."""
    unit, low, high = claim.unit, claim.low, claim.high
    if unit == "share" and not isinstance(claim.value, tuple) and 0 <= claim.value <= 1:
        unit, low, high = "percent", low * 100, high * 100
    return unit, low, high, claim.id


def sort_claims(claims: list[Claim], key: SortKey) -> list[Claim]:
    if key is SortKey.file:
        return claims
    if key is SortKey.value:
        return sorted(claims, key=value_key)
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
    "start",  # the period's first and last day, ISO dates: one type in every row
    "end",
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
                c.period.start.isoformat(),
                c.period.end.isoformat(),
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
) -> list[tuple[str, bool]]:
    """A note for each filter value that no claim of the registry has — usually a typo —
    and whether a value alike is in use ("did you mean")."""
    from desertcheck.suggest import did_you_mean

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
            hint = did_you_mean(value, known[name])
            said = f"no claim has {name} {value!r}{'; ' + hint if hint else ''}"
            notes.append((said, bool(hint)))
    return notes
