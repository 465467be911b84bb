"""A source's figure given as its neighbour's: the claim of the measure the draft names.

A source that counts two things side by side ("5,260 cases opened for going absent without
leave and 501 for desertion") gives a draft two numbers to confuse. A figure that is one
claim's number but whose own clause names the neighbouring measure ("5,260 desertion cases
opened") states neither: it is the neighbour's claim misstated (:func:`neighbour_mismatch`).

The reading is of the measure's words, both ways, in the figure's own clause:

* the clause names the other measure (:meth:`~desertcheck.audit.index.ClaimIndex.
  measures_named`), and the words said of the figure (from it to the end of its phrase:
  a comma, a colon, a dash, a bracket, the next figure) say every word of it that the
  chosen claim's measure lacks
  (:meth:`~desertcheck.audit.index.ClaimIndex.says_all_apart`: "desertion" against the
  AWOL cases opened; "the armed forces" does not say all of "military personnel" against
  the forces' size, its words being the forces' too; "4,500 convicted of desertion and
  related offences, almost all for going AWOL" does not say the AWOL count's word of
  its figure, but of a part of it);
* the clause holds no word of the chosen claim's measure that the other lacks
  (:meth:`~desertcheck.audit.index.ClaimIndex.tells_apart`): "cases opened for going AWOL,
  not for desertion" keeps the AWOL count, its words said;
* the other claim is a neighbour on the page: of the same source, period and kind, and of
  the same scope (:func:`~desertcheck.audit.verdicts.in_series`), not any claim of the
  measure in the registry (a total of desertions is not a neighbour of the year's
  desertion prosecutions another report counts).

A figure whose clause names no other measure, or one no neighbour of its claim counts,
keeps its verdict.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from desertcheck.audit.measure_sources import measure_sources
from desertcheck.audit.scoring import context_score
from desertcheck.audit.verdicts import SUPPORTED, Candidate, Verdict, in_series, mismatch_of

if TYPE_CHECKING:
    from desertcheck.audit.index import ClaimIndex
    from desertcheck.audit.matcher import Figure
    from desertcheck.model import Claim


def neighbour_mismatch(
    index: ClaimIndex,
    figure: Figure,
    verdict: Verdict,
    clause: list[str],
    said: list[str],
    beside: Callable[[Claim], Collection[str]] | None = None,
) -> Verdict:
    """``verdict`` (``supported``) made a ``mismatch`` of the claim of the measure the
    figure's own ``clause`` (its words' stems) names and the words ``said`` of the figure
    (from it to the end of its phrase) tell apart, a neighbour of the chosen claim in its
    source; ``verdict`` itself when there is none (see the module's docstring).
    ``beside``: the measures of a claim's neighbours, each named for this when the words
    said of the figure say every word that tells it from the chosen claim's, though the
    clause says too few of its words to name it ("17,721 defendants", where the source's
    17,721 are convictions of refusal to serve and its 20,662 defendants)."""
    status, listed, _ = verdict
    if status != SUPPORTED or not listed:
        return verdict
    chosen = listed[0].claim
    named = index.measures_named(clause)
    if beside is not None:
        named |= {m for m in beside(chosen) if index.says_all_apart(said, m, chosen.measure)}
    if not named:
        return verdict
    found: list[Candidate] = []
    for measure in sorted(named):
        if not index.says_all_apart(said, measure, chosen.measure):
            continue
        if index.tells_apart(clause, chosen.measure, measure):
            continue  # the chosen claim's own words are said too
        # a series is of one source: the measure's claims of the chosen claim's
        for i in measure_sources(index, measure).of_source.get(chosen.source, ()):
            e = index.entries[i]
            if e.kind != figure.kind or not in_series(e.claim, chosen):
                continue
            p_ok = figure.period_agrees(e.claim)
            score = context_score(index, i, figure.ctx)
            found.append(Candidate(e.claim, score, False, False, p_ok))
    if not found:
        return verdict
    other = max(found, key=lambda c: (c.score, c.claim.id))
    status, rest, message = mismatch_of(figure.quantity, other, [*listed, *found])
    theirs = f"{chosen.id}'s ({chosen.measure})"
    return status, rest, f"{message}; “{figure.quantity.text}” is {theirs}"
