"""What loading a registry gives: the :class:`Registry`, its findings, and how one is made."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from desertcheck.findings import Finding, Severity
from desertcheck.model import Claim, Origin, Relation, Source


@dataclass(frozen=True, slots=True)
class Registry:
    root: Path
    sources: Mapping[str, Source]
    origins: Mapping[str, Origin]
    claims: tuple[Claim, ...]
    relations: tuple[Relation, ...]
    claim_files: tuple[str, ...]
    _by_id: Mapping[str, Claim] = field(repr=False, compare=False)
    #: claim entries read that are not loaded: invalid, or an id already taken
    unloaded: int = 0

    def claim(self, claim_id: str) -> Claim | None:
        return self._by_id.get(claim_id)

    @property
    def claim_ids(self) -> tuple[str, ...]:
        return tuple(self._by_id)


@dataclass(frozen=True, slots=True)
class LoadResult:
    registry: Registry
    findings: tuple[Finding, ...]

    @property
    def has_errors(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.findings)
