"""A figure matched by its value whose own words name another measure: the words veto it.

A figure is matched first by its value: "4350", "129" or "1,010" is seldom any number but
the one it was copied from, so a claim whose value it is needs few of the sentence's words
(:func:`~desertcheck.audit.verdicts.decide`'s value-first bar, and :mod:`.own_number`).
But a figure copied from one claim may be given, in the draft's words, to another
measure: "davon endeten 4350 mit einer Verurteilung" (4,350 are the new cases of January
to May 2025, not convictions), "129 l'ont été pour absence sans permission" (129 were
tried for desertion, not convicted of going AWOL), "those who left their units without
permission accounted for 1,010 of such cases" (1,010 is desertion's count). Each was
``supported`` for the claim whose value it is.

A ``supported`` figure's words *veto* its claim when they name another measure,
``theirs``, in words the claim does not have. Its words are those after it to the end of
its phrase, and, when it is its sentence's first figure and opens no list's next item
("…, а 1369", "…, and 501"), its subject before it ("those who left their units without
permission accounted for 1,010"); after a whole ("17,721 of 20,662 men had been
convicted") they are its part's, and there is no veto.

* :meth:`~desertcheck.audit.index.ClaimIndex.measures_named` finds ``theirs`` in them read
  with the words the two measures share (the sentence that gives refusal to serve's cases
  may say "convictions" alone, "refusal to serve" understood);
* they say a word of ``theirs`` that the claim's measure lacks
  (:meth:`~desertcheck.audit.index.ClaimIndex.tells_apart`) and that none of the claim's
  own words says either: its measure, scope, unit, statement and note, and its quote
  between the numbers around its own ("Another 129 soldiers faced trial for desertion,
  as well as 31 for faking illness" says no malingering of the 129; "new cases" are the
  new cases' claim's own words, whatever other measure counts cases "opened");
* neither they nor the words after the figure to its sentence's next figure say a word
  of the claim's measure that ``theirs`` lacks ("5260 дел о СОЧ и 501 — о дезертирстве":
  501 is desertion's), nor name a second measure besides ``theirs`` ("sentenced for
  desertion and unauthorised absence" is a broader count).

The figure is then the ``mismatch`` of a claim of ``theirs`` of its claim's source, scope
and kind, whose period does not disagree with the draft's and whose context score is at
least the claim's (the words meet it as well as they meet the claim its value found): the
claim's series mate first (the same source and period: "129" of the convictions of the
war where 129 are its trials for desertion), then the measure sharing most words with the
claim's, an agreeing period, the best score. A claim of another source is never chosen (a
measure named loosely, "open cases", meets many); with none, the verdict stands.

A figure left ``unsourced`` that writes the own number, of :data:`~desertcheck.audit.
own_number.DIGITS` significant digits or more, of claims of one measure (its words too
far from theirs: "З них 1010 стосуються самовільного залишення частини") is read the
same way, the best of those claims in the place of its verdict; it stays ``unsourced``
unless its words name another measure's claim.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final
from weakref import WeakKeyDictionary

from desertcheck.audit.measure_sources import measure_sources
from desertcheck.audit.own_number import DIGITS, significant
from desertcheck.audit.scoring import context_score
from desertcheck.audit.terms import slug_terms, terms
from desertcheck.audit.verdicts import SUPPORTED, UNSOURCED, Candidate, in_series, mismatch_of
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from collections.abc import Sequence

    from desertcheck.audit.index import ClaimIndex, IndexedClaim
    from desertcheck.audit.matcher import Figure
    from desertcheck.audit.sentence import Sentence
    from desertcheck.audit.verdicts import Verdict
    from desertcheck.quantity import Quantity

#: Where the words said of a figure end: "129 l'ont été pour absence sans permission, …"
_PHRASE_END: Final = regex(
    # not "en": French and Spanish "in" ("129 l'ont été en temps de guerre pour …")
    r"[,;:()\u2013\u2014\n]|\s[-/]\s|\s(?:and|und|et|ja|och|og|e|y|i|и|і|та|а)\s",
    re.IGNORECASE,
)
#: A list's next item opening right before a figure, whose words are the item before's:
#: "18 159 … за самоволно напускане на частта, а 1369 – по чл. 332", "…, and 1,010".
_NEXT_ITEM: Final = regex(r"(?:,|\b(?:and|und|et|ja|och|og|e|y|i|и|і|та|а))\s*\Z", re.IGNORECASE)
#: Between a part and its whole: "17,721 of 20,662", "1,010 out of those 18,159".
_OF_THE: Final = regex(r"\s+(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+|all\s+)?", re.IGNORECASE)

#: A number written in digits in a claim's quote: "4,350", "129", "2.4".
_NUMBER: Final = regex(r"\d[\d,.]*\d|\d")

#: Each index's measures that share a word with a measure, read when a figure first asks.
_SHARING: Final[WeakKeyDictionary[ClaimIndex, dict[str, list[str]]]] = WeakKeyDictionary()


def measure_veto(
    index: ClaimIndex,
    sentence: Sentence,
    blanked: str,
    figures: Sequence[Quantity],
    i: int,
    own: tuple[int, int],
    figure: Figure,
    verdict: Verdict,
    fitting: Sequence[Candidate] = (),
) -> Verdict:
    """``verdict`` on ``figures[i]`` (``figure`` as read, ``own`` its clause in
    ``sentence`` of the draft's text ``blanked``), or, when it is ``supported`` and the
    words said of it name another measure than its claim's in words its claim lacks, the
    ``mismatch`` of a claim of that measure (see the module's docstring)."""
    if verdict[0] == UNSOURCED:  # "З них 1010 стосуються самовільного залишення частини"
        q = figure.quantity
        if q.low != q.high or significant(q.low) < DIGITS:  # "9 from deserters' families"
            return verdict
        own_number = [c for c in fitting if c.same and c.qualifier_ok and c.period_ok is not False]
        if len({c.claim.measure for c in own_number}) != 1:
            return verdict
        chosen = max(own_number, key=lambda c: (c.score, c.claim.id))
        vetoed = measure_veto(
            index, sentence, blanked, figures, i, own, figure, (SUPPORTED, [chosen], "")
        )
        return verdict if vetoed[0] == SUPPORTED else vetoed
    if verdict[0] != SUPPORTED or not verdict[1]:
        return verdict
    q = figure.quantity
    nxt = figures[i + 1].start if i + 1 < len(figures) else sentence.span[1]
    if i and _OF_THE.fullmatch(blanked, figures[i - 1].end, q.start):
        return verdict  # "17,721 of 20,662 men had been convicted": the part's words
    end = min(own[1], nxt)
    cut = _PHRASE_END.search(blanked, q.end, end)
    clause = sentence.words.terms(q.end, cut.start() if cut else end)
    if not i and not _NEXT_ITEM.search(blanked, own[0], q.start):
        clause += sentence.words.terms(own[0], q.start)  # its subject: "those who left …"
    after = sentence.words.terms(q.end, nxt)
    return _vetoed(index, figure, verdict, clause, after)


def _vetoed(
    index: ClaimIndex, figure: Figure, verdict: Verdict, clause: list[str], after: list[str]
) -> Verdict:
    """``verdict``, or the ``mismatch`` of the claim of the measure ``clause`` names in
    its place, none of whose words ``after`` says."""
    status, listed, _ = verdict
    if status != SUPPORTED or not listed or not clause:
        return verdict
    chosen = listed[0]
    entry = _entry(index, chosen.claim.id, chosen.claim.measure, chosen.claim.source)
    if entry is None:
        return verdict
    said = set(clause)
    rivals = _rivals(index, entry, said, said.union(after))
    found: list[tuple[tuple[bool, int, bool, float], Candidate]] = []
    for theirs, shared in rivals:
        # (the claims of its claim's source: a measure named loosely meets many others')
        for i in measure_sources(index, theirs).of_source.get(chosen.claim.source, ()):
            e = index.entries[i]
            other = e.claim
            if e.kind != figure.kind or other.scope != chosen.claim.scope:
                continue
            agrees = figure.period_agrees(other)
            score = context_score(index, i, figure.ctx)
            if agrees is False or score < chosen.score:
                continue
            c = Candidate(other, score, False, False, agrees)
            found.append(((in_series(other, chosen.claim), shared, bool(agrees), score), c))
    if not found:  # no claim of what its words name: they may name it loosely
        return verdict
    found.sort(key=lambda x: x[1].claim.id)  # of equals, the first id
    best = max(found, key=lambda x: x[0])[1]
    q, mine, theirs = figure.quantity, chosen.claim.measure, best.claim.measure
    status, kept, message = mismatch_of(q, best, [best, *listed])
    why = f"; “{q.text}” is {chosen.claim.id}'s ({mine}), but the words said of it name {theirs}"
    return status, kept, message + why


def _rivals(
    index: ClaimIndex, entry: IndexedClaim, said: set[str], told: set[str]
) -> list[tuple[str, int]]:
    """The measures ``said`` (a figure's clause) names in place of ``entry``'s, each with
    how many words of its measure it shares, none of whose words ``told`` (the clause and
    the words after the figure) says: see the module's docstring."""
    mine = entry.measure
    foreign = said - _claim_words(index, entry)
    if not foreign:
        return []
    own = set(slug_terms(mine))
    out: list[tuple[str, int]] = []
    named = index.measures_named(said)
    told_named = index.measures_named(told)
    for theirs in sorted({*named, *_sharing(index, mine)}):
        if theirs == mine or not index.tells_apart(foreign, theirs, mine):
            continue
        if index.tells_apart(told, mine, theirs):  # it says the claim's measure too
            continue
        if any(index.tells_apart(told, m, theirs) for m in told_named if m != theirs):
            continue  # "sentenced for desertion and unauthorised absence": two measures
        # the words the two measures share, which the sentence giving the claim's measure
        # need not repeat: "refusal to serve" implied by "convictions" said of its cases
        both = own & set(slug_terms(theirs))
        if theirs in index.measures_named(said | both):
            out.append((theirs, len(both)))
    return out


def _claim_words(index: ClaimIndex, entry: IndexedClaim) -> frozenset[str]:
    """The stems of ``entry``'s claim's own words: its measure, scope and unit, statement,
    note and measure's description, and its quote's words around its number, to the
    numbers before and after it ("Another 129 soldiers faced trial for desertion, as well
    as 31 for faking illness": the 129's words say no malingering); the whole quote when
    it does not write the number in digits."""
    claim = entry.claim
    quote = claim.quote or ""
    numbers = list(_NUMBER.finditer(quote))
    part = quote
    for k, m in enumerate(numbers):
        if _value(m.group()) in (claim.low, claim.high):
            start = numbers[k - 1].end() if k else 0
            end = numbers[k + 1].start() if k + 1 < len(numbers) else len(quote)
            part = quote[start:end]
            break
    return entry.own.union(entry.key, index.synonyms.expand(terms(part)))


def _value(digits: str) -> float | None:
    """The number written ``digits`` ("4,350", "129", "2.4"), or None."""
    plain = digits.replace(",", "").replace("\u00a0", "").replace(" ", "")
    try:
        return float(plain)
    except ValueError:
        return None


def _entry(index: ClaimIndex, claim_id: str, measure: str, source: str) -> IndexedClaim | None:
    """The index's entry of the claim ``claim_id`` (of ``measure`` and ``source``)."""
    for i in measure_sources(index, measure).of_source.get(source, ()):
        if index.entries[i].claim.id == claim_id:
            return index.entries[i]
    return None


def _sharing(index: ClaimIndex, mine: str) -> list[str]:
    """The measures of ``index`` that share a word with ``mine`` (read once a run)."""
    kept = _SHARING.setdefault(index, {})
    found = kept.get(mine)
    if found is None:
        own = set(slug_terms(mine))
        measures = {e.claim.measure for e in index.entries}
        found = kept[mine] = sorted(m for m in measures if m != mine and own & set(slug_terms(m)))
    return found
