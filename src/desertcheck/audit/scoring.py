"""The context score (0-100): how well a figure's sentence describes a claim, lexically.

The sentence's words, within the figure's window (:mod:`.window`), are stemmed
(:mod:`.terms`); those between the figure and its neighbouring figures count fully, the
rest :data:`SENTENCE_WEIGHT`. With idf
weights over the registry, ``score = 100 * (0.6 * key + 0.4 * explained)``, where ``key``
is the weighted share of the claim's measure (counted twice), scope and unit words found
in the sentence, and ``explained`` the weighted share of the sentence's words that occur
in the claim's measure, scope, unit, statement or quote.

Measure, scope and unit are ids in Latin letters, which a sentence in another script
cannot name; for such a sentence, the share of the claim's statement and quote words in
that script found in it (idf-weighted) is the ``key`` when it is larger.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from math import fsum
from typing import TYPE_CHECKING, Final

from desertcheck.audit.terms import terms

if TYPE_CHECKING:
    from desertcheck.audit.index import ClaimIndex
    from desertcheck.audit.window import SentenceWords
    from desertcheck.quantity import Quantity

SENTENCE_WEIGHT: Final = 0.5  # words of the window outside a figure's own segment
#: The claim's own words (statement, note, measure description) as a key count this much of
#: the key of its ids: a sentence retelling the statement, not naming the measure.
OWN_WORDS_WEIGHT: Final = 0.9
MAXIMUM: Final = tuple(terms("maximum"))


@dataclass
class Context:
    """A figure's sentence as weighted stems: ``weights`` (1 or 0.5) and ``scored``
    (weight times idf), with ``total`` the sum of ``scored``."""

    weights: dict[str, float] = field(default_factory=dict)
    scored: list[tuple[str, float]] = field(default_factory=list)
    total: float = 0.0

    def __post_init__(self) -> None:
        self.scored_map = dict(self.scored)
        self.scored_set = frozenset(self.scored_map)


def figure_context(
    index: ClaimIndex,
    words: SentenceWords,
    span: tuple[int, int],
    own: tuple[int, int],
    q: Quantity,
    inherited: Mapping[str, float] | None = None,
) -> Context:
    """The words that may say what ``q`` counts: its ``own`` segment in full, the rest of
    its window (``span``, :func:`desertcheck.audit.window.window`) at a lower weight, and
    the words it ``inherited`` from around its sentence (:mod:`.context`) at theirs. Only
    the sentence's words are scored for the share a claim explains."""
    (w_start, w_end), (seg_start, seg_end) = span, own
    weights: dict[str, float] = {}
    for t in words.terms(w_start, seg_start) + words.terms(seg_end, w_end):
        weights[t] = max(weights.get(t, 0.0), SENTENCE_WEIGHT)
    for t in words.terms(seg_start, seg_end):
        weights[t] = 1.0
    if q.unit:
        for t in terms(q.unit):
            weights[t] = 1.0
    if q.qualifier == "up-to":  # "up to 15 years" is a maximum
        for t in MAXIMUM:
            weights[t] = 1.0
    scored = [(t, w * index.idf(t)) for t, w in weights.items()]
    for t, w in (inherited or {}).items():
        if weights.get(t, 0.0) < w:
            weights[t] = w
    return Context(weights, scored, sum(x for _, x in scored))


def context_score(index: ClaimIndex, i: int, ctx: Context) -> float:
    """The context score (0-100) of claim ``i`` of ``index`` for a figure's sentence."""
    return scorer(index, ctx)(i)


def scorer(index: ClaimIndex, ctx: Context) -> Callable[[int], float]:
    """:func:`context_score` of ``index``'s claims for one sentence, its lookups done
    once: a figure is scored against hundreds of claims."""
    w, keys, foreign_keys, own_keys, entries = (
        ctx.weights,
        index.keys,
        index.foreign_keys,
        index.own_keys,
        index.entries,
    )
    weight, scored, total = w.get, ctx.scored_map.__getitem__, ctx.total
    said_words = ctx.scored_set
    # a claim's words the sentence says (for the share it explains), and what they weigh:
    # claims of one measure meet a sentence in the same few words
    explains: dict[frozenset[str], float] = {}

    def score(i: int) -> float:
        key = 0.0
        for t, k in keys[i]:
            if t in w:
                key += w[t] * k
        if foreign_keys[i]:
            key = max(key, fsum(weight(t, 0.0) * k for t, k in foreign_keys[i]))
        # sums over sets: exact whatever order the set iterates in (a plain sum's last
        # bits follow the hash seed, and two claims' scores could tie in one run and not
        # in the next): fsum, or of two terms at most a plain sum, which rounds their exact
        # sum as fsum does; so only the words the sentence and the claim share are summed
        # (a word the sentence lacks adds a zero): its own words, looked up in the
        # sentence's, and its words the sentence says, found in C by intersecting the sets
        parts = []
        for t, k in own_keys[i].items():  # its own words in Latin letters
            if t in w:
                parts.append(w[t] * k)
        said = fsum(parts) if len(parts) > 2 else sum(parts)
        if said:
            key = max(key, OWN_WORDS_WEIGHT * said)
        if not total:
            return 60.0 * key
        common = said_words & entries[i].text
        explained = explains.get(common)
        if explained is None:
            explained = explains[common] = fsum(map(scored, common))
        return 100.0 * (0.6 * key + 0.4 * explained / total)

    return score


def value_evidence(q: Quantity, kind: str) -> float:
    """Score points for a figure that is the claim's own number: precise numbers and rarer
    kinds seldom coincide by chance (4 points a significant digit after the first, at most
    16; 10 for a rate or a share, 5 for a percentage)."""
    digits = f"{q.low:.6g}".replace(".", "").replace("-", "").lstrip("0").rstrip("0")
    if "e" in digits:
        digits = digits.split("e")[0]
    points = min(16.0, 4.0 * max(0, len(digits) - 1))
    if kind.startswith("rate-") or kind == "share":
        points += 10.0
    elif kind == "percent":
        points += 5.0
    return points
