"""The checks, one module each: its code (declared in :mod:`desertcheck.codes`), its kind and
its documentation (the module's docstring, which docs/checks.md is generated from).

A ``claim`` check looks at one claim with its source (:class:`ClaimContext`); a
``registry`` check looks across claims (:class:`RegistryContext`). Each yields findings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from desertcheck.checks import (
    attribution_drift,
    contradiction,
    duplicate_claim,
    language_unread,
    period_mismatch,
    placeholder,
    qualifier_mismatch,
    quote_not_found,
    relation_qualified,
    relation_violated,
    series_decrease,
    source_modified,
    source_unfingerprinted,
    statement_mismatch,
    unit_split,
    url_not_web,
    value_not_in_quote,
    vocabulary_near_duplicate,
    vocabulary_undeclared,
)
from desertcheck.codes import Code
from desertcheck.findings import Finding


@dataclass(frozen=True, slots=True)
class Check:
    code: Code  # its severity, summary and documentation are in the code catalogue
    kind: str  # "claim" or "registry"
    run: Callable[[Any], Iterator[Finding]]


CHECKS: tuple[Check, ...] = tuple(
    Check(m.CODE, m.KIND, m.check)
    for m in (
        quote_not_found,
        value_not_in_quote,
        qualifier_mismatch,
        period_mismatch,
        statement_mismatch,
        contradiction,
        duplicate_claim,
        unit_split,
        attribution_drift,
        series_decrease,
        relation_violated,
        relation_qualified,
        placeholder,
        vocabulary_near_duplicate,
        vocabulary_undeclared,
        source_modified,
        source_unfingerprinted,
        language_unread,
        url_not_web,
    )
)
BY_CODE: dict[Code, Check] = {c.code: c for c in CHECKS}
