"""The registry's claims indexed for auditing: by kind of figure and value, by measure, and
with idf weights over the registry's words.

Claims are indexed by value in sorted lists, so a figure looks up the claims whose written
value lies in a window around its own with ``bisect``.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Final, TypeAlias

from desertcheck.audit.kinds import claim_kind
from desertcheck.audit.terms import (
    _WORD,
    Synonyms,
    _word_terms,
    is_latin,
    measure_words,
    slug_terms,
    terms,
)
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.model import Claim
    from desertcheck.quantity import Quantity

#: Values in ascending order, and the entry each value belongs to.
_ValueIndex: TypeAlias = tuple[list[float], list[int]]
#: A measure's claims of one kind by their period (first day, last day).
_Spans: TypeAlias = dict[tuple[date, date], list[int]]


#: A claim that counts people counts soldiers and prisoners too (the lexicon's concepts).
_PEOPLE: Final = frozenset(terms("people persons"))
_PERSONS: Final = frozenset(terms("soldiers prisoners"))


#: :data:`desertcheck.audit.terms._WORD` in a text of ASCII characters alone (the same
#: words, found some three times as fast): a letter, then letters and apostrophes.
_ASCII_WORD: Final = regex(r"[A-Za-z][A-Za-z']*")

#: Words that stand for a noun said before: the unit word before them is an adjective.
_PRONOUNS: Final = frozenset({"ones", "one"})
#: A word in -ed after a figure, its verb and no unit ("5,953 faced trial"; not "hundred").
#: A noun for people by what they do ("deserters", "déserteurs", "Deserteure"): people,
#: of no measure's word.
_AGENT: Final = regex(r"(?:er|eur|or)(?:s|e|en)?\Z", re.IGNORECASE)
_PARTICIPLE: Final = regex(r"(?!hundred\b)[^\W\d_]{2,}ed\Z", re.IGNORECASE)


@dataclass(slots=True)  # never changed; built for every claim of a warm run, not frozen
class IndexedClaim:
    """A claim with the words and kind it is looked up by."""

    claim: Claim
    kind: str
    key: dict[str, float]  # stem -> weight (measure 2, scope 1, unit 0.5)
    text: frozenset[str]  # every stem of the claim
    measure: str
    own: frozenset[str]  # the stems of its own words: statement, note, measure description
    unit: frozenset[str]  # the stems of its unit, with their synonyms
    low: float  # its value, or its range's ends
    high: float


def _indexed(
    claim: Claim,
    descriptions: Mapping[str, str],
    synonyms: Synonyms,
    read: dict[str, list[str]],
    units: dict[str, frozenset[str]],
) -> IndexedClaim:
    def of(text: str) -> list[str]:
        if text not in read:  # :func:`terms`, its words found in C: no offsets wanted
            found = (_ASCII_WORD if text.isascii() else _WORD).findall(text)
            read[text] = [t for word in found for t in _word_terms(word)]
        return read[text]

    key: dict[str, float] = {}
    for weight, slug_words in (
        (0.5, slug_terms(claim.unit)),
        (1.0, slug_terms(claim.scope)),
        (2.0, slug_terms(claim.measure)),
    ):
        for t in synonyms.expand(slug_words):
            key[t] = max(key.get(t, 0.0), weight)
    own = frozenset(
        synonyms.expand(
            of(claim.statement) + of(claim.note or "") + of(descriptions.get(claim.measure, ""))
        )
    )
    text = frozenset(key).union(
        own,
        synonyms.expand(of(claim.quote)),
        slug_terms(claim.source),
        slug_terms(claim.origin or ""),
    )
    if claim.unit not in units:  # a unit's stems, read once for all claims of it
        units[claim.unit] = frozenset(synonyms.expand(slug_terms(claim.unit)))
    unit = units[claim.unit]
    return IndexedClaim(
        claim, claim_kind(claim), key, text, claim.measure, own, unit, claim.low, claim.high
    )


def _value_index(by_name: dict[str, list[tuple[float, int]]]) -> dict[str, _ValueIndex]:
    out: dict[str, _ValueIndex] = {}
    for name, pairs in by_name.items():
        pairs.sort()
        out[name] = ([v for v, _ in pairs], [i for _, i in pairs])
    return out


def _in_range(index: _ValueIndex, lo: float, hi: float) -> list[int]:
    """The entries with a value in ``lo..hi``, each once."""
    values, ids = index
    a = bisect.bisect_left(values, lo)
    b = bisect.bisect_right(values, hi)
    return list(dict.fromkeys(ids[a:b]))


#: What an index holds for all its claims, kept as it is by :meth:`ClaimIndex.rows`, and
#: for each claim (a test holds that these, with ``synonyms`` and the words of drafts
#: read, ``_read``, are all of a built index's attributes).
_STATE = (
    "_idf",
    "_idf_unknown",
    "_by_kind",
    "_by_measure",
    "_measure_terms",
    "_measure_total",
    "_term_measures",
)
_PER_CLAIM = ("entries", "keys", "foreign_keys", "own_keys")
#: Sets of claims whose period agrees with a draft's period words kept at most, of measures
#: and kinds (:meth:`ClaimIndex.agreeing`): a draft names a few periods, each many times.
_AGREED_KEPT: Final = 256


class ClaimIndex:
    """The claims (``entries``) and what finds them: value, measure and word weights.

    :meth:`rows` gives the whole index as plain values (for the cache,
    :mod:`desertcheck.cache.auditindex`), and :meth:`from_rows` builds it back without
    reading a word again.
    """

    def __init__(
        self,
        claims: Sequence[Claim],
        descriptions: Mapping[str, str] | None = None,
        synonyms: Synonyms | None = None,
    ) -> None:
        from desertcheck.bulk import no_collection

        self.synonyms = synonyms or Synonyms()
        self._read: dict[str, tuple[str, ...]] = {}
        self._spans: dict[tuple[str, str], _Spans] = {}
        self._agreed: dict[tuple[str, str, Hashable], set[int]] = {}
        self._of_kind: dict[tuple[str, str], _ValueIndex] = {}
        self._single: dict[str, dict[str, _ValueIndex]] = {}
        with no_collection():  # sets and dicts of every claim's words, none in a cycle
            self._index(claims, descriptions or {})

    def _index(self, claims: Sequence[Claim], descriptions: Mapping[str, str]) -> None:
        read: dict[str, list[str]] = {}  # a text's terms, read once: claims share quotes
        units: dict[str, frozenset[str]] = {}
        self.entries = [_indexed(c, descriptions, self.synonyms, read, units) for c in claims]
        df: dict[str, int] = defaultdict(int)
        for e in self.entries:
            for t in e.text:
                df[t] += 1
        n = max(1, len(self.entries))
        self._idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
        self._idf_unknown = math.log(1 + (n + 0.5) / 0.5)
        # each claim's key words with weight * idf / norm, so a score is one pass over them
        self.keys: list[tuple[tuple[str, float], ...]] = []
        for e in self.entries:
            norm = math.fsum(w * self._idf[t] for t, w in e.key.items()) or 1.0
            self.keys.append(tuple((t, w * self._idf[t] / norm) for t, w in e.key.items()))
        # and its words in another script than the (Latin) ids, with idf / norm: the key for
        # a draft in that script
        latin = {t: is_latin(t) for t in df}
        self.foreign_keys: list[tuple[tuple[str, float], ...]] = []
        for e in self.entries:
            foreign = [t for t in e.text if not latin[t]]
            norm = math.fsum(self._idf[t] for t in foreign) or 1.0
            self.foreign_keys.append(tuple((t, self._idf[t] / norm) for t in foreign))
        # and the words it says itself (statement, note, its measure's description), with
        # idf / norm: a second key, for a draft that paraphrases the claim's own sentence
        self.own_keys: list[dict[str, float]] = []
        for e in self.entries:
            own = [t for t in e.own if latin[t]]
            norm = math.fsum(self._idf[t] for t in own) or 1.0
            self.own_keys.append({t: self._idf[t] / norm for t in own})
        # value index per kind of figure and per measure: a range under both ends
        by_kind: dict[str, list[tuple[float, int]]] = defaultdict(list)
        by_measure: dict[str, list[tuple[float, int]]] = defaultdict(list)
        for i, e in enumerate(self.entries):
            for v in {e.claim.low, e.claim.high}:
                by_kind[e.kind].append((v, i))
                by_measure[e.measure].append((v, i))
        self._by_kind = _value_index(by_kind)
        self._by_measure = _value_index(by_measure)
        self._index_measure_words()

    def _index_measure_words(self) -> None:
        """Index the measures by their words, for :meth:`measures_named`.

        "A measure named in the sentence": at least half its idf weight present. A word of
        the measure is present when its stem or one of its synonyms is, and weighs its
        rarest stem's idf. A measure is indexed under the stems of its prefix
        (highest-weight words until the rest weighs under half), since without one of
        those it cannot reach half: common words stay short lists.
        """
        self._measure_terms: dict[str, tuple[tuple[tuple[str, ...], float], ...]] = {}
        self._measure_total: dict[str, float] = {}
        self._term_measures: dict[str, list[str]] = defaultdict(list)
        for e in self.entries:
            if e.measure in self._measure_terms:
                continue
            mt = sorted(
                {
                    stems: max(self.idf(t) for t in stems)
                    # "bus-passengers" is named by "buses"
                    for stems in map(self.synonyms.expand, measure_words(e.measure))
                }.items(),
                key=lambda x: -x[1],
            )
            total = math.fsum(w for _, w in mt)
            self._measure_terms[e.measure] = tuple(mt)
            self._measure_total[e.measure] = total
            rest = total
            for stems, w in mt:
                for t in stems:
                    if e.measure not in self._term_measures[t]:
                        self._term_measures[t].append(e.measure)
                rest -= w
                if rest < 0.5 * total:
                    break

    def rows(self, claim_row: Callable[[Claim], Any]) -> dict[str, Any]:
        """The index as plain values (what :mod:`marshal` keeps), each claim as
        ``claim_row`` gives it and its words as the index holds them: sets, dicts and
        tuples of stems, which marshal reads back as they are, a stem that many claims
        share (one string here) as one string there, hashed once."""
        per_claim = [
            (
                claim_row(e.claim),
                e.kind,
                e.key,
                e.text,
                e.measure,
                e.own,
                e.unit,
                e.low,
                e.high,
                self.keys[i],
                self.foreign_keys[i],
                self.own_keys[i],
            )
            for i, e in enumerate(self.entries)
        ]
        state = {name: getattr(self, name) for name in _STATE}
        state["_term_measures"] = dict(self._term_measures)
        return {"claims": per_claim, "state": state}

    @classmethod
    def from_rows(
        cls, rows: Any, synonyms: Synonyms, claim_of: Callable[[Any], Claim]
    ) -> ClaimIndex:
        """The index :meth:`rows` gave, with the registry's ``synonyms`` (read from its
        configuration, which the rows were made with) and each claim built by
        ``claim_of``. Raises ValueError (or TypeError, KeyError, IndexError) on rows of
        another shape."""
        state, per_claim = rows["state"], rows["claims"]
        if not isinstance(state, dict) or set(state) != set(_STATE):
            raise ValueError("not the rows of this index")
        index = cls.__new__(cls)
        index.synonyms = synonyms
        index._read = {}
        index._spans = {}
        index._agreed = {}
        index._of_kind = {}
        index._single = {}
        for name in _STATE:
            setattr(index, name, state[name])
        index._term_measures = defaultdict(list, index._term_measures)
        index.entries, index.keys, index.foreign_keys, index.own_keys = [], [], [], []
        for row in per_claim:
            claim, kind, key, text, measure, own, unit, low, high, keys, foreign, own_keys = row
            if not (
                type(key) is dict
                and type(text) is frozenset
                and type(own) is frozenset
                and type(unit) is frozenset
                and type(keys) is tuple
                and type(foreign) is tuple
                and type(own_keys) is dict
            ):
                raise ValueError("not the rows of this index")
            index.entries.append(
                IndexedClaim(claim_of(claim), kind, key, text, measure, own, unit, low, high)
            )
            index.keys.append(keys)
            index.foreign_keys.append(foreign)
            index.own_keys.append(own_keys)
        return index

    def idf(self, term: str) -> float:
        return self._idf.get(term, self._idf_unknown)

    def unit_agrees(self, i: int, q: Quantity, noun: str = "") -> bool:
        """Whether the figure ``q`` counts what claim ``i`` counts: its unit word ("5,620
        cases"), or the word after it (``noun``: "около 1500 новых дел", "new cases"), is,
        or stands for, one of the claim's unit words; or it has none ("5,620: cases
        opened…", "up to twelve"); or the word the parser took for its unit is a verb in
        -ed ("1,100 charged") or, no word for people, a word of the claim's measure ("1,100
        desertion" of the desertion cases). "40,000 times" and "3,000 servicemen" are not
        "cases" or "requests"."""
        if not q.unit or noun in _PRONOUNS:  # "4,530 Russian ones": an adjective's unit
            return True
        words = self._stems(q.unit)
        unit = self.entries[i].unit
        if not words or not unit or not unit.isdisjoint(words):
            return True
        if _PEOPLE & unit and not _PERSONS.isdisjoint(words):
            return True  # "20,000 prisoners", "3,000 servicemen" are people
        if _PARTICIPLE.match(q.unit):  # "5,953 faced trial", "1,100 charged": a verb
            return True
        if (
            (_PEOPLE | _PERSONS).isdisjoint(words)
            and not _AGENT.search(q.unit)
            and not self._measure_words(i).isdisjoint(words)
        ):  # "1,369 disobedience and 1,100 desertion": the measure it counts, named
            return True
        return bool(noun) and not unit.isdisjoint(self._stems(noun))

    def _measure_words(self, i: int) -> frozenset[str]:
        """The stems of claim ``i``'s measure id ("desertion-cases": desertion, case)."""
        return frozenset(self._stems(self.entries[i].measure.replace("-", " ")))

    def _stems(self, word: str) -> tuple[str, ...]:
        """A draft word's stems with their synonyms, read once."""
        if word not in self._read:
            self._read[word] = self.synonyms.expand(terms(word))
        return self._read[word]

    def by_value(
        self,
        kind: str,
        lo: float,
        hi: float,
        within: Sequence[tuple[float, float]] | None = None,
    ) -> list[int]:
        """Claims of ``kind`` with a value (either end of a range) in ``lo..hi``; with
        ``within``, only those of them with a value (either end) in one of its ranges, in
        the same order: the ranges are looked up, not the whole window."""
        index = self._by_kind.get(kind, ([], []))
        whole = _in_range(index, lo, hi)
        if within is None or any(a <= lo and hi <= b for a, b in within):
            return whole
        found = {i for a, b in within for i in _in_range(index, a, b)}
        return [i for i in whole if i in found]

    def kinds(self) -> Collection[str]:
        """The kinds of the claims indexed."""
        return self._by_kind.keys()

    def of_any_kind(self, lo: float, hi: float) -> list[int]:
        """Claims of any kind with a value (either end of a range) in ``lo..hi``, in the
        order of :attr:`entries`."""
        return sorted({i for index in self._by_kind.values() for i in _in_range(index, lo, hi)})

    def by_measure_value(self, measure: str, lo: float, hi: float) -> list[int]:
        """Claims of ``measure`` with a value (either end of a range) in ``lo..hi``."""
        return _in_range(self._by_measure[measure], lo, hi)

    def by_measure_kind_value(self, measure: str, kind: str, lo: float, hi: float) -> list[int]:
        """Claims of ``measure`` and ``kind`` with a value (either end of a range) in
        ``lo..hi``, in the order of :meth:`by_measure_value`."""
        index = self._of_kind.get((measure, kind))
        if index is None:  # a measure's claims of one kind, sorted once a run
            values, ids = self._by_measure[measure]
            entries = self.entries
            keep = [k for k, i in enumerate(ids) if entries[i].kind == kind]
            index = ([values[k] for k in keep], [ids[k] for k in keep])
            self._of_kind[measure, kind] = index
        return _in_range(index, lo, hi)

    def within_reach(
        self,
        kind: str,
        found: list[int],
        window: tuple[float, float],
        reach: Mapping[str, float] | None,
        x: float,
    ) -> list[int]:
        """``found`` (claims of ``kind`` in ``window``, :meth:`by_value`) less those of a
        single value whose qualifier ``reach`` bounds, farther from ``x`` than that bound
        (and a little more, against rounding): those a figure at ``x`` cannot fit
        (:func:`~desertcheck.audit.precision.fit_reach`), found by value in a few look-ups,
        not claim by claim; in the order of ``found``. All of ``found`` without ``reach``."""
        if reach is None:
            return found
        single = self._single.get(kind)
        if single is None:  # each qualifier's claims of one value, sorted once a run
            pairs: dict[str, list[tuple[float, int]]] = defaultdict(list)
            entries = self.entries
            for v, i in zip(*self._by_kind.get(kind, ([], [])), strict=True):
                if entries[i].low == entries[i].high:
                    pairs[entries[i].claim.qualifier].append((v, i))
            single = {q: ([v for v, _ in p], [i for _, i in p]) for q, p in pairs.items()}
            self._single[kind] = single
        lo, hi = window
        far: set[int] = set()
        for qualifier, bound in reach.items():
            if qualifier not in single:
                continue
            values, ids = single[qualifier]
            slack = bound + 1e-6 * (abs(x) + bound) + 1e-9
            a, b = bisect.bisect_left(values, lo), bisect.bisect_right(values, hi)
            far.update(ids[a : max(a, bisect.bisect_left(values, x - slack))])
            far.update(ids[max(a, bisect.bisect_right(values, x + slack)) : b])
        return [i for i in found if i not in far] if far else found

    def agreeing(
        self,
        measure: str,
        kind: str,
        agrees: Callable[[Claim], bool | None],
        words: Hashable = None,
    ) -> set[int]:
        """The claims of ``measure`` and ``kind`` whose period ``agrees``: asked once a
        claim period (whether a period agrees depends on it and the claim's kind alone);
        with ``words``, what ``agrees`` reads of the draft's period (the same words agree
        with the same claims), the set is kept for the next figure that says them, and
        is not to be changed."""
        if words is not None and (measure, kind, words) in self._agreed:
            return self._agreed[measure, kind, words]
        if (measure, kind) not in self._spans:
            spans: _Spans = defaultdict(list)
            for i in self._by_measure[measure][1]:
                e = self.entries[i]
                if e.kind == kind:
                    spans[e.claim.period.start, e.claim.period.end].append(i)
            self._spans[measure, kind] = spans
        found: set[int] = set()
        for ids in self._spans[measure, kind].values():
            if agrees(self.entries[ids[0]].claim):
                found.update(ids)
        if words is not None:
            if len(self._agreed) >= _AGREED_KEPT:
                self._agreed.clear()
            self._agreed[measure, kind, words] = found
        return found

    def measures_named(self, sentence_terms: Iterable[str]) -> set[str]:
        """Measures at least half of whose (idf-weighted) words occur in the sentence."""
        seen = set(sentence_terms)
        out = set()
        for t in seen:
            for m in self._term_measures.get(t, ()):
                if m in out:
                    continue
                got = math.fsum(
                    w for stems, w in self._measure_terms[m] if not seen.isdisjoint(stems)
                )
                if got >= 0.5 * self._measure_total[m] > 0:
                    out.add(m)
        return out

    def says_all_apart(self, terms: Iterable[str], measure: str, other: str) -> bool:
        """Whether ``terms`` hold every word of ``measure`` that ``other`` lacks, and there
        is one: "desertion cases opened" says all that tells desertion's cases opened from
        the AWOL cases opened; "the armed forces" not all that tells their personnel from
        their size."""
        seen = set(terms)
        theirs = {t for stems, _ in self._measure_terms.get(other, ()) for t in stems}
        own = [s for s, _ in self._measure_terms.get(measure, ()) if theirs.isdisjoint(s)]
        return bool(own) and all(not seen.isdisjoint(stems) for stems in own)

    def tells_apart(self, terms: Iterable[str], measure: str, other: str) -> bool:
        """Whether ``terms`` hold a word of ``measure`` that ``other`` does not have:
        "desertion cases" tells desertion's cases from disobedience's; "soldiers sentenced"
        tells no count of convictions from another."""
        seen = set(terms)
        theirs = {t for stems, _ in self._measure_terms.get(other, ()) for t in stems}
        return any(
            not seen.isdisjoint(stems) and theirs.isdisjoint(stems)
            for stems, _ in self._measure_terms.get(measure, ())
        )
