"""A numbered answer takes the words of the numbered question it answers.

A quiz or an FAQ asks its questions in one numbered list and answers them in another,
further down: "14. **2,535.** That is little more than half …" answers "14. … How many
did Ukrainian courts receive in the same five months?". The answer says the number and
little else; the question names what it counts and when. A sentence on a list item
numbered N, below the list it stands in, inherits the words of the item numbered N of
an earlier list that asks a question (its line holds a question mark), at the weight of
a block's context, and that question's period when its own block gives none
(:func:`with_question`).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final

from desertcheck.audit.context import BLOCK_WEIGHT, Surround
from desertcheck.audit.relative_months import dated_periods
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.window import Span

#: A numbered list item: "14. …", "3) …" (its number in group 1).
_ITEM: Final = regex(r"[ \t]*(\d{1,3})[.)][ \t]+\S")
#: How many lines back the question may be.
REACH: Final = 400


def numbered_question(text: str, line_starts: list[int], offset: int) -> Span | None:
    """The span of the question, in an earlier numbered list of ``text``, that the list
    item at ``offset`` answers: the item of the same number whose line holds a question
    mark, above the list the answer stands in (a heading or a paragraph between them)."""
    line = bisect.bisect_right(line_starts, offset) - 1
    m = _ITEM.match(text, line_starts[line])
    if m is None:
        return None
    number, left = m.group(1), False
    for k in range(line - 1, max(-1, line - REACH), -1):
        start = line_starts[k]
        end = line_starts[k + 1] - 1 if k + 1 < len(line_starts) else len(text)
        row = text[start:end]
        item = _ITEM.match(row)
        if not left:  # still in the answers' list: its items, their indented lines
            left = bool(row.strip()) and item is None and not row[:1].isspace()
            continue
        if item is not None and item.group(1) == number and "?" in row:
            return start, end
    return None


def with_question(surround: Surround, blanked: str, question: Span) -> Surround:
    """``surround`` with the words of ``question`` (a span of ``blanked``) at
    :data:`BLOCK_WEIGHT`, and its period when ``surround`` has none."""
    out = Surround(dict(surround.weights), surround.period, surround.period_from)
    text = blanked[question[0] : question[1]]
    out.add(text, BLOCK_WEIGHT)
    out.parts = (*surround.parts, "the numbered question it answers")
    if out.period is None:
        found = dated_periods(text, question[0])
        if found:
            out.period, out.period_from = found[-1], "the numbered question it answers"
    return out
