"""A figure whose sentence names another scope than its claim's: a ``mismatch``.

"Ukrainian courts received 4,350 such cases between January and May 2025", where 4,350 is
the Russian courts' count and the same source gives Ukraine's courts 2,355: the number is
a claim's to the digit, so it was ``supported``, though the draft gives it to the courts
of another country. The district counts of one report ("the Central district accounted
for nearly 7,780", Moscow's number) are told apart by their quotes' words already; two
scopes whose quotes share most of their words ("Russian courts received …", "in Ukraine,
courts received …") are not.

A ``supported`` figure, the only figure of its sentence, becomes the ``mismatch`` of a
claim of the same measure and source, of another scope and value, whose period does not
disagree with the draft's, when its clause says a word that only that claim's scope has
among the measure's scopes ("Ukrainian"; not "district", which every district's scope
has) and its sentence says none of the words that only the chosen claim's scope has
("Russian", "military"). A sentence of several figures names the scope of one of them:
"nearly 22,580 in the Southern district out of a total of 50,500" gives the total no
district.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck.audit.measure_sources import measure_sources
from desertcheck.audit.scoring import context_score
from desertcheck.audit.terms import slug_terms
from desertcheck.audit.verdicts import SUPPORTED, Candidate, mismatch_of

if TYPE_CHECKING:
    from collections.abc import Collection

    from desertcheck.audit.index import ClaimIndex
    from desertcheck.audit.matcher import Figure
    from desertcheck.audit.verdicts import Verdict


def scope_named(
    index: ClaimIndex,
    figure: Figure,
    verdict: Verdict,
    clause: Collection[str],
    sentence: Collection[str],
) -> Verdict:
    """``verdict``, or for a ``supported`` figure whose ``clause`` (its words' stems) names
    another scope of its claim's measure and ``sentence`` none of its claim's own, the
    ``mismatch`` of that scope's claim (see the module's docstring)."""
    status, listed, _ = verdict
    if status != SUPPORTED or not listed:
        return verdict
    chosen = listed[0].claim
    mine = set(slug_terms(chosen.scope))
    said, whole = set(clause), set(sentence)
    of_source, held = measure_sources(index, chosen.measure)
    found: list[Candidate] = []
    for i in of_source.get(chosen.source, ()):  # (the measure's claims of its source)
        e = index.entries[i]
        other = e.claim
        if other.scope == chosen.scope or e.kind != figure.kind:
            continue
        if other.value == chosen.value:
            continue
        theirs = set(slug_terms(other.scope))
        own = {w for w in theirs - mine if held.get(w) == 1}
        if not own & said or (mine - theirs) & whole:
            continue
        agrees = figure.period_agrees(other)
        if agrees is False:
            continue
        found.append(Candidate(other, context_score(index, i, figure.ctx), False, False, agrees))
    if not found:
        return verdict
    best = max(found, key=lambda c: (c.score, c.claim.id))
    status, listed, message = mismatch_of(figure.quantity, best, [best, *listed])
    q = figure.quantity
    return status, listed, f"{message}; “{q.text}” is {chosen.id}'s ({chosen.scope})"
