"""A figure whose words name another measure than its claim's: the steps that read them.

A figure that a claim supports by its value may be told, in the draft's own words, as a
count of something else. Three readings, in order, each on the verdict the one before
left (each module's docstring says what it reads):

* the few words right after the figure name a measure its claim's lacks, of a claim it
  misstates (:func:`~desertcheck.audit.verdicts.of_its_neighbour`: "1,369 desertion
  cases", the disobedience count given to desertion);
* the words said of it, to the end of its phrase, name a neighbour's measure on the
  source's page (:func:`~desertcheck.audit.neighbours.neighbour_mismatch`), or the
  broader measure of a series (:func:`~desertcheck.audit.broader.broader_mismatch`);
* its clause, with its table row's label, names the measure of another duration
  (:func:`~desertcheck.audit.named_measure.named_measure`: "disobedience: up to five
  years", five being another measure's maximum).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desertcheck.audit.broader import broader_mismatch
from desertcheck.audit.named_measure import named_measure
from desertcheck.audit.neighbours import neighbour_mismatch
from desertcheck.audit.offence import kept_for_the_offence
from desertcheck.audit.scope_named import scope_named
from desertcheck.audit.terms import slug_terms, terms
from desertcheck.audit.verdicts import SUPPORTED, of_its_neighbour
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.broader import Broader
    from desertcheck.audit.index import ClaimIndex
    from desertcheck.audit.matcher import Figure
    from desertcheck.audit.sentence import Sentence
    from desertcheck.audit.verdicts import Candidate, Verdict
    from desertcheck.quantity import Quantity

#: Where the words said of a figure end: "5,260 cases opened for desertion, most of them…"
_PHRASE_END = regex(r"[,;:()\u2013\u2014]|\s-\s")
#: The words right after a figure, that say what it counts: "1,369 desertion cases".
_SAID_OF = regex(r"(?:\s+[^\W\d]+){1,3}")
#: A subject of at most this many words ("Buses carried", "The city's trams carried").
_SUBJECT_WORDS = 5
_A_WORD = regex(r"[^\W\d_]+")
#: Between a part and its whole: "17,271 of the 20,662", "1,010 out of those 18,159".
_OF_THE = regex(r"\s+(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+|all\s+)?", re.IGNORECASE)


def misnamed(
    index: ClaimIndex,
    broader: Broader,
    min_score: float,
    sentence: Sentence,
    blanked: str,
    figures: list[Quantity],
    i: int,
    q: Quantity,
    own: tuple[int, int],
    figure: Figure,
    verdict: Verdict,
    others: list[Candidate],
) -> Verdict:
    """``verdict`` on ``q``, the ``i``-th of ``figures`` as read (``figure``, in its
    clause ``own`` of ``sentence``), or the ``mismatch`` of the claim of the measure its
    words name; ``others``: the claims of measures its sentence names whose value does
    not fit."""
    said = _SAID_OF.match(blanked, q.end, own[1]) if verdict[0] == SUPPORTED else None
    if said and others:  # "1,369 desertion cases": the disobedience count, misnamed
        # (the claim's own unit word tells nothing apart: "50,500 cases" of desertion)
        unit = set(slug_terms(verdict[1][0].claim.unit or ""))
        words = [w for w in sentence.words.terms(q.end, said.end()) if w not in unit]
        mine, theirs = verdict[1][0].claim.measure, others[0].claim.measure
        if index.tells_apart(words, theirs, mine):
            named = index.measures_named(words)
            verdict = of_its_neighbour(q, verdict, others, named, min_score)
    if verdict[0] == SUPPORTED:  # "5,260 desertion cases" where 5,260 are the AWOL cases
        end = min(own[1], figures[i + 1].start) if i + 1 < len(figures) else own[1]
        cut = _PHRASE_END.search(blanked, q.end, end)
        words = sentence.words.terms(q.start, cut.start() if cut else end)
        words += _subject(sentence, blanked, figures, i, own)  # "Buses carried 22 million"
        clause = sentence.words.terms(*own)
        if sentence.context:  # "| Defendants by end of May 2025 | 17,721 |": its label's
            label = terms(sentence.context.row_label(q.start).rpartition(" | ")[0])
            words, clause = words + label, clause + label
        # "17,271 of the 20,662 men had been convicted": the words after the whole are
        # said of the part, and name no neighbour of the whole's
        whole = bool(i) and _OF_THE.fullmatch(blanked, figures[i - 1].end, q.start) is not None
        beside = None if whole else broader.measures_beside
        verdict = neighbour_mismatch(index, figure, verdict, clause, words, beside)
        wider = broader_mismatch(index, broader, figure, verdict)  # "for desertion": kept
        verdict = kept_for_the_offence(verdict, wider, broader, sentence, blanked, own)
    # "disobedience: up to five years", five being another measure's maximum
    row = terms(sentence.context.row_label(q.start)) if sentence.context else []
    clause = sentence.words.terms(*own) + row
    verdict = named_measure(index, figure, verdict, clause)
    # "Ukrainian courts received 4,350 cases", 4,350 being the Russian courts' count
    if len(figures) > 1:  # the scope words are another figure's
        return verdict
    return scope_named(index, figure, verdict, clause, sentence.words.terms(*sentence.span))


def _subject(
    sentence: Sentence, blanked: str, figures: list[Quantity], i: int, own: tuple[int, int]
) -> list[str]:
    """The words of the figure's own clause before it, on its line, when it is the first
    figure of its sentence there and they are few: its subject, which names what it counts
    as its noun does ("Buses carried 22 million passengers": the buses' count, not the
    trams' 22 million). After another figure the words are that one's ("1,369 of desertion
    among the more than 20,000"; "17,721 convictions out of 20,662 men")."""
    q = figures[i]
    line = max(sentence.span[0], blanked.rfind("\n", 0, q.start) + 1)
    if i and figures[i - 1].end > line:  # not the first figure of its sentence's line
        return []
    lo = max(own[0], line)
    if len(_A_WORD.findall(blanked, lo, q.start)) > _SUBJECT_WORDS:
        return []
    return sentence.words.terms(lo, q.start)
