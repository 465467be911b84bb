"""One figure of one passage is recorded once.

Claims with the same source, the same quote (whitespace and case aside) and the same value
record one figure twice: ``add claim`` refuses a second one unless given ``--again``, but a
hand edit or a copied block adds it silently, and the two may then tell the figure's
period, scope or measure differently with nothing to compare them (they agree in value). So
do claims of one source and value whose quotes overlap on the figure: one quote inside the
other ("More than 2,400 households" and "More than 2,400 households were on the waiting
list"), when the longer states that value once (two figures of one value in it, "2,400 in
2024 and 2,400 in 2025", may be two claims). The finding stands at the later claim and
names the others, with what differs between them. Keep one claim; when the figure really is
counted twice on purpose (one passage stating a total that two measures share), accept the
finding on one of the claims with the reason.

A figure a source states twice, in two passages (a headline restating its lead), is one
figure too: claims of one source that agree in value, measure, scope, period, unit,
qualifier and origin, with different quotes, are reported the same way — a fact sheet and
ClaimReview would list it twice, as two confirmations of one number. Remove one claim, or
accept the finding with the reason both are kept. Two claims of different origins (a
source reporting that two counters arrived at one number) are two counts, not one figure
stated again.
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
_SHOWN = (*_FIELDS, "cumulative")  # what a finding says differs


def _words(quote: str) -> str:
    return " ".join(quote.split()).casefold()


def check(ctx: RegistryContext) -> Iterator[Finding]:
    groups: dict[tuple[str, str, object], list[Claim]] = {}
    for c in ctx.registry.claims:
        key = (c.source, _words(c.quote), c.value)
        groups.setdefault(key, []).append(c)
    told: set[frozenset[str]] = set()
    for claims in groups.values():
        if len(claims) >= 2:
            told.add(frozenset(c.id for c in claims))
            yield _finding(claims, "from the same words of {source}")
    for found in _overlapping(ctx, [g[0] for g in groups.values()]):
        told.add(frozenset(found.claims))
        yield found
    yield from _repeated(groups, told)


def _repeated(
    groups: dict[tuple[str, str, object], list[Claim]], told: set[frozenset[str]]
) -> Iterator[Finding]:
    """Claims of one source that agree on every field but the quote: the figure repeated in
    another passage (a headline restating the lead) recorded twice, which a fact sheet and
    ClaimReview would then list twice. Claims of different origins are two counts that
    agree, not one figure repeated. A pair already found above is not told again."""
    alike: dict[tuple[object, ...], list[Claim]] = {}
    for group in groups.values():
        c = group[0]
        key = (
            c.source,
            repr(c.value),
            c.origin,
            *(str(getattr(c, name)) for name in _FIELDS),
        )
        alike.setdefault(key, []).append(c)
    for claims in alike.values():
        if len(claims) >= 2 and frozenset(c.id for c in claims) not in told:
            claims.sort(key=lambda c: (c.file, c.line))
            yield _finding(claims, "stated again in another passage of {source}", again=True)


def _overlapping(ctx: RegistryContext, claims: list[Claim]) -> Iterator[Finding]:
    """Claims of one source and value, one's quote inside another's that states the value
    once (each claim of a group of the same words stands for its group)."""
    by_value: dict[tuple[str, str], list[Claim]] = {}
    for c in claims:
        by_value.setdefault((c.source, repr(c.value)), []).append(c)
    for group in by_value.values():
        if len(group) < 2:
            continue
        for inner in group:
            words = _words(inner.quote)
            outer = [c for c in group if c is not inner and words in _words(c.quote)]
            if outer and _states_once(ctx, outer[0]):
                pair = sorted([inner, outer[0]], key=lambda c: (c.file, c.line))
                yield _finding(pair, "from quotes of {source} one inside the other")


def _states_once(ctx: RegistryContext, claim: Claim) -> bool:
    from desertcheck.figures import quantities_in, stating

    source = ctx.registry.sources.get(claim.source)
    language = source.meta.language if source is not None else "en"
    return len(stating(claim, quantities_in(claim.quote, language))) == 1


def _finding(claims: list[Claim], how: str, again: bool = False) -> Finding:
    """The finding at the later of ``claims``, naming the others and what differs; ``how``
    says how they share the figure, with ``{source}`` to fill; ``again``: the same figure in
    two passages, which may be recorded twice on purpose."""
    later, first = claims[-1], claims[0]

    def shown(c: Claim, name: str) -> str:
        value = getattr(c, name)
        return str(value).lower() if isinstance(value, bool) else str(value)  # as YAML has it

    differ = [
        f"{name} {' / '.join(dict.fromkeys(shown(c, name) for c in claims))}"
        for name in _SHOWN
        if len({shown(c, name) for c in claims}) > 1
    ]
    what = f"; they differ in {', '.join(differ)}" if differ else ""
    others = ", ".join(f"{c.id} ({c.file}:{c.line})" for c in claims[:-1])
    return Finding.of(
        CODE,
        f"claim {later.id} records the same figure ({later.figure}) as {others}, "
        f"{how.format(source=first.source)}{what}: keep one claim, or accept this finding "
        + (
            "with the reason both are kept (a fact sheet and ClaimReview list each)"
            if again
            else "with the reason"
        ),
        later.file,
        later.line,
        later.where.column,
        (later.id, *(c.id for c in claims[:-1])),
    )
