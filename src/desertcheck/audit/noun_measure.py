"""A `mismatch` told against the measure the figure's own noun names: "claimed over a
million lives and displaced millions" misstates the deaths ("over 100,000 lives", a zero
added), not the displaced the rest of the sentence names. When the figure's unit and the
words right after it name a measure that the chosen claim's lacks, a claim of that measure
the figure misstates (:func:`desertcheck.audit.matcher.near_candidates`) and that clears
the mismatch bar is the one the item names."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from desertcheck.audit.matcher import near_candidates
from desertcheck.audit.terms import terms
from desertcheck.audit.verdicts import MISMATCH, mismatch_bar, mismatch_of
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.auditor import Auditor
    from desertcheck.audit.matcher import Figure
    from desertcheck.audit.sentence import Sentence
    from desertcheck.audit.verdicts import Verdict

#: The figure's own words end at a clause's punctuation or a conjunction
_OWN_END = regex(r"[,;:.!?()\n]|\b(?:and|or|but|while|whereas)\b")


def by_its_noun(verdict: Verdict, sentence: Sentence, figure: Figure, auditor: Auditor) -> Verdict:
    """``verdict``, or a `mismatch` of the claim of the measure the figure's noun names."""
    status, listed, _ = verdict
    if status != MISMATCH or not listed:
        return verdict
    q, index = figure.quantity, auditor.index
    end = min(q.end + 40, sentence.span[1])
    stop = _OWN_END.search(sentence.blanked, q.end, end)
    words = terms(q.unit or "") + terms(sentence.blanked[q.end : stop.start() if stop else end])
    mine = listed[0].claim.measure
    named = {m for m in index.measures_named(words) if index.tells_apart(words, m, mine)}
    if not named or mine in named:
        return verdict
    seen = {c.claim.id for c in listed}
    # its noun named the measure: its unit word ("lives") need not be the claim's ("people")
    bare = replace(figure, quantity=replace(q, unit=None), noun="")
    found = near_candidates(index, bare, named, seen, auditor.tolerance, named)
    clear = [c for c in found if c.score >= mismatch_bar(c, auditor.min_score)]
    if not clear:
        return verdict
    best = max(clear, key=lambda c: (c.score, c.claim.id))
    return mismatch_of(q, best, [best, *listed])
