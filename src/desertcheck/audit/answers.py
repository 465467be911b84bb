"""A numbered answer takes the words of the numbered question it answers.

A quiz or an FAQ asks its questions in one numbered list and answers them in another,
further down: "14. **2,535.** That is little more than half …" answers "14. … How many
did Ukrainian courts receive in the same five months?". The answer says the number and
little else; the question names what it counts and when. A sentence on a list item
numbered N, below the list it stands in, inherits the words of the item numbered N of
an earlier list that asks a question (its line holds a question mark), at the weight of
a block's context, and that question's period when its own block gives none
(:class:`Questions`, :func:`with_question`).
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


class Questions:
    """The numbered questions of a draft (list items whose line holds a question mark), by
    number, read once; :meth:`answered` finds the one a list item answers."""

    def __init__(self, text: str, line_starts: list[int]) -> None:
        self._text, self._starts = text, line_starts
        self._by_number: dict[str, list[int]] = {}
        if "?" not in text:
            return
        for k, start in enumerate(line_starts):
            m = _ITEM.match(text, start)
            if m is not None and "?" in text[start : self._end(k)]:
                self._by_number.setdefault(m.group(1), []).append(k)

    def _end(self, k: int) -> int:
        return self._starts[k + 1] - 1 if k + 1 < len(self._starts) else len(self._text)

    def answered(self, offset: int) -> Span | None:
        """The span of the question, in an earlier numbered list, that the list item at
        ``offset`` answers: the item of the same number whose line holds a question mark,
        above the list the answer stands in (a heading or a paragraph between them)."""
        if not self._by_number:
            return None
        text, starts = self._text, self._starts
        line = bisect.bisect_right(starts, offset) - 1
        m = _ITEM.match(text, starts[line])
        asked = self._by_number.get(m.group(1), []) if m is not None else []
        if not asked:
            return None
        k = line - 1  # up to the line before the answers' list: its items, their indented
        while (
            k >= 0
            and (  # lines, blank lines
                not text[starts[k] : self._end(k)].strip()
                or _ITEM.match(text, starts[k])
                or text[starts[k] : starts[k] + 1].isspace()
            )
        ):
            k -= 1
        i = bisect.bisect_right(asked, k) - 1
        if i < 0 or asked[i] < line - REACH:
            return None
        return starts[asked[i]], self._end(asked[i])


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
