"""Audit an editor's draft against the registry: every figure in it gets a verdict.

Pure logic, no I/O: :class:`Auditor` is built once from the registry's claims and checks
any number of drafts with :meth:`Auditor.audit`. How a figure is judged:

1. **Figures.** The draft is blanked (:func:`desertcheck.draft.blank`: code, front matter,
   URLs, list and heading numbers...) and parsed with the quantity parser. Figures that
   are not statistics are dropped as well: references the parser keeps (``Part 3``), a
   year used as a word (``the 2022 amendments``) and spans of time (``the five years
   before 2023``, ``three years of war``).
2. **Candidates by value.** Claims are indexed by value in a sorted list. A figure looks
   up the claims whose written value lies in a narrow window around its own (``bisect``)
   and keeps those whose value *fits*: the same number at the precision the registry
   writes it (:func:`desertcheck.figures.states`), or a claim interval inside the
   draft's interval (``about 50,000`` fits ``50,500``; ``over 50,000`` fits ``50,500``).
   For ``mismatch`` it also looks, per measure, at claims of a measure named in the
   sentence whose value is within a factor of four. Figures and claims must be of the
   same kind: percent, share, years, a rate (``a month``, ``a week``, ``a working
   day``) or a count.
3. **Context score** (0-100), lexical, computed for those candidates only. The sentence's
   words (those between the figure and its neighbouring figures count fully, the rest of
   the sentence half) are stemmed, with a few synonyms (``AWOL`` = ``absence``,
   ``troops`` = ``soldiers``, ``charged``/``trial`` = ``cases``). With idf weights over
   the registry, ``score = 100 * (0.6 * key + 0.4 * explained)``, where ``key`` is the
   weighted share of the claim's measure (counted twice), scope and unit words found in
   the sentence, and ``explained`` the weighted share of the sentence's words that occur
   in the claim's measure, scope, unit, statement or quote.
4. **Period.** Period words near the figure (``in 2024``, ``since 2022``, ``since the
   invasion``, ``between 2024 and mid-2025``, ``by the end of May 2025``, ``as of
   December 2024``, ``in the first half of 2025``, ``before 2023``...) are read; the
   nearest to the figure in its sentence applies. Relative words (``last year``) are not
   read. A candidate's period *agrees* when: ``in X``: the claim's period lies within X
   (a cumulative total from before X does not); ``since X``: the claim's period starts
   in X; ``between X and Y``: it starts in X and ends in Y; ``as of``/``by X``: it ends
   in X; each with a month's slack. With no period words, the period is not checked.
5. **Verdict.** Among fitting candidates scoring at least ``min_score`` (and within 15
   points of the best), the one that agrees most (qualifier, then period), then scores
   best, decides: ``supported``; ``qualifier-drift`` when the draft's qualifier is not
   :func:`desertcheck.intervals.compatible` with the claim's; ``period-drift`` when the
   period disagrees. ``mismatch`` when no candidate fits but a claim of a measure named in
   the sentence, with an agreeing period, scores at least ``min_score + 15`` (or when such
   a claim outscores the best fitting one by 15 points: the wrong district's figure).
   Otherwise ``unsourced``.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from desertcheck.audit.kinds import claim_kind, figure_kind
from desertcheck.audit.periods import DraftPeriod, find_periods, nearest_period
from desertcheck.audit.reading import figures_by_sentence, fold_spaces, own_words
from desertcheck.audit.terms import slug_terms, terms
from desertcheck.audit.verdicts import (
    DEFAULT_MIN_SCORE,
    FAILING,
    MISMATCH,
    PERIOD_DRIFT,
    QUALIFIER_DRIFT,
    STATUSES,
    SUPPORTED,
    UNSOURCED,
    AuditItem,
    Candidate,
    Verdict,
    decide,
    summarize,
)
from desertcheck.draft import blank
from desertcheck.figures import same_value
from desertcheck.intervals import DEFAULT_TOLERANCE, Interval, compatible, interval
from desertcheck.quantity import Quantity

if TYPE_CHECKING:
    from desertcheck.model import Claim

__all__ = [
    "DEFAULT_MIN_SCORE",
    "FAILING",
    "MISMATCH",
    "PERIOD_DRIFT",
    "QUALIFIER_DRIFT",
    "STATUSES",
    "SUPPORTED",
    "UNSOURCED",
    "AuditItem",
    "Auditor",
    "Candidate",
    "DraftPeriod",
    "find_periods",
    "summarize",
]

MISMATCH_FACTOR: Final = 4.0
SENTENCE_WEIGHT: Final = 0.5  # words of the sentence outside a figure's own segment

# -- the registry index ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Entry:
    claim: Claim
    kind: str
    interval: Interval
    key: dict[str, float]  # stem -> weight (measure 2, scope 1, unit 0.5)
    text: frozenset[str]  # every stem of the claim
    measure: str


@dataclass
class _Context:
    """A figure's sentence as weighted stems: ``weights`` (1 or 0.5) and ``scored``
    (weight times idf), with ``total`` the sum of ``scored``."""

    weights: dict[str, float] = field(default_factory=dict)
    scored: list[tuple[str, float]] = field(default_factory=list)
    total: float = 0.0


class Auditor:
    """The registry's claims indexed for auditing drafts."""

    def __init__(
        self,
        claims: Sequence[Claim],
        *,
        tolerance: float = DEFAULT_TOLERANCE,
        min_score: float = DEFAULT_MIN_SCORE,
    ) -> None:
        self.tolerance = tolerance
        self.min_score = min_score
        self.entries: list[_Entry] = []
        df: dict[str, int] = defaultdict(int)
        for claim in claims:
            key: dict[str, float] = {}
            for weight, words in (
                (0.5, slug_terms(claim.unit)),
                (1.0, slug_terms(claim.scope)),
                (2.0, slug_terms(claim.measure)),
            ):
                for t in words:
                    key[t] = max(key.get(t, 0.0), weight)
            text = frozenset(key).union(
                terms(claim.statement),
                terms(claim.quote),
                slug_terms(claim.source),
                slug_terms(claim.origin or ""),
            )
            for t in text:
                df[t] += 1
            self.entries.append(
                _Entry(
                    claim,
                    claim_kind(claim),
                    interval(claim.value, claim.qualifier, tolerance),
                    key,
                    text,
                    claim.measure,
                )
            )
        n = max(1, len(self.entries))
        self._idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
        self._idf_unknown = math.log(1 + (n + 0.5) / 0.5)
        # each claim's key words with weight * idf / norm, so a score is one pass over them
        self._keys: list[tuple[tuple[str, float], ...]] = []
        for e in self.entries:
            norm = sum(w * self._idf[t] for t, w in e.key.items()) or 1.0
            self._keys.append(tuple((t, w * self._idf[t] / norm) for t, w in e.key.items()))
        # value index per kind of figure: (value, entry index), a range under both ends
        pairs: dict[str, list[tuple[float, int]]] = defaultdict(list)
        by_measure: dict[str, list[tuple[float, int]]] = defaultdict(list)
        for i, e in enumerate(self.entries):
            for v in {e.claim.low, e.claim.high}:
                pairs[e.kind].append((v, i))
                by_measure[e.measure].append((v, i))
        self._values: dict[str, tuple[list[float], list[int]]] = {}
        for kind, lst in pairs.items():
            lst.sort()
            self._values[kind] = ([v for v, _ in lst], [i for _, i in lst])
        self._measure_values: dict[str, tuple[list[float], list[int]]] = {}
        for m, lst in by_measure.items():
            lst.sort()
            self._measure_values[m] = ([v for v, _ in lst], [i for _, i in lst])
        # "a measure named in the sentence": at least half its idf weight present. A measure
        # is indexed under its prefix (highest-idf words until the rest weighs under half),
        # since without one of those it cannot reach half: common words stay short lists.
        self._measure_terms: dict[str, tuple[tuple[str, float], ...]] = {}
        self._measure_total: dict[str, float] = {}
        self._term_measures: dict[str, list[str]] = defaultdict(list)
        for e in self.entries:
            if e.measure in self._measure_terms:
                continue
            mt = sorted(
                {t: self._idf[t] for t in slug_terms(e.measure)}.items(), key=lambda x: -x[1]
            )
            total = sum(w for _, w in mt)
            self._measure_terms[e.measure] = tuple(mt)
            self._measure_total[e.measure] = total
            rest = total
            for t, w in mt:
                self._term_measures[t].append(e.measure)
                rest -= w
                if rest < 0.5 * total:
                    break

    def idf(self, term: str) -> float:
        return self._idf.get(term, self._idf_unknown)

    # -- public --------------------------------------------------------------------------

    def audit(self, text: str, file: str = "<draft>") -> list[AuditItem]:
        """Every figure of the draft ``text`` with its verdict, in order."""
        blanked = blank(text)
        by_sentence = figures_by_sentence(blanked, text)
        line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        items: list[AuditItem] = []
        for (s_start, s_end), figures in by_sentence.items():
            sentence_blank = blanked[s_start:s_end]
            periods = find_periods(sentence_blank, s_start)
            measures = self._measures_named(terms(sentence_blank))
            for i, q in enumerate(figures):
                seg_start, seg_end = own_words(blanked, s_start, s_end, figures, i)
                ctx = self._context(blanked, s_start, s_end, seg_start, seg_end, q)
                period = nearest_period(periods, q)
                kind = figure_kind(q, blanked[q.end : s_end], blanked[s_start : q.start])
                status, candidates, message = self._judge(q, kind, ctx, period, measures)
                line = bisect.bisect_right(line_starts, q.start)
                column = q.start - line_starts[line - 1] + 1
                raw = text[s_start:s_end]
                shown, offset = fold_spaces(raw, q.start - s_start)
                items.append(
                    AuditItem(
                        file,
                        line,
                        column,
                        shown,
                        q,
                        offset,
                        status,
                        tuple(candidates),
                        message,
                        period,
                    )
                )
        items.sort(key=lambda it: it.figure.start)
        return items

    # -- matching ------------------------------------------------------------------------

    def _context(
        self,
        blanked: str,
        s_start: int,
        s_end: int,
        seg_start: int,
        seg_end: int,
        q: Quantity,
    ) -> _Context:
        """The words that may say what ``q`` counts: its own segment in full, the rest of
        the sentence at a lower weight."""
        weights: dict[str, float] = {}
        for t in terms(blanked[s_start:seg_start]) + terms(blanked[seg_end:s_end]):
            weights[t] = max(weights.get(t, 0.0), SENTENCE_WEIGHT)
        for t in terms(blanked[seg_start:seg_end]):
            weights[t] = 1.0
        if q.unit:
            for t in terms(q.unit):
                weights[t] = 1.0
        scored = [(t, w * self.idf(t)) for t, w in weights.items()]
        return _Context(weights, scored, sum(x for _, x in scored))

    def _score(self, i: int, ctx: _Context) -> float:
        """The context score (0-100) of claim ``i`` for a figure's sentence."""
        w = ctx.weights
        key = sum(w.get(t, 0.0) * k for t, k in self._keys[i])
        text = self.entries[i].text
        explained = sum(x for t, x in ctx.scored if t in text)
        share = explained / ctx.total if ctx.total else 0.0
        return 100.0 * (0.6 * key + 0.4 * share)

    def _measures_named(self, sentence_terms: Iterable[str]) -> set[str]:
        """Measures at least half of whose (idf-weighted) words occur in the sentence."""
        seen = set(sentence_terms)
        out = set()
        for t in seen:
            for m in self._term_measures.get(t, ()):
                if m in out:
                    continue
                got = sum(w for u, w in self._measure_terms[m] if u in seen)
                if got >= 0.5 * self._measure_total[m] > 0:
                    out.add(m)
        return out

    def _window(self, kind: str, lo: float, hi: float) -> list[int]:
        values, ids = self._values.get(kind, ([], []))
        a = bisect.bisect_left(values, lo)
        b = bisect.bisect_right(values, hi)
        return list(dict.fromkeys(ids[a:b]))

    def _fit(self, q: Quantity, mine: Interval, claim: Claim) -> tuple[bool, bool]:
        """(fits, same): whether ``q`` can state ``claim``'s value, and whether it is the
        same number (else a precise value rounded and hedged: "about 50,000" or "over
        50,000" for 50,500, within the tolerance). ``mine`` is ``q``'s own interval."""
        value = claim.value
        if isinstance(value, tuple):
            same = same_value(value[0], q.low) and same_value(value[1], q.high)
            return same, same
        if same_value(value, q.low) or (q.low != q.high and same_value(value, q.high)):
            return True, True
        if claim.qualifier != "exactly" or q.low != q.high:
            return False, False
        v = float(value)
        return (mine.low <= v <= mine.high and abs(v - q.low) <= self.tolerance * abs(v)), False

    def _judge(
        self,
        q: Quantity,
        kind: str,
        ctx: _Context,
        period: DraftPeriod | None,
        measures: set[str],
    ) -> Verdict:
        t = self.tolerance
        lo, hi = q.low, q.high
        mine = interval(q.value, q.qualifier, t)
        window = (min(lo * (1 - t), lo * (1 + t)), max(hi * (1 - t), hi * (1 + t)))
        fitting: list[Candidate] = []
        seen: set[int] = set()
        for i in self._window(kind, *window):
            e = self.entries[i]
            fits, same = self._fit(q, mine, e.claim)
            if not fits:
                continue
            seen.add(i)
            q_ok = compatible(q.qualifier, e.claim.qualifier) if same else True
            fitting.append(
                Candidate(
                    e.claim,
                    min(100.0, self._score(i, ctx) + (_value_evidence(q, kind) if same else 0.0)),
                    True,
                    q_ok,
                    None if period is None else period.agrees(e.claim),
                )
            )
        others: list[Candidate] = []
        for m in measures:
            values, ids = self._measure_values[m]
            a = bisect.bisect_left(values, lo / MISMATCH_FACTOR)
            b = bisect.bisect_right(values, hi * MISMATCH_FACTOR)
            for i in dict.fromkeys(ids[a:b]):
                e = self.entries[i]
                if i in seen or e.kind != kind:
                    continue
                seen.add(i)
                p_ok = None if period is None else period.agrees(e.claim)
                if p_ok is False:
                    continue
                others.append(Candidate(e.claim, self._score(i, ctx), False, False, p_ok))
        fitting.sort(key=lambda c: (-c.score, c.claim.id))
        others.sort(key=lambda c: (-c.score, c.claim.id))
        return decide(q, fitting, others, period, self.min_score)


def _value_evidence(q: Quantity, kind: str) -> float:
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
