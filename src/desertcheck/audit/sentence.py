"""A sentence of a draft as its figures share it (:class:`Sentence`), and the period words
that apply to each of its figures (:func:`figure_period`)."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from desertcheck.audit.change_start import start_of_change
from desertcheck.audit.comparisons import base_of_change, without_records
from desertcheck.audit.context import (
    BLOCK_WEIGHT,
    PARAGRAPH_WEIGHT,
    PERIOD_ANAPHORA,
    DraftContext,
    Surround,
)
from desertcheck.audit.heading_period import heading_period
from desertcheck.audit.item_label import item_label_period
from desertcheck.audit.label_period import label_period
from desertcheck.audit.periods import DraftPeriod, Periods
from desertcheck.audit.reading import clause_of_its_own, own_words
from desertcheck.audit.relative_months import dated_periods
from desertcheck.audit.retracted import without_retracted
from desertcheck.audit.saying import said_when
from desertcheck.audit.scoring import MAXIMUM
from desertcheck.audit.table_periods import column_period
from desertcheck.audit.that_clauses import across_that_clause
from desertcheck.audit.window import SentenceWords, Span
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.index import ClaimIndex
    from desertcheck.quantity import Quantity

#: A year or time words in a clause: its period is its own, if any ("and only nine in the
#: five years before" takes no "last year" of the clause before).
_A_YEAR = regex(
    r"(?<!\d)(?:19|20)\d\d(?!\d)|\b(?:years?|months?|weeks?|before|after|earlier|later|"
    r"since|ago)\b",
    re.IGNORECASE,
)


#: Right before a figure, words that make it the one before it said again in other terms:
#: "…, or 38 per working day", "…, i.e. about 40 a day", "…, that is some 10%".
_RESTATED = regex(
    r",\s*(?:or|i\.\s?e\.,?|that\s+is,?)\s+(?:about|around|roughly|some|nearly|almost|"
    r"close\s+to|just\s+(?:over|under))?\s*\Z",
    re.IGNORECASE,
)


_COMMA_END = regex(r",\s*\Z")
#: A comma and nothing else between a period and the figure after it: the period ends an
#: item of a list written as a sentence, the figure opens the next one.
_ITEM_BREAK = regex(r"\s*,\s*")
#: A break between clauses: after one, a period opens the next clause.
_CLAUSE_BREAK = regex(r"[,;:—–]|\band\b|\bwhile\b|\bbut\b")
_ALONE = regex(r"\s+alone\b")
_AND_AFTER = regex(r",\s+and\b|;")
_OPENS_AFTER_SEMICOLON = regex(r";\s*\Z")
_HEDGED = regex(r"(?:about|around|roughly|some|nearly|almost)\b", re.IGNORECASE)
#: Right after a figure, a rate of a span said with "every", "each" or "per": "thirty-eight
#: every working day" ("28 a day" after 848 verdicts in a month is left out: a calendar
#: day's rate, which a rate per working day would make a false mismatch).
_PER_SPAN = regex(
    r"\s+(?:every|each|per)\s+(?:(?:single|working|calendar|business)\s+)?"
    r"(?:day|week|month|year)\b",
    re.IGNORECASE,
)
#: A few words to the sentence's end, none a verb ("convictions a week."; not "received
#: prison terms", nor "were convicted").
_VERBLESS_END = regex(
    r"(?:\s+(?![\w-]*ed\b|(?:is|are|was|were|has|have|had|got|get|gets)\b)[\w-]+){0,4}"
    r"\s*[.!?]?\s*\Z",
    re.IGNORECASE,
)


#: Right before a figure: it is a part of the figure before it ("…, of whom 17,721").
_PART_OF_THE_LAST = regex(
    r"(?:\bof\s+(?:whom|which|them|these|those)|\bamong\s+(?:whom|which|them|these))"
    r"\s*(?:some|about|around|nearly|almost|over|more\s+than|at\s+least)?\s*\Z",
    re.IGNORECASE,
)
#: Between two figures: the first is a part of the second ("22,580 of the 50,500 …").
_PART_OF = regex(r"\s+of\s+(?:the|all|all\s+the)?\s*\Z", re.IGNORECASE)
#: A period set off by a comma at the end of a sentence, after its last figure: "129
#: desertion trials and 31 for faking illness, in 2023." dates them all.
_COMMA_BEFORE = regex(r",\s*\Z")
_SENTENCE_END = regex(r"\s*(?:[.!?;][\"'”’»)\]]*(?:\s|\Z)|[\"'”’»)\]]*\s*\Z)")


class Sentence:
    """What a sentence's figures share, read once: its words, its period words, and the
    measures named in each window (one for all figures of a short sentence)."""

    def __init__(
        self,
        index: ClaimIndex,
        blanked: str,
        span: Span,
        surround: Surround,
    ) -> None:
        self.span = span
        self.blanked = blanked
        self.words = SentenceWords(blanked, span, index.synonyms)
        # a record's "since" ("the lowest level since 2018") dates none of its figures
        found = dated_periods(blanked[span[0] : span[1]], span[0])
        # "289 in 2024 — no, 2023": the period a speaker withdraws dates no figure
        self.periods = Periods(without_retracted(without_records(found, blanked), blanked))
        self.surround = surround
        self._inherited = [t for t, w in surround.weights.items() if w >= BLOCK_WEIGHT]
        self._paragraph = [t for t, w in surround.weights.items() if w >= PARAGRAPH_WEIGHT]
        self._index = index
        self._measures: dict[Span, set[str]] = {}
        self._maximum: dict[tuple[Span, bool], set[str]] = {}
        self._weak: tuple[Span, set[str]] | None = None
        self.context: DraftContext | None = None
        #: the last figure of the sentence before, when it ends in a duration
        self.previous: Quantity | None = None
        #: the sentence before it, in its paragraph, ends in a duration: "Desertion carries
        #: up to fifteen years. Disobeying an order, at most three."
        self.after_duration = False

    def named_before_anaphora(self) -> tuple[DraftPeriod, str] | None:
        """The period the sentence names before it says "that year" or "the same period"
        (read once a sentence), and where it was read."""
        if not hasattr(self, "_named"):
            back = PERIOD_ANAPHORA.search(self.blanked, *self.span)
            i = (
                bisect.bisect_right([p.end for p in self.periods.found], back.start())
                if back
                else 0
            )
            self._named = (
                (self.periods.found[i - 1], f"its sentence, by “{back.group()}”")
                if back and i
                else None
            )
        return self._named

    def measures(self, span: Span, maximum: bool = False) -> set[str]:
        """The measures named in the part ``span`` of the sentence, or in what it inherits
        from its table, list or the sentence it refers back to (never in headings and the
        title); with ``maximum``, for a figure "up to" one, as if it said "maximum" too
        ("Desertion now carries up to 20 years" names the maximum sentence)."""
        if maximum:
            if (span, True) not in self._maximum:
                terms = self.words.terms(*span) + self._inherited + list(MAXIMUM)
                self._maximum[span, True] = self._index.measures_named(terms)
            return self._maximum[span, True]
        if span not in self._measures:
            named = self._index.measures_named(self.words.terms(*span) + self._inherited)
            self._measures[span] = named
        return self._measures[span]

    def measures_weakly(self, span: Span) -> set[str]:
        """The measures named in the part ``span`` of the sentence with all it inherits,
        its section heading and the draft's title too (for a figure of a claim's
        magnitude only: :func:`~desertcheck.audit.matcher.near_candidates`)."""
        if self._weak is None or self._weak[0] != span:
            terms = self.words.terms(*span) + list(self.surround.weights)
            self._weak = (span, self._index.measures_named(terms))
        return self._weak[1]

    def measures_with_paragraph(self, span: Span) -> set[str]:
        """:meth:`measures`, and those named in the sentence before it in its paragraph
        (asked only when the others give a figure no claim to compare)."""
        if len(self._paragraph) == len(self._inherited):
            return self.measures(span)
        return self._index.measures_named(self.words.terms(*span) + self._paragraph)


def _within_that(sentence: Sentence, period: DraftPeriod | None, q: Quantity) -> DraftPeriod | None:
    """``period``, unless a new "that" clause opens between it and ``q``
    (:mod:`.that_clauses`): "…in 2023, and that 129 were tried … and 31 for malingering"."""
    if period is None or not across_that_clause(
        sentence.blanked, (period.start, period.end), (q.start, q.end)
    ):
        return period
    return None


def figure_period(
    sentence: Sentence, figures: list[Quantity], i: int, span: Span, own: Span
) -> tuple[DraftPeriod | None, str]:
    """The period words that apply to ``figures[i]`` and where they were read: its own
    clause first; then its sentence, but not in the next figure's own words (a period
    there is that figure's: "4,373 since the invasion, against 527 in 2021"); then what the
    sentence inherits (a table's caption, a list's lead-in, the sentence it refers
    back to). Period words after it that its comparing words make the base of its change
    ("4.1% more than a year earlier") are not its own, nor any after them."""
    q = figures[i]
    cut = _base_of_its_change(sentence, q, span[1])
    if cut is not None:
        span, own = (span[0], max(q.end, min(span[1], cut))), (own[0], max(q.end, min(own[1], cut)))
    period = _within_that(sentence, sentence.periods.nearest(q, *own), q)
    if period is not None and i and period.end <= q.start <= own[1]:
        # before it, after the figure before it: "51 people … between 2022 and 2025, and
        # at least 921 people … between 2024 and mid-2025": when its clause has period
        # words after it too, the ones before are the earlier figure's
        later = sentence.periods.nearest(q, q.end, own[1])
        if figures[i - 1].end <= period.start and later is not None and later.start >= q.end:
            period = later
        elif (
            figures[i - 1].end <= period.start
            and _ITEM_BREAK.fullmatch(sentence.blanked, period.end, q.start)
            and not _CLAUSE_BREAK.search(sentence.blanked, figures[i - 1].end, period.start)
        ):  # "… 921 people prosecuted between 2024 and mid-2025, 245 organisations …": the
            # period closes the item before (not "…, and in 2024, 13,500 were convicted")
            period = None
    if period is not None and not said_when(sentence.blanked, period, q):
        if period.end <= q.start and "|" in sentence.blanked[period.end : q.start]:
            # "| AWOL convictions, wartime (Proekt) | 2023 | 4,373 |": the row's period
            # cell dates its figure, not a period word of its label
            cell = sentence.context.cell_period(q.start) if sentence.context else None
            if cell is not None and period.end <= cell.start:
                return cell, "its table row"
        return period, "its clause"
    if i and _PART_OF_THE_LAST.search(sentence.blanked, figures[i - 1].end, q.start):
        # "20,662 men … by the end of May 2024, of whom 17,721 were convicted": a part
        # of the figure before it, of that figure's period
        whole = own_words(sentence.blanked, *span, figures, i - 1)
        found, _ = figure_period(sentence, figures, i - 1, span, whole)
        if found is not None:
            return found, "the figure it is a part of"
    final = _within_that(sentence, _sentence_final(sentence, figures, span), q)
    final = None if start_of_change(sentence.blanked, figures, i) else final  # "from £7.3m to"
    if final is not None and q.end <= final.start and not said_when(sentence.blanked, final, q):
        return final, "its sentence"
    hi = span[1]
    if i + 1 < len(figures) and not _PART_OF.match(sentence.blanked, q.end, figures[i + 1].start):
        # not in the next figure's own words, unless it is the whole this one is a part of:
        # "nearly 22,580 of the 50,500 cases recorded in 2024": its period is the part's too
        hi = own_words(sentence.blanked, *span, figures, i + 1)[0]
    period = sentence.periods.nearest(q, span[0], max(q.end, min(hi, span[1])))
    own_clause = clause_of_its_own(sentence.blanked, own) if i else None
    if own_clause is False and _A_YEAR.search(sentence.blanked, own[0], own[1]):
        own_clause = None  # a time of its own, if not its figure's period ("a decree
        # signed in late 2024 grows the armed forces to about 2.4 million"): none carried
    if period is not None and own_clause and figures[0].end <= period.start < own[0]:
        # a clause with a verb of its own: "…convicted in 2024 alone, while lawyers say
        # there are now tens of thousands": the other clause's period is not its own
        # (one that opens the sentence is all its clauses': "By spring 2025, …")
        period = None
    # "5,593 on trial in 2024, about 100 convictions a week.": a hedged figure set off by a
    # comma, with no verb after it, restates the one before it, of its period, and so does
    # a rate ("848 verdicts in March 2025, thirty-eight every working day")
    restates = bool(
        i
        and _COMMA_END.search(sentence.blanked, 0, q.start)
        and (_HEDGED.match(q.text) or _PER_SPAN.match(sentence.blanked, q.end))
        and _VERBLESS_END.match(sentence.blanked, q.end, span[1])
    )
    if (
        period is not None
        and i
        and figures[0].end <= period.start < own[0]
        and own_clause is not False
        # "848 verdicts last month alone, or 38 per working day": the same count again,
        # of the same period
        and not _RESTATED.search(sentence.blanked, figures[i - 1].end, q.start)
        and not restates
        # "…; by the end of May 2024, 20,662 defendants and 17,721 convictions": a period
        # that opens a clause after a semicolon frames that clause's figures
        and not (
            _OPENS_AFTER_SEMICOLON.search(sentence.blanked, span[0], period.start)
            and ";" not in sentence.blanked[period.end : q.start]
        )
    ):
        # after a figure before this one, in its words: "over 2,000 requests by late
        # 2023, and another group some 3,000": the period is that figure's (or the
        # one before it: "200,000 recruited since 2022, … 2.4 million, 1.5 million");
        # but an elliptical clause carries it: "5,260 cases were opened in 2023, and
        # 501 for desertion"
        before = [f for f in figures[:i] if f.end <= period.start]
        prev = before[-1]
        period = sentence.periods.nearest(prev, span[0], prev.start)
    elif restates and period is not None and figures[i - 1].end <= period.start < q.start:
        return period, "the figure it restates"
    if (
        period is not None
        and period.end <= q.start
        and _ALONE.match(sentence.blanked, period.end)
        and _AND_AFTER.search(sentence.blanked, period.end, q.start)
    ):
        # "… opened in 2024 alone, and trials of 129 men": "alone" keeps the period to the
        # figures before it, not one after a comma and "and" or a semicolon
        period = None
    period = _within_that(sentence, period, q)
    if period is not None and not said_when(sentence.blanked, period, q):
        return period, "its sentence"
    cell = sentence.context.cell_period(q.start) if sentence.context else None
    if cell is not None:  # a table row's "Period" column, or its column's year
        return cell, "its table row"
    if sentence.context is not None and sentence.context.row_label(q.start):
        label = label_period(sentence.blanked, sentence.span[0], q.start)  # "| Convicted (2024) |"
        if label is not None:
            return label, "its row's label"
        column = column_period(sentence.context, q.start)  # "| Desertions to Dec. 2024 |"
        if column is not None:
            return column, "its column's header"
    item = item_label_period(sentence.blanked, sentence.span[0])  # "- **2023** - …"
    if item is not None:
        return item, "its item's date label"
    named = sentence.named_before_anaphora()
    if named is not None:  # "in 2023, … 1,700 … that year": the year the sentence named
        return named
    if sentence.surround.period is not None:
        return sentence.surround.period, sentence.surround.period_from
    # "In the quarter …" under "# Ambulance performance, Q3 2025"
    return heading_period(sentence.blanked, sentence.span, sentence.context) or (None, "")


def _base_of_its_change(sentence: Sentence, q: Quantity, end: int) -> int | None:
    """Where the first period words after ``q`` in its sentence (up to ``end``) start, when
    they are the base of its change (:func:`.comparisons.base_of_change`); else None."""
    found = sentence.periods.found
    k = bisect.bisect_left(found, q.end, key=_start)
    if (
        k < len(found)
        and found[k].start < end
        and base_of_change(sentence.blanked, q.end, found[k])
    ):
        return found[k].start
    return None


def _start(q: Quantity | DraftPeriod) -> int:
    return q.start


def _sentence_final(sentence: Sentence, figures: list[Quantity], span: Span) -> DraftPeriod | None:
    """Period words set off by a comma after the last figure before them, that end the
    sentence ("…, in 2023."): of every figure before them with no period of its own."""
    # the figures are in the order they are written: bisected, not scanned, since every
    # figure of a sentence asks
    within = figures[
        bisect.bisect_left(figures, span[0], key=_start) : bisect.bisect_left(
            figures, span[1], key=_start
        )
    ]
    if len(within) < 2:
        return None
    period = sentence.periods.nearest(within[-1], within[-1].end, span[1])
    if period is None:
        return None
    before = [f for f in within if f.end <= period.start]
    if len(before) < 2:
        return None
    text = sentence.blanked
    if not _COMMA_BEFORE.search(text, before[-1].end, period.start):
        return None
    if not _SENTENCE_END.match(text, period.end, span[1]):
        return None
    return period
