"""A figure whose period words disagree with its claim, in a sentence with several: another
of them may be the figure's."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from desertcheck.audit.matcher import Figure, candidates
from desertcheck.audit.verdicts import SUPPORTED, Candidate, Verdict, decide

if TYPE_CHECKING:
    from desertcheck.audit.auditor import Auditor
    from desertcheck.audit.periods import DraftPeriod
    from desertcheck.audit.sentence import Sentence
    from desertcheck.audit.window import Span

#: Where a period read so was found, for the item's explanation.
AGREEING = "its sentence (of its period words, the one that agrees)"


def other_periods(
    auditor: Auditor,
    sentence: Sentence,
    span: Span,
    own: Span,
    figure: Figure,
    measures: set[str],
    period_from: str,
) -> (
    tuple[
        Figure,
        list[Candidate],
        list[Candidate],
        tuple[Verdict, DraftPeriod, str] | None,
    ]
    | None
):
    """For a figure whose period (read from ``period_from``: its sentence or its clause)
    disagrees with its claim: period words not of the figure's own clause, in a sentence
    with several, may be the figure's ("In 2024 …, since 2022 …"); in its own clause, a
    "since" after a date is the span of a total counted at that date ("In February 2024
    Proekt counted 4,600 convicted since the invasion").

    None when no other period was tried; else the figure and its candidates as last tried,
    and (verdict, period, where it was read) for the first period that supports it, if
    any."""
    tried_any: tuple[Figure, list[Candidate], list[Candidate]] | None = None
    q = figure.quantity
    for other in sentence.periods.found:
        if other is figure.period or not (span[0] <= other.start < span[1]):
            continue
        if period_from == "its clause" and not (
            other.kind == "since" and own[0] <= other.start < own[1]
        ):
            continue
        figure = replace(figure, period=other)
        fitting, others = candidates(auditor.index, figure, measures, auditor.tolerance)
        tried_any = (figure, fitting, others)
        tried = decide(q, fitting, others, other, auditor.min_score, auditor._failing)
        if tried[0] == SUPPORTED:
            return figure, fitting, others, (tried, other, AGREEING)
    return None if tried_any is None else (*tried_any, None)
