"""Accepted findings: a claim's ``accept: [{code, reason}]``, applied to verify's findings.

A finding is accepted when one of the claims it names accepts its code: it is still
computed and reported, with the claim and the reason, but it never fails a run and is
counted apart. An acceptance that matches no finding is itself reported
(``accept-unused``), as a stale ``noqa`` comment is — but only when its code was part of
the run, so ``--select`` does not make every other acceptance look stale.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from desertcheck.codes import Code, Origin, lookup
from desertcheck.findings import Accepted, Finding

if TYPE_CHECKING:
    from desertcheck.model import Claim


def apply(
    findings: Iterable[Finding],
    claims: Iterable[Claim],
    active: Collection[Code],
    wanted: Collection[str] | None = None,
) -> list[Finding]:
    """``findings`` with those a claim accepts marked, then an ``accept-unused`` finding
    for each acceptance (of a claim in ``wanted``, default all) that matched none and
    whose code is in ``active``."""
    accepting = {c.id: c for c in claims if c.accept}
    used: set[tuple[str, str]] = set()
    out: list[Finding] = []
    for f in findings:
        by = next(
            (cid for cid in f.claims if cid in accepting and _accepts(accepting[cid], f.code)),
            None,
        )
        if by is None:
            out.append(f)
            continue
        used.add((by, f.code))
        reason = next(a.reason for a in accepting[by].accept if a.code == f.code)
        out.append(replace(f, accepted=Accepted(by, reason)))
    if Code.ACCEPT_UNUSED not in active:
        return out
    for claim in accepting.values():
        if wanted is not None and claim.id not in wanted:
            continue
        for i, a in enumerate(claim.accept):
            code = lookup(a.code)
            if (claim.id, a.code) in used or code is None or code not in active:
                continue
            line, column = claim.where.of(f"accept.{i}")
            out.append(
                Finding.of(
                    Code.ACCEPT_UNUSED,
                    f"claim {claim.id!r} accepts {a.code}, but verify no longer reports it "
                    f"of this claim: remove accept #{i + 1} if the problem is fixed",
                    claim.file,
                    line,
                    column,
                    (claim.id,),
                )
            )
    return out


def _accepts(claim: Claim, code: str) -> bool:
    return any(a.code == code for a in claim.accept)


#: Check codes that a claim may not accept, and what to do instead.
_NOT_ACCEPTABLE = {
    Code.SOURCE_MODIFIED: "restore the source as published, or run `desertcheck fingerprint` "
    "to record a deliberate change",
    Code.SOURCE_UNFINGERPRINTED: "run `desertcheck fingerprint` to fingerprint the source",
    Code.VOCABULARY_UNDECLARED: "declare the slug in [vocabulary] of desertcheck.toml",
    Code.URL_NOT_WEB: "write the url as an https:// address, or remove it",
}


def acceptance_problem(name: str) -> str | None:
    """Why a claim may not accept code ``name`` (``accept: [{code: ...}]``), or None.

    Only a check's finding may be accepted; not one about a source's text or the declared
    vocabulary, which have a fix of their own."""
    code = lookup(name)
    if code is None:
        from desertcheck.suggest import did_you_mean

        checks = [c for c in Code if c.origin is Origin.CHECK and c not in _NOT_ACCEPTABLE]
        hint = did_you_mean(name, checks, n=2)
        return f"{name!r} is not a check's code{'; ' + hint if hint else ''} (docs/checks.md)"
    if code.origin is not Origin.CHECK:
        return f"{code} cannot be accepted: only a check's finding can (docs/checks.md)"
    if code in _NOT_ACCEPTABLE:
        return f"{code} cannot be accepted: {_NOT_ACCEPTABLE[code]}"
    return None
