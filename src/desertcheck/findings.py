"""One finding type for every problem desertcheck reports, and the exit code it implies.

A finding is what the loader, the checks, diff and audit return instead of raising:
a stable ``code``, a ``severity``, a human ``message``, the place it concerns
(``file`` relative to the registry root, 1-based ``line`` and ``column``; 0 when unknown)
and the ids of the claims involved.

Exit codes, decided here and nowhere else (docs/exit-codes.md):

* 0 — nothing fails: no error (warnings and infos allowed);
* 1 — at least one error, or any warning with ``--strict``; infos never fail, and neither
  does a finding a claim accepts (``accepted``: it is still reported, with its reason);
* 2 — a usage error or no registry (raised by the CLI, not computed here);
* 3 — an internal error (a bug).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desertcheck.codes import Code

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


class Severity(StrEnum):
    """How bad a finding is. Ordered: error > warning > info."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True, slots=True)
class Accepted:
    """Why a finding is accepted: the claim whose ``accept:`` names its code, and the reason."""

    claim: str
    reason: str


@dataclass(frozen=True, slots=True)
class Finding:
    code: Code  # declared in desertcheck.codes: a string literal does not type-check
    severity: Severity
    message: str
    file: str | None = None
    line: int = 0
    column: int = 0
    claims: tuple[str, ...] = field(default=())
    accepted: Accepted | None = None  # reported, counted apart, never failing

    @classmethod
    def of(
        cls,
        code: Code,
        message: str,
        file: str | None = None,
        line: int = 0,
        column: int = 0,
        claims: tuple[str, ...] = (),
    ) -> Finding:
        """A finding at its code's declared severity (the catalogue's, :mod:`desertcheck.codes`)."""
        return cls(code, code.severity, message, file, line, column, claims)

    @property
    def location(self) -> str:
        """``file:line:column`` with what is known, or ``-``."""
        if not self.file:
            return "-"
        parts = [self.file]
        if self.line:
            parts.append(str(self.line))
            if self.column:
                parts.append(str(self.column))
        return ":".join(parts)

    def sort_key(self) -> tuple[str, int, int, int, str, tuple[str, ...], str]:
        return (
            self.file or "",
            self.line,
            self.column,
            self.severity.rank,
            self.code,
            self.claims,
            self.message,
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "claims": list(self.claims),
            "status": "accepted" if self.accepted else "open",
            "accepted": (
                {"claim": self.accepted.claim, "reason": self.accepted.reason}
                if self.accepted
                else None
            ),
        }


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=Finding.sort_key)


def count(findings: Iterable[Finding]) -> dict[Severity, int]:
    """Open findings by severity (accepted ones are counted apart: :func:`accepted`)."""
    counts = dict.fromkeys(Severity, 0)
    for f in findings:
        if f.accepted is None:
            counts[f.severity] += 1
    return counts


def accepted(findings: Iterable[Finding]) -> int:
    """How many findings are accepted."""
    return sum(f.accepted is not None for f in findings)


def fails(severities: Iterable[Severity], *, strict: bool = False) -> int:
    """The one exit rule: 1 on any error, or on any warning with ``strict``; infos never fail."""
    failing = (Severity.ERROR, Severity.WARNING) if strict else (Severity.ERROR,)
    return EXIT_FINDINGS if any(s in failing for s in severities) else EXIT_OK


def exit_code(findings: Iterable[Finding], *, strict: bool = False) -> int:
    """:func:`fails` over the severities of the findings that are not accepted."""
    return fails((f.severity for f in findings if f.accepted is None), strict=strict)
