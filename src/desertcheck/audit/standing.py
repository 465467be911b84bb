"""What verify says of the claims: audit does not take a rejected claim as evidence, and it
tells the editor when a claim that supports a figure is disputed by another.

* A claim with an error finding of verify (its value not in its quote, its quote not in its
  source...) is no evidence: a figure it would support becomes ``claim-fails-verify``, and
  the item says which error and what the verdict would have been. A figure that disagrees
  with it (a drift, a mismatch) keeps its failing verdict, and the item says the claim
  fails verify too: one of the two is wrong, and a run must not pass on the draft's word
  because the registry is broken. Among claims that fit a figure equally, one that passes
  verify is chosen first.
* A figure ``supported`` by a claim that another contradicts (verify's ``contradiction``,
  or ``attribution-drift``: the same figure from one origin given two meanings, another
  period, scope or measure) is ``contested``; the item names the other claim and its
  source. A retelling that differs from the claim in its qualifier alone (the same value,
  unit, measure, scope and period: the UN's 13,500 as "over 13,500") disputes nothing:
  the figure stays ``supported``, the item naming the retelling. A claim that fails
  verify disputes nothing either: the figure stays ``supported``, and the item says that
  the claim disputing it fails verify, and why.

Findings accepted in the registry (``accept:``) count for neither.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from desertcheck.codes import Code
from desertcheck.findings import Finding, Severity

if TYPE_CHECKING:
    from desertcheck.audit.verdicts import Verdict
    from desertcheck.model import Claim

CONTESTED: Final = Code.CONTESTED
CLAIM_FAILS_VERIFY: Final = Code.CLAIM_FAILS_VERIFY
#: Verdicts that say the figure disagrees with its claim: they stand when the claim fails.
DISAGREEING: Final = frozenset({Code.QUALIFIER_DRIFT, Code.PERIOD_DRIFT, Code.MISMATCH})
#: verify's codes by which one claim disputes another.
DISPUTES: Final = frozenset({Code.CONTRADICTION, Code.ATTRIBUTION_DRIFT})


@dataclass
class Standing:
    """verify's word on one claim: its errors, and the claims that dispute it."""

    errors: list[str] = field(default_factory=list)  # "code: message"
    disputed_by: dict[str, str] = field(default_factory=dict)  # claim id -> verify's code


def standings(findings: Iterable[Finding]) -> dict[str, Standing]:
    """Each claim's standing from verify's findings (claims with none are left out)."""
    out: dict[str, Standing] = {}
    for f in findings:
        if f.accepted is not None:
            continue
        if f.severity is Severity.ERROR and (len(f.claims) == 1 or f.code.fatal):
            # a loader error names several claims when it is their source's that did not load
            for cid in f.claims:
                out.setdefault(cid, Standing()).errors.append(f"{f.code}: {f.message}")
        elif len(f.claims) > 1 and f.code in DISPUTES:
            for cid in f.claims:
                others = out.setdefault(cid, Standing()).disputed_by
                for other in f.claims:
                    if other != cid:
                        others.setdefault(other, str(f.code))
    return out


def apply(
    verdict: Verdict, standing: Mapping[str, Standing], claims: Mapping[str, Claim]
) -> Verdict:
    """The verdict with verify's word on its claim: ``claim-fails-verify`` when the claim
    fails verify (a drift or mismatch stands, saying so), ``contested`` when a supported
    figure's claim is disputed by a claim that passes verify."""
    status, listed, message = verdict
    if not listed or status == Code.UNSOURCED:
        return verdict
    claim = listed[0].claim
    mine = standing.get(claim.id)
    if mine is None:
        return verdict
    if mine.errors and status in DISAGREEING:
        return (
            status,
            listed,
            f"{message}; the matching claim also fails verify: {claim.id}: {mine.errors[0]} "
            "(the draft or the claim is wrong: fix the claim, then audit again)",
        )
    if mine.errors:
        return (
            CLAIM_FAILS_VERIFY,
            listed,
            f"the matching claim fails verify: {claim.id}: {mine.errors[0]} (the draft's "
            f"figure agrees with the claim's value, {claim.figure}, but verify finds the claim "
            "itself wrong, its quote or source not bearing that value out: the draft or the "
            f"claim is wrong: fix the claim, then audit again; else the verdict is {status})",
        )
    if status != Code.SUPPORTED or not mine.disputed_by:
        return verdict
    for cid in mine.disputed_by:  # said once, as the claim that disputes it
        if cid in claims:
            message = message.replace(f"; the registry also has {cid} for {claims[cid].period}", "")
    # a claim that fails verify is no evidence, against a figure as for it
    broken = {
        c: standing[c].errors[0] for c in mine.disputed_by if c in standing and standing[c].errors
    }
    if broken:
        message += "; " + "; ".join(
            f"{cid} disputes it ({mine.disputed_by[cid]}) but fails verify itself, so it is no "
            f"evidence against it: {error}"
            for cid, error in broken.items()
        )
    retold = {
        c
        for c, code in mine.disputed_by.items()
        if code == str(Code.ATTRIBUTION_DRIFT) and c in claims and _retold(claim, claims[c])
    }
    if retold:
        message += "; " + "; ".join(
            f"{cid} retells it as {claims[cid].figure} ({claims[cid].source}): another "
            "qualifier, the same figure, so it is no dispute of it"
            for cid in sorted(retold)
        )
    disputing = {
        c: code for c, code in mine.disputed_by.items() if c not in broken and c not in retold
    }
    if disputing:
        others = "; ".join(
            f"{cid} ({claims[cid].figure}, {claims[cid].period}, {claims[cid].source}; {code})"
            if cid in claims
            else f"{cid} ({code})"
            for cid, code in disputing.items()
        )
        return CONTESTED, listed, f"{message}; disputed by {others}"
    return status, listed, message


def _retold(claim: Claim, other: Claim) -> bool:
    """Whether ``other`` is ``claim``'s figure retold with another qualifier only (the UN's
    13,500 convictions of 2024 as the EUAA's "over 13,500"): the same value, unit, measure,
    scope and period. verify's ``attribution-drift`` says so of the registry; it is no
    dispute of a draft's figure, as a retelling with another period or measure is."""
    return (
        claim.value == other.value
        and claim.unit == other.unit
        and claim.measure == other.measure
        and claim.scope == other.scope
        and str(claim.period) == str(other.period)
    )
