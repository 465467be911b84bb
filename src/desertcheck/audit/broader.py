"""A narrower measure's number said of the broader one: "the armed forces, 1.5 million".

A source may count a whole and a narrower part of it side by side, the part's measure
named by the whole's words and one more: a decree sets "the size of the armed forces at
about 2.4 million, including 1.5 million military personnel"; a report counts some 50,000
desertions and some 16,000 desertion prosecutions. A draft that gives the part's number
with none of the words that make it the part ("Russia's army is 1.5 million strong",
"16,000 soldiers have deserted since 2022") says it of the whole: the whole's claim
misstated, a `mismatch` (:func:`broader_mismatch`), not the part's supported.

The measures are read from their words, not from the registry's relations:

* the two claims are a series (:func:`~desertcheck.audit.verdicts.in_series`: the same
  source, period, scope and kind), and every word of the broader claim's measure is one
  of the narrower claim's (its measure's or its scope's) (:class:`Broader`);
* the narrower measure's own words are those neither the broader measure nor its scope
  has ("personnel", with "soldiers", against "authorised size" of "the armed forces");
* the words said of the figure (its own segment of its sentence, between the figures
  either side, and what it inherits at full weight) hold none of them, and at least one
  word of the broader measure ("strong" is the size of a force, "deserters" the
  desertions): a figure that names no measure ("some 16,000 since 2022", the sentence
  before naming the prosecutions) is left as it was.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from desertcheck.audit.kinds import claim_kind
from desertcheck.audit.scoring import context_score
from desertcheck.audit.terms import terms, words
from desertcheck.audit.verdicts import SUPPORTED, Candidate, Verdict, mismatch_of

if TYPE_CHECKING:
    from desertcheck.audit.index import ClaimIndex
    from desertcheck.audit.matcher import Figure
    from desertcheck.model import Claim

#: A narrower claim's broader series-mates: (the broader claim's index, the narrower
#: measure's own word groups, the words of the broader measure).
Mates = list[tuple[int, tuple[frozenset[str], ...], frozenset[str]]]


def _groups(index: ClaimIndex, measure: str) -> list[tuple[str, ...]]:
    """The measure's words, each as its stems with their synonyms (as the index reads
    them to find the measures a sentence names)."""
    return [index.synonyms.expand(found) for _, _, found in words(measure.replace("-", " "))]


class Broader:
    """The claims of ``index`` by series (the same source, period, scope and kind), and
    each claim's broader series-mates (see the module's docstring), read the first time a
    figure of that claim asks (:meth:`of`): most claims never do."""

    def __init__(self, index: ClaimIndex) -> None:
        self.index = index
        self._series: dict[tuple[str, str, str, str], list[int]] | None = None
        self._mates: dict[str, Mates] = {}
        self._words: dict[str, tuple[list[tuple[str, ...]], frozenset[str]]] = {}

    def _measure(self, measure: str) -> tuple[list[tuple[str, ...]], frozenset[str]]:
        if measure not in self._words:
            groups = _groups(self.index, measure)
            self._words[measure] = (groups, frozenset(t for g in groups for t in g))
        return self._words[measure]

    def _by_series(self) -> dict[tuple[str, str, str, str], list[int]]:
        if self._series is None:
            self._series = defaultdict(list)
            for i, e in enumerate(self.index.entries):
                self._series[_series_key(e.claim)].append(i)
        return self._series

    def measure_words(self, measure: str) -> frozenset[str]:
        """The words of ``measure``, with their synonyms."""
        return self._measure(measure)[1]

    def measures_beside(self, claim: Claim) -> set[str]:
        """The measures of ``claim``'s series-mates (the same source, period, scope and
        kind) other than its own: the counts its source gives beside it."""
        entries = self.index.entries
        found = {entries[n].claim.measure for n in self._by_series().get(_series_key(claim), ())}
        return found - {claim.measure}

    def of(self, claim: Claim) -> Mates:
        """``claim``'s broader series-mates."""
        if claim.id in self._mates:
            return self._mates[claim.id]
        series = self._by_series()
        groups, mine = self._measure(claim.measure)
        scope = frozenset(terms(claim.scope.replace("-", " "))) if claim.scope else frozenset()
        wider = mine | scope
        mates: Mates = []
        for n in series.get(_series_key(claim), ()):
            broad = self.index.entries[n].claim
            theirs = self._measure(broad.measure)[1]
            if broad.measure == claim.measure or not theirs or not theirs <= wider:
                continue
            shared = theirs | scope
            own = tuple(frozenset(g) for g in groups if shared.isdisjoint(g))
            if own:
                mates.append((n, own, theirs))
        self._mates[claim.id] = mates
        return mates


def _series_key(claim: Claim) -> tuple[str, str, str, str]:
    return (claim.source, str(claim.period), claim.scope, claim_kind(claim))


def broader_mismatch(
    index: ClaimIndex, broader: Broader, figure: Figure, verdict: Verdict
) -> Verdict:
    """``verdict`` (``supported``) made a ``mismatch`` of the broader claim whose words
    alone the figure's are (see the module's docstring); ``verdict`` itself otherwise."""
    status, listed, _ = verdict
    if status != SUPPORTED or not listed:
        return verdict
    chosen = listed[0].claim
    said = {t for t, w in figure.ctx.weights.items() if w >= 1.0}  # of the figure itself
    found: list[Candidate] = []
    for n, own, theirs in broader.of(chosen):
        if theirs.isdisjoint(said) or any(not g.isdisjoint(said) for g in own):
            continue
        claim = index.entries[n].claim
        score = context_score(index, n, figure.ctx)
        found.append(Candidate(claim, score, False, False, figure.period_agrees(claim)))
    if not found:
        return verdict
    other = max(found, key=lambda c: (c.score, c.claim.id))
    status, rest, message = mismatch_of(figure.quantity, other, [*listed, *found])
    owner = f"{chosen.id}'s number ({chosen.measure}), which its words do not name"
    return status, rest, f"{message}; “{figure.quantity.text}” is {owner}"
