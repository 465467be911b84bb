"""The auditor: the registry's claims indexed once, any number of drafts checked."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from desertcheck.audit.index import ClaimIndex
from desertcheck.audit.kinds import figure_kind
from desertcheck.audit.matcher import Figure, candidates
from desertcheck.audit.periods import Periods, find_periods
from desertcheck.audit.reading import figures_by_sentence, own_words
from desertcheck.audit.scoring import figure_context
from desertcheck.audit.verdicts import DEFAULT_MIN_SCORE, AuditItem, decide
from desertcheck.audit.window import SentenceWords, Span, shown, window
from desertcheck.draft import blank
from desertcheck.intervals import DEFAULT_TOLERANCE

if TYPE_CHECKING:
    from desertcheck.model import Claim
    from desertcheck.quantity import Quantity


class _Sentence:
    """What a sentence's figures share, read once: its words, its period words, and the
    measures named in each window (one for all figures of a short sentence)."""

    def __init__(self, index: ClaimIndex, blanked: str, span: Span) -> None:
        self.span = span
        self.words = SentenceWords(blanked, span)
        self.periods = Periods(find_periods(blanked[span[0] : span[1]], span[0]))
        self._index = index
        self._measures: dict[Span, set[str]] = {}

    def measures(self, span: Span) -> set[str]:
        """The measures named in the part ``span`` of the sentence."""
        if span not in self._measures:
            self._measures[span] = self._index.measures_named(self.words.terms(*span))
        return self._measures[span]


#: The most figures audited in one draft: past this a draft is refused, not audited for
#: minutes (about half a millisecond a figure: 5,000 figures take a few seconds).
MAX_FIGURES = 5_000
#: Numbers counted before any is parsed (years, dates and references are numbers too): a
#: draft with more is refused at once, before the parser spends seconds on it.
MAX_NUMBERS = 4 * MAX_FIGURES
_NUMBER = re.compile(r"\d++")


class TooManyFigures(Exception):
    """A draft with more figures than :data:`MAX_FIGURES`; the message says how to go on."""


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
        self.index = ClaimIndex(claims)

    def audit(self, text: str, file: str = "<draft>") -> list[AuditItem]:
        """Every figure of the draft ``text`` with its verdict, in order.

        Each sentence is read once, and each figure is judged on its window of it
        (:mod:`desertcheck.audit.window`): the time is linear in the draft's length.
        """
        blanked = blank(text)
        line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        items: list[AuditItem] = []
        numbers = sum(1 for _ in itertools.islice(_NUMBER.finditer(blanked), MAX_NUMBERS + 1))
        if numbers > MAX_NUMBERS:
            raise TooManyFigures(
                f"{file}: more than {MAX_NUMBERS:,} numbers, more than audit checks in one "
                "draft; split the draft"
            )
        by_sentence = figures_by_sentence(blanked, text)
        count = sum(len(figures) for figures in by_sentence.values())
        if count > MAX_FIGURES:
            raise TooManyFigures(
                f"{file}: {count:,} figures, more than the {MAX_FIGURES:,} one audit checks; "
                "split the draft"
            )
        for span, figures in by_sentence.items():
            sentence = _Sentence(self.index, blanked, span)
            for i in range(len(figures)):
                item = self._judge(text, blanked, sentence, figures, i)
                line = bisect.bisect_right(line_starts, item.figure.start)
                column = item.figure.start - line_starts[line - 1] + 1
                items.append(replace(item, file=file, line=line, column=column))
        items.sort(key=lambda it: it.figure.start)
        return items

    def _judge(
        self, text: str, blanked: str, sentence: _Sentence, figures: list[Quantity], i: int
    ) -> AuditItem:
        """The verdict on ``figures[i]`` of ``sentence`` (its file and place still unset)."""
        q = figures[i]
        span = window(blanked, sentence.span, q)
        own = own_words(blanked, *span, figures, i)
        ctx = figure_context(self.index, sentence.words, span, own, q)
        period = sentence.periods.nearest(q, *span)
        kind = figure_kind(q, blanked[q.end : span[1]], blanked[span[0] : q.start])
        figure = Figure(q, kind, ctx, period)
        fitting, others = candidates(self.index, figure, sentence.measures(span), self.tolerance)
        status, listed, message = decide(q, fitting, others, period, self.min_score)
        text_shown, offset = shown(text, sentence.span, span, q.start)
        return AuditItem("", 0, 0, text_shown, q, offset, status, tuple(listed), message, period)
