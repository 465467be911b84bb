"""One figure of one passage is recorded once.

Claims with the same source, the same quote (whitespace and case aside) and the same value
record one figure twice: ``add claim`` refuses a second one unless given ``--again``, but
a hand edit or a copied block adds it silently, and the two may then tell the figure's
period, scope or measure differently with nothing to compare them (they agree in value).
The finding stands at the later claim and names the others, with what differs between
them. Keep one claim; when the figure really is counted twice on purpose (one passage
stating a total that two measures share), accept the finding on one of the claims with the
reason.
"""

from __future__ import annotations

from collections.abc import Iterator

from desertcheck.checks.base import RegistryContext
from desertcheck.codes import Code
from desertcheck.findings import Finding
from desertcheck.model import Claim

CODE = Code.DUPLICATE_CLAIM
KIND = "registry"

_FIELDS = ("measure", "scope", "period", "unit", "qualifier")


def check(ctx: RegistryContext) -> Iterator[Finding]:
    groups: dict[tuple[str, str, object], list[Claim]] = {}
    for c in ctx.registry.claims:
        key = (c.source, " ".join(c.quote.split()).casefold(), c.value)
        groups.setdefault(key, []).append(c)
    for claims in groups.values():
        if len(claims) < 2:
            continue
        later, first = claims[-1], claims[0]
        differ = [
            f"{name} {' / '.join(dict.fromkeys(str(getattr(c, name)) for c in claims))}"
            for name in _FIELDS
            if len({str(getattr(c, name)) for c in claims}) > 1
        ]
        what = f"; they differ in {', '.join(differ)}" if differ else ""
        others = ", ".join(f"{c.id} ({c.file}:{c.line})" for c in claims[:-1])
        yield Finding.of(
            CODE,
            f"claim {later.id} records the figure {later.figure} of the same words of "
            f"{first.source} as {others}{what}: keep one claim, or accept this finding "
            "with the reason",
            later.file,
            later.line,
            later.where.column,
            (later.id, *(c.id for c in claims[:-1])),
        )
