"""Two retellings of one figure that differ only in qualifier are no dispute of its value.

verify reports an ``attribution-drift`` (or a ``contradiction``) between two claims from
one origin told two ways: the UN's 2024 convictions are "13,500" in Novaya Gazeta Europe
and "over 13,500" in the EUAA's report. Where the two differ in what the figure measures
(16,000 "since 2022" against "in 2024"), a draft's figure that agrees with one is
``contested``: the registry does not know which period is right. Where they differ only in
qualifier (same value, unit, measure, scope and period), a draft that agrees with one
retelling in value, qualifier and period states what that source says; nothing disputes
its value. Such a figure stays ``supported`` by the claim it agrees with, and the item
names the other retelling.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desertcheck.model import Claim


def qualifier_retellings(
    claim: Claim, disputing: Mapping[str, str], claims: Mapping[str, Claim], stated: str | None
) -> list[str]:
    """The claims of ``disputing`` that retell ``claim``'s figure with another qualifier
    only, when the draft's qualifier ``stated`` is ``claim``'s own; none otherwise."""
    if stated is None or stated != claim.qualifier:
        return []
    return [
        cid
        for cid in disputing
        if (other := claims.get(cid)) is not None
        and other.qualifier != claim.qualifier
        and other.value == claim.value
        and other.unit == claim.unit
        and other.measure == claim.measure
        and other.scope == claim.scope
        and other.period == claim.period
    ]


def retold(cids: list[str], claims: Mapping[str, Claim]) -> str:
    """The item's note on the other retellings ``cids`` of the figure."""
    return "; ".join(
        f"{cid} retells it as {claims[cid].figure} ({claims[cid].source}): another "
        "qualifier, not another value or period"
        for cid in cids
    )
