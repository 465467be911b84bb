"""What a figure counts, read from its words, and the durations that leave their unit out.

A figure's kind is read from the words after it (``kinds.figure_kind``); a bare small
number is a duration when its unit is left to another: a duration said just before it in
turn ("up to fifteen for desertion, ten for AWOL"), the end of a change ("doubled, from
five to ten years": five years), or the duration a short sentence after one leaves out
("… carries up to twenty years. Going absent without leave can bring ten."), or the
unit a table row's label names ("| Maximum sentence, years | 15 |",
"max_sentence_desertion_years,15": fifteen years; a column's header is not enough: "Median
term (years)" over an own sample's medians would make them the claims' maximum terms).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from desertcheck.audit.kinds import bare_small, changed_from, elided_in_turn, figure_kind
from desertcheck.audit.window import Span, words_said
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.sentence import Sentence
    from desertcheck.quantity import Quantity

#: The most words of a sentence that may leave a duration's unit to the sentence before.
_ELLIPTIC_WORDS: Final = 12
#: A unit of time that a row's label gives its cells: the label's last word ("Maximum
#: sentence, years", "max sentence awol years") or in brackets ("Average sentence (years)").
_LABEL_UNIT: Final = regex(r"(?i)(?:\b|\()(years|months)\)?\s*$")


def read_kind(
    sentence: Sentence, figures: list[Quantity], i: int, q: Quantity, blanked: str, span: Span
) -> tuple[str, Quantity]:
    """The kind of ``q`` (``figures[i]`` as read so far) in ``sentence``, whose words
    around it are ``span`` of ``blanked``, and ``q`` itself with the unit and hedge of the
    duration it leaves its unit to, when it does."""
    # the words after a figure up to the next one: "884 verdicts, roughly forty for
    # every working day" makes forty a rate, not 884
    stop = figures[i + 1].start if i + 1 < len(figures) else span[1]
    kind = figure_kind(q, blanked[q.end : min(stop, span[1])], blanked[span[0] : q.start])
    if kind != "count":
        return kind, q
    if i and elided_in_turn(figures, i, blanked):
        return "duration", q
    if i + 1 < len(figures) and changed_from(
        q, figures[i + 1], blanked[q.end : figures[i + 1].start]
    ):  # "doubled, from five to ten years": five years
        return "duration", replace(q, unit=figures[i + 1].unit)
    if (
        not i
        and sentence.after_duration
        and sentence.previous is not None
        and bare_small(q)
        and words_said(blanked[span[0] : span[1]]) <= _ELLIPTIC_WORDS
    ):  # a short sentence after a duration, that leaves its unit out: "Before the war
        # it was five."; its unit and its "up to" are the one before's ("… carries up
        # to twenty years. Going absent without leave can bring ten.")
        prev = sentence.previous
        hedge = prev.qualifier if prev.qualifier == "up-to" else q.qualifier
        return "duration", replace(q, unit=prev.unit, qualifier=hedge)
    label = sentence.context.row_label(q.start) if sentence.context is not None else ""
    label = label.rpartition(" | ")[0]  # the row's cells before the figure, not its header
    unit = _LABEL_UNIT.search(label.strip(" |")) if label and bare_small(q) else None
    if unit:  # "| Maximum sentence, years | 15 |": fifteen years
        return "duration", replace(q, unit=unit.group(1).lower())
    return kind, q
