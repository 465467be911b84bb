"""The offence a count is for: "16,000 soldiers prosecuted for desertion" counts
prosecutions, not deserters, whatever the verb.

:func:`~desertcheck.audit.broader.broader_mismatch` reads a figure whose words hold a word
of a broader measure and none of the narrower measure's own as said of the broader one:
"16,000 soldiers have deserted since 2022" misstates the 50,000 desertions, though 16,000
is the prosecutions'. A word of the broader measure that only names what the figure's
people were dealt with *for* ("for desertion", "over desertion", "wegen Fahnenflucht",
"pour désertion") names no count of that measure: the verb that says how they were dealt
with may be one audit does not read ("faced the courts", "strafrechtlich belangt"), and
the figure keeps the narrower claim whose number it is (:func:`kept_for_the_offence`).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Final

from desertcheck.audit.verdicts import MISMATCH, SUPPORTED
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.broader import Broader
    from desertcheck.audit.sentence import Sentence
    from desertcheck.audit.verdicts import Verdict

#: A preposition of cause and the few words after it, to the phrase's end: "for
#: desertion", "over desertion-related offences", "wegen Fahnenflucht", "pour désertion".
_FOR: Final = regex(
    r"(?<![\w-])(?i:for|over|wegen|pour)[ \t\u00a0]+"
    r"(?:(?i:the|an?|der|des|la|le|les|de)[ \t\u00a0]+|(?i:d|l)['’])?"
    r"((?:[^\W\d_][\w'’-]*)(?:[ \t\u00a0]+[^\W\d_][\w'’-]*){0,2})"
)


def kept_for_the_offence(
    before: Verdict,
    after: Verdict,
    broader: Broader,
    sentence: Sentence,
    blanked: str,
    own: tuple[int, int],
) -> Verdict:
    """``before`` (``supported``) when ``after``, the ``mismatch`` of a broader claim that
    :func:`~desertcheck.audit.broader.broader_mismatch` made of it, rests on words of the
    broader measure that all name the offence in the figure's clause ``own`` ("for
    desertion"); ``after`` otherwise."""
    if before[0] != SUPPORTED or after[0] != MISMATCH or after is before or not after[1]:
        return after
    theirs = broader.measure_words(after[1][0].claim.measure)
    clause = Counter(t for t in sentence.words.terms(*own) if t in theirs)
    if not clause:
        return after
    offence: Counter[str] = Counter()
    for m in _FOR.finditer(blanked, own[0], own[1]):
        offence.update(t for t in sentence.words.terms(m.start(1), m.end(1)) if t in theirs)
    return before if clause <= offence else after
