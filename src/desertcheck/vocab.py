"""``desertcheck vocab``: the registry's vocabulary — every measure, scope, unit, tag and
origin in use, how many claims use it and which — with what keeps it one vocabulary.

Each term carries its description where one is declared (``[vocabulary]`` in
desertcheck.toml for measures and scopes; an origin's title), and whether it is declared.
The findings are those of the vocabulary checks (``vocabulary-near-duplicate``,
``vocabulary-undeclared``), accepted ones marked as in verify.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desertcheck.findings import Finding, exit_code

if TYPE_CHECKING:
    from desertcheck.config import Config
    from desertcheck.model import Claim
    from desertcheck.registry import LoadResult

#: The fields listed, by the name a report gives them.
FIELDS = ("measures", "scopes", "units", "tags", "origins")


@dataclass(frozen=True, slots=True)
class Term:
    """One slug of one field: the claims that use it, its description, whether declared
    (None: the field has no declared vocabulary)."""

    slug: str
    claims: tuple[str, ...]
    description: str | None = None
    declared: bool | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "slug": self.slug,
            "count": len(self.claims),
            "claims": list(self.claims),
            "description": self.description,
            "declared": self.declared,
        }


@dataclass(frozen=True, slots=True)
class VocabResult:
    terms: dict[str, tuple[Term, ...]]  # by field, as in FIELDS
    findings: tuple[Finding, ...]
    #: the loader's and the configuration's (printed on stderr): the vocabulary of a
    #: registry with a file that did not load is missing that file's claims
    loading: tuple[Finding, ...] = ()

    def exit_code(self, *, strict: bool = False) -> int:
        """The vocabulary checks' verdict: 1 on an undeclared slug (or, with ``strict``, a
        near duplicate) that no claim accepts, or on a loading or configuration error."""
        return exit_code((*self.findings, *self.loading), strict=strict)

    def to_dict(self) -> dict[str, object]:
        return {
            **{name: [t.to_dict() for t in terms] for name, terms in self.terms.items()},
            "findings": [f.to_dict() for f in self.findings],
        }


def _uses(claims: tuple[Claim, ...], field: str) -> dict[str, list[str]]:
    """slug -> ids of the claims using it, most used first (then by slug)."""
    uses: dict[str, list[str]] = {}
    for c in claims:
        value = getattr(c, field)
        for slug in value if isinstance(value, tuple) else (value,) if value else ():
            uses.setdefault(slug, []).append(c.id)
    return dict(sorted(uses.items(), key=lambda kv: (-len(kv[1]), kv[0])))


def vocabulary(loaded: LoadResult, config: Config) -> VocabResult:
    from desertcheck.codes import Code
    from desertcheck.verify import verify

    registry = loaded.registry
    declared = config.vocabulary
    terms: dict[str, tuple[Term, ...]] = {}
    for name, field in zip(FIELDS, ("measure", "scope", "unit", "tags", "origin"), strict=True):
        uses = _uses(registry.claims, field)
        table = {"measure": declared.measures, "scope": declared.scopes}.get(field)
        if field == "origin":  # every origin of origins.yaml, used or not
            table = {oid: o.title for oid, o in registry.origins.items()}
        found = [
            Term(
                slug, tuple(ids), (table or {}).get(slug), None if table is None else slug in table
            )
            for slug, ids in uses.items()
        ]
        found += [
            Term(slug, (), text, True) for slug, text in (table or {}).items() if slug not in uses
        ]
        terms[name] = tuple(found)
    checked = verify(
        loaded,
        config,
        select=[Code.VOCABULARY_NEAR_DUPLICATE, Code.VOCABULARY_UNDECLARED],
    )
    findings = tuple(f for f in checked.findings if not f.code.fatal)
    return VocabResult(terms, findings)
