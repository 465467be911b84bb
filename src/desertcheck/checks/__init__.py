"""The checks, one module each, with its code, default severity and documentation.

A ``claim`` check looks at one claim with its source (:class:`ClaimContext`); a
``registry`` check looks across claims (:class:`RegistryContext`). Each yields findings.
The documentation of each code in docs/checks.md is generated from these modules'
docstrings (``python -m desertcheck.checks`` prints it) and a test keeps it current.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from desertcheck.checks import (
    attribution_drift,
    contradiction,
    qualifier_mismatch,
    quote_not_found,
    relation_qualified,
    relation_violated,
    series_decrease,
    statement_mismatch,
    value_not_in_quote,
)
from desertcheck.findings import Finding, Severity


@dataclass(frozen=True, slots=True)
class Check:
    code: str
    severity: Severity
    kind: str  # "claim" or "registry"
    doc: str
    run: Callable[[Any], Iterator[Finding]]

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0]


def _check(module: ModuleType) -> Check:
    return Check(module.CODE, module.SEVERITY, module.KIND, module.__doc__ or "", module.check)


CHECKS: tuple[Check, ...] = tuple(
    _check(m)
    for m in (
        quote_not_found,
        value_not_in_quote,
        qualifier_mismatch,
        statement_mismatch,
        contradiction,
        attribution_drift,
        series_decrease,
        relation_violated,
        relation_qualified,
    )
)
BY_CODE: dict[str, Check] = {c.code: c for c in CHECKS}


def reference() -> str:
    """The per-code reference of docs/checks.md, generated from the check modules."""
    import textwrap

    parts = ["| code | severity | looks at |", "|---|---|---|"]
    parts += [
        f"| [`{c.code}`](#{c.code}) | {c.severity.value} | "
        f"{'one claim' if c.kind == 'claim' else 'claims across the registry'} |"
        for c in CHECKS
    ]
    for c in CHECKS:
        parts += ["", f"### {c.code}", "", f"Default severity: **{c.severity.value}**.", ""]
        parts.append(textwrap.dedent(c.doc).strip())
    return "\n".join(parts) + "\n"
