"""What loading a registry gives: the :class:`Registry`, its findings, and how one is made."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from desertcheck.codes import Code
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
    #: ids of the source files in sources/ that did not load (a finding of the loader's
    #: says why): they exist, so nothing names them as missing
    unread_sources: frozenset[str] = frozenset()
    #: ids of the claim entries that did not load (an invalid field: the loader's finding
    #: says which): they exist, so nothing that names them says they are not registered
    unread_claims: frozenset[str] = frozenset()

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


#: Loader errors after which no entry of the file is read: the file does not parse, or
#: cannot be read at all.
_WHOLE_FILE = frozenset(
    {
        Code.YAML_SYNTAX,
        Code.YAML_DUPLICATE_KEY,
        Code.YAML_ALIAS,
        Code.YAML_TAG,
        Code.NOT_UTF8,
        Code.FILE_TOO_LARGE,
        Code.UNSAFE_PATH,
    }
)


def files_not_loaded(registry: Registry, findings: Iterable[Finding]) -> tuple[str, ...]:
    """The claims files of which nothing was read: a file that does not parse, or whose
    shape is wrong (no 'claims:' list) with none of its entries loaded. Their claims are
    in no count of entries, so a summary names the files."""
    files = set(registry.claim_files)
    loaded = {c.file for c in registry.claims} | {r.file for r in registry.relations}
    return tuple(
        sorted(
            {
                f.file
                for f in findings
                if f.file in files
                and (
                    f.code in _WHOLE_FILE
                    or (f.code is Code.YAML_STRUCTURE and f.file not in loaded)
                )
            }
        )
    )
