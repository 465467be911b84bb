"""A measure's claims by source, and its scopes' words, read once a run.

Rules that compare a figure's claim with the other claims of a measure in the same source
(:mod:`.scope_named`: another scope; :mod:`.neighbours`: another measure of its series)
would otherwise go through every claim of the measure for each figure: thousands in a
large registry, where a source holds a few.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import TYPE_CHECKING, Final, NamedTuple
from weakref import WeakKeyDictionary

from desertcheck.audit.terms import slug_terms

if TYPE_CHECKING:
    from desertcheck.audit.index import ClaimIndex


class MeasureSources(NamedTuple):
    """A measure's claims as these rules read them."""

    #: its claims (entries of the index) by source, each in the index's order by value
    of_source: dict[str, list[int]]
    #: how many of the measure's scopes have each word (a scope's stems, each once)
    held: dict[str, int]


#: Each index's measures, read when a figure first asks.
_KEPT: Final[WeakKeyDictionary[ClaimIndex, dict[str, MeasureSources]]] = WeakKeyDictionary()


def measure_sources(index: ClaimIndex, measure: str) -> MeasureSources:
    """``measure``'s claims in ``index`` by source, and its scopes' words."""
    kept = _KEPT.setdefault(index, {})
    found = kept.get(measure)
    if found is None:
        of_measure = index.by_measure_value(measure, -math.inf, math.inf)
        of_source: dict[str, list[int]] = defaultdict(list)
        for i in of_measure:
            of_source[index.entries[i].claim.source].append(i)
        held: dict[str, int] = {}
        for scope in {index.entries[i].claim.scope for i in of_measure}:
            for word in set(slug_terms(scope)):
                held[word] = held.get(word, 0) + 1
        found = kept[measure] = MeasureSources(dict(of_source), held)
    return found
