"""The auditor: the registry's claims indexed once, any number of drafts checked."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desertcheck.audit.index import ClaimIndex
from desertcheck.audit.kinds import figure_kind
from desertcheck.audit.matcher import Figure, candidates
from desertcheck.audit.periods import find_periods, nearest_period
from desertcheck.audit.reading import figures_by_sentence, fold_spaces, own_words
from desertcheck.audit.scoring import figure_context
from desertcheck.audit.terms import terms
from desertcheck.audit.verdicts import DEFAULT_MIN_SCORE, AuditItem, decide
from desertcheck.draft import blank
from desertcheck.intervals import DEFAULT_TOLERANCE

if TYPE_CHECKING:
    from desertcheck.model import Claim


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
        """Every figure of the draft ``text`` with its verdict, in order."""
        blanked = blank(text)
        line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        items: list[AuditItem] = []
        for sentence, figures in figures_by_sentence(blanked, text).items():
            s_start, s_end = sentence
            sentence_blank = blanked[s_start:s_end]
            periods = find_periods(sentence_blank, s_start)
            measures = self.index.measures_named(terms(sentence_blank))
            for i, q in enumerate(figures):
                own = own_words(blanked, s_start, s_end, figures, i)
                ctx = figure_context(self.index, blanked, sentence, own, q)
                period = nearest_period(periods, q)
                kind = figure_kind(q, blanked[q.end : s_end], blanked[s_start : q.start])
                figure = Figure(q, kind, ctx, period)
                fitting, others = candidates(self.index, figure, measures, self.tolerance)
                status, listed, message = decide(q, fitting, others, period, self.min_score)
                line = bisect.bisect_right(line_starts, q.start)
                column = q.start - line_starts[line - 1] + 1
                shown, offset = fold_spaces(text[s_start:s_end], q.start - s_start)
                items.append(
                    AuditItem(
                        file,
                        line,
                        column,
                        shown,
                        q,
                        offset,
                        status,
                        tuple(listed),
                        message,
                        period,
                    )
                )
        items.sort(key=lambda it: it.figure.start)
        return items
