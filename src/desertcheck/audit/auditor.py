"""The auditor: the registry's claims indexed once, any number of drafts checked."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from desertcheck import utf8
from desertcheck.audit import attribution, item_notes, placing, slips
from desertcheck.audit.answers import Questions, with_question
from desertcheck.audit.backrefs import with_back_references
from desertcheck.audit.broader import Broader
from desertcheck.audit.changes import before_change, changed_in
from desertcheck.audit.comparisons import COMPARED
from desertcheck.audit.context import (
    REFER_WEIGHT,
    DraftContext,
)
from desertcheck.audit.continental_sentences import decimal_note
from desertcheck.audit.convention import as_written
from desertcheck.audit.convicted import convictions_of_no_conviction
from desertcheck.audit.corrections import corrected
from desertcheck.audit.currency import other_currency
from desertcheck.audit.dated_totals import dated_total
from desertcheck.audit.declared import declared_in, speaking
from desertcheck.audit.draft_figures import read_draft
from desertcheck.audit.draft_formats import read_source
from desertcheck.audit.durations import read_kind
from desertcheck.audit.echo import Echoes, echo_verdict
from desertcheck.audit.exact_claim import own_number_kept
from desertcheck.audit.explain import explain
from desertcheck.audit.frames import framed
from desertcheck.audit.given_number import given_to_named
from desertcheck.audit.index import ClaimIndex
from desertcheck.audit.kinds import ends_in_duration, rate_in_clause
from desertcheck.audit.lexicon import user_synonyms
from desertcheck.audit.matcher import Figure, candidates, near_candidates
from desertcheck.audit.measure_veto import measure_veto
from desertcheck.audit.misgrouped import noted
from desertcheck.audit.misnamed import misnamed
from desertcheck.audit.named_slip import mismatch_by_named_slip, percent_of_a_count
from desertcheck.audit.of_them import of_them
from desertcheck.audit.other_periods import other_periods
from desertcheck.audit.other_span import rate_of_another_span
from desertcheck.audit.own_number import by_own_number
from desertcheck.audit.pictograph_items import period_window
from desertcheck.audit.po_drafts import catalogue
from desertcheck.audit.qualifiers import EMPHATIC, at_boundary
from desertcheck.audit.rate_nouns import rate_of_another_noun
from desertcheck.audit.reading import own_words
from desertcheck.audit.relative import dated, draft_date
from desertcheck.audit.row_cells import cells_window
from desertcheck.audit.scoring import figure_context
from desertcheck.audit.sentence import Sentence, figure_period
from desertcheck.audit.share_count import share_as_a_count
from desertcheck.audit.spans import one_span
from desertcheck.audit.speech import as_said
from desertcheck.audit.standing import Standing, apply
from desertcheck.audit.sums import writers_sum
from desertcheck.audit.terms import Synonyms, terms
from desertcheck.audit.told_after import told_after
from desertcheck.audit.tracked import versions
from desertcheck.audit.transposed import mismatch_by_swap
from desertcheck.audit.undated import undated_year
from desertcheck.audit.verdicts import (
    DEFAULT_MIN_SCORE,
    PERIOD_DRIFT,
    SUPPORTED,
    UNSOURCED,
    AuditItem,
    best_first,
    decide,
    in_series,
    lowest_mismatch_bar,
    superseded,
)
from desertcheck.audit.window import (
    Span,
    after_interjections,
    right_after,
    shown,
    unit_beyond,
    window,
)
from desertcheck.audit.working_days import calendar_for_working
from desertcheck.compiled import regex
from desertcheck.intervals import DEFAULT_TOLERANCE
from desertcheck.typography import in_draft, plain

if TYPE_CHECKING:
    from desertcheck.audit.periods import DraftPeriod
    from desertcheck.model import Claim
    from desertcheck.quantity import Quantity


#: The word after a figure's unit word: "около 1500 новых дел" (the parser's unit is "новых").
_NOUN_AFTER_UNIT = regex(
    r"\s*(?:[^\W\d]+\s+)?[^\W\d]+(?:-[^\W\d]+)+\s+([^\W\d]+)"  # after a compound:
    r"|\s*[^\W\d]+\s+([^\W\d]+)"  # "new refusal-to-serve cases": cases
)
#: The draft's own time, said of a figure: "desertion is now punishable by up to 10 years".
_NOW = regex(r"\b(?:now|currently|today|at\s+present|presently)\b", re.IGNORECASE)
#: "and" before a participle that shares the clause's subject: "and convicting", "and
#: were handing down" (not "and Putin's decree raised": a clause of its own)
_AND = regex(r"\band\s+(?:(?:were|was|are|is|have\s+been|had\s+been)\s+)?[a-z]+ing\b")
#: "and" or "but" right before a figure, joining it to the one before: "…, and 700-800
#: convictions", "15,000-20,000 cases a month, but only a few hundred reach court".
_AND_BEFORE = regex(r"\b(?:and|but)\s+(?:only\s+)?\Z")
#: Words that put a clause in the past: "before the law … carried five years".
_PAST = regex(
    r"\b(?:was|were|had|did|used\s+to|before|until|previously|formerly|earlier|then|once|"
    r"said|reported|wrote|carried|doubled|raised)\b",
    re.IGNORECASE,
)
#: Between two figures, words that compare the second with the first: it counts the same.
_COMPARED = regex(COMPARED, re.IGNORECASE)


def synonyms_of(table: Mapping[str, Sequence[str]]) -> Synonyms:
    """The registry's own synonyms (``[audit.synonyms]``) as the index reads them."""
    return Synonyms(user_synonyms(table))


class Auditor:
    """The registry's claims indexed for auditing drafts."""

    def __init__(
        self,
        claims: Sequence[Claim],
        *,
        tolerance: float = DEFAULT_TOLERANCE,
        min_score: float = DEFAULT_MIN_SCORE,
        standing: Mapping[str, Standing] | None = None,
        descriptions: Mapping[str, str] | None = None,
        synonyms: Mapping[str, Sequence[str]] | None = None,
        index: ClaimIndex | None = None,
        not_statistics: Sequence[str] = (),
    ) -> None:
        """``standing``: verify's word on the claims (:mod:`.standing`); ``descriptions``:
        the measures' descriptions declared in desertcheck.toml, matched as claims' words;
        ``synonyms``: the registry's own (``[audit.synonyms]``); ``index``: the claims
        already indexed with these (kept by the cache), in place of ``claims``;
        ``not_statistics``: passages whose figures are not statistics (exclusions)."""
        self.tolerance = tolerance
        self.min_score = min_score
        if index is None:
            index = ClaimIndex(claims, descriptions, synonyms_of(synonyms or {}))
        self.index = index
        self.standing = dict(standing or {})
        self._failing = frozenset(cid for cid, s in self.standing.items() if s.errors)
        self._claims = {e.claim.id: e.claim for e in index.entries}
        claims_of = [e.claim for e in index.entries]
        self.echoes = Echoes(claims_of, tolerance, min_score, self._failing)
        self.not_statistics = tuple(not_statistics)
        self.broader = Broader(index)  # "1.5 million" said of the whole

    def audit(
        self, text: str, file: str = "<draft>", language: str | None = None
    ) -> list[AuditItem]:
        """Every figure of the draft ``text`` with its verdict, in order; ``language``: the
        tag its editor declared it in (:mod:`.declared`; else its front matter's, else
        guessed).

        Each sentence is read once, and each figure is judged on its window of it
        (:mod:`desertcheck.audit.window`): the time is linear in the draft's length.
        Relative periods ("last year") are read from the draft's own date, when its first
        lines give one (:mod:`desertcheck.audit.relative`). Its typography is read plain
        first ("60<soft hyphen>000", "50&nbsp;000": :mod:`desertcheck.typography`).
        """
        with speaking(language if language is not None else declared_in(text)):
            source = read_source(file, text)  # LaTeX, an e-mail, a notebook, PDF columns
            if source is not None:  # "16{,}000" as LaTeX typesets it; PDF columns in turn
                read = plain(source.text)
                with catalogue(file, text):  # a gettext file's messages in their convention
                    items = in_draft(self._versions(read.text, file), read, source.text)
                return in_draft(items, source, text)
            read = plain(text)
            return in_draft(self._versions(read.text, file), read, text)

    def _versions(self, text: str, file: str) -> list[AuditItem]:
        with dated(draft_date(text)):
            tracked = versions(text)  # "[-2023-]{+2024+}": each figure in its own version
            if tracked is None:
                return self._audit(text, file)
            kept = self._audit(tracked.new, file)
            cut = [
                it
                for it in self._audit(tracked.old, file)
                if tracked.in_deletion(it.figure.start, it.figure.end)
            ]
            return sorted(kept + cut, key=lambda it: it.figure.start)

    def _audit(self, text: str, file: str) -> list[AuditItem]:
        read = read_draft(text, file, self.not_statistics)
        text, blanked, written, european = read.text, read.blanked, read.written, read.european
        spans, by_sentence, line_starts = read.spans, read.by_sentence, read.line_starts
        items: list[AuditItem] = []
        context = DraftContext(text, blanked)
        questions = Questions(text, line_starts)  # a quiz's or an FAQ's, numbered
        # figures left unsourced in a list or table, judged again below with what the
        # claims of the other rows measure: (item, its block, sentence, figures, i)
        pending: list[tuple[int, int, Sentence, list[Quantity], int]] = []
        measured: dict[int, set[str]] = defaultdict(set)  # block -> its claims' measures
        # per unsourced figure (by offset), the measures whose claims it was compared with
        looked_at: dict[int, set[str]] = {}
        before: tuple[Span, list[Quantity]] | None = None  # the last sentence with figures
        named: dict[Span, list[DraftPeriod]] = {}  # the periods each sentence names
        for span, all_figures in by_sentence.items():
            figures = [q for q in all_figures if not context.in_reference_column(q.start)]
            if not figures:
                continue
            after = before is not None and right_after(spans, before[0], span)
            # "…, up to three years as well —" — "Sorry?" — "desertion is up to fifteen"
            turned = before is not None and after_interjections(blanked, spans, before[0], span)
            # "some 20k … 200k!! sorry": a figure that corrects another, its qualifier
            figures = corrected(figures, blanked, span, before, after)
            surround = context.inherited(blanked, spans, span, figures[0].start)
            surround = told_after(surround, blanked, spans, span)  # "Over 50,000. That is how…"
            asked = questions.answered(span[0])  # a quiz's "14. **2,535.**"
            if asked is not None:
                surround = with_question(surround, blanked, asked)
            sentence = Sentence(self.index, blanked, span, surround)
            sentence.context = context
            named[span] = sentence.periods.found
            if surround.period is None and not sentence.periods.found:
                # "… shaded by cases as of December 2023. Darkest: Southern (nearly 22,580)."
                sentence.surround = framed(
                    surround, blanked, spans, by_sentence, span, context, named
                )
            sentence.after_duration = (
                before is not None and (after or turned) and ends_in_duration(before[1])
            )
            sentence.previous = before[1][-1] if sentence.after_duration and before else None
            for i in range(len(figures)):
                # "4,350 cases RU vs 2,553 UA": a figure compared with the one before it
                # counts what that one counts, so that one's claim names its measure
                prior = items[-1].claim if i else None
                compared = (
                    frozenset({prior.measure})
                    if prior is not None
                    and _COMPARED.search(blanked, figures[i - 1].end, figures[i].start)
                    else frozenset()
                )
                item = self._judge(
                    text, blanked, sentence, figures, i, looked_at, compared=compared, beside=prior
                )
                block = context.rows_block(figures[i].start)
                if block is not None and item.claim is not None:
                    measured[block].add(item.claim.measure)
                elif block is not None:
                    pending.append((len(items), block, sentence, figures, i))
                items.append(item)
            # as judged: a duration whose unit was elided is one for the next sentence too
            # ("… up to 15 years. Unauthorised absence, ten. Disobeying an order, three.")
            before = (span, [it.figure for it in items[-len(figures) :]])
        for k, block, sentence, figures, i in pending:
            # judged again only when the other rows name a measure it has not looked at
            siblings = frozenset(measured[block] - looked_at.get(figures[i].start, set()))
            if siblings:
                items[k] = self._judge(text, blanked, sentence, figures, i, looked_at, siblings)
        items = with_back_references(items, text, blanked, line_starts)  # "your 50,000"
        placed = [
            self._placed(
                as_said(
                    decimal_note(as_written(it, written, european), european), written, read.spoken
                ),
                file,
                line_starts,
            )
            for it in items
        ]
        placed.sort(key=lambda it: it.figure.start)
        return noted(placed, read.misread)

    @staticmethod
    def _placed(item: AuditItem, file: str, line_starts: list[int]) -> AuditItem:
        line, column = utf8.placed(line_starts, placing.number_start(item.figure))
        return replace(item, file=file, line=line, column=column)

    def _judge(
        self,
        text: str,
        blanked: str,
        sentence: Sentence,
        figures: list[Quantity],
        i: int,
        looked_at: dict[int, set[str]],
        siblings: frozenset[str] = frozenset(),
        compared: frozenset[str] = frozenset(),
        beside: Claim | None = None,
    ) -> AuditItem:
        """The verdict on ``figures[i]`` of ``sentence`` (its file and place still unset);
        ``looked_at`` gets, for a figure otherwise unsourced, the measures it was compared
        with; ``siblings``: the measures of the claims of the other rows of its list or
        table; ``compared``: the measure of the figure it is compared with, named for it;
        ``beside``: the claim of the figure before it in its sentence."""
        q = at_boundary(figures[i], blanked)
        if q.unit and unit_beyond(blanked, q, sentence.span[1]):  # "over 3,500\nAltogether"
            q = replace(q, unit=None)
        cell = sentence.context.cell_qualifier(q.start, q.end) if sentence.context else None
        if cell and q.qualifier == "exactly":  # "| Cases (approx.) |": its cells are "about"
            q = replace(q, qualifier=cell)
        # "| over 4,600 | headline: over 4,500 |": the next figure's cell is not its words
        span = cells_window(blanked, window(blanked, sentence.span, q), figures, i)
        own = own_words(blanked, *span, figures, i)
        # "4,373 convicted of it in wartime, against 257 in 2021": the figure compared with
        # the one before it counts what that one counts, so its words are the figure's too
        scored = own
        if i and _COMPARED.search(blanked, figures[i - 1].end, q.start):
            scored = (min(own[0], own_words(blanked, *span, figures, i - 1)[0]), own[1])
        inherited = sentence.surround.weights
        header = sentence.context.column_header(q.start) if sentence.context else ""
        if header:  # "| Period | Soldiers convicted |": what its column's cells count
            inherited = dict(inherited)
            for t in terms(header):
                inherited[t] = max(inherited.get(t, 0.0), REFER_WEIGHT)
        ctx = figure_context(self.index, sentence.words, span, scored, q, inherited)
        # a digest's line that opens with a pictograph: its period words are its own
        pspan, pown = period_window(blanked, span, own, q.start, q.end)
        period, period_from = figure_period(sentence, figures, i, pspan, pown)
        # "In June 2025 the courts had 18,159 on file"
        period = dated_total(period, q, blanked, sentence.span)
        kind, read = read_kind(sentence, figures, i, q, blanked, span)
        if read is not q:  # a duration that leaves its unit to another
            q = read
            ctx = figure_context(self.index, sentence.words, span, scored, q, inherited)
        was = kind == "duration" and before_change(blanked, sentence.span[0], q)
        if was:  # "in 2023 a law doubled it from five to ten years": five held until then
            period, period_from = None, ""
        elif kind == "duration":  # "raised to ten years in 2022": ten years since 2022
            period = changed_in(period, blanked[own[0] : q.start])
        if kind == "count" and sentence.context is not None:
            # "| New cases a month | around 1,000 |": a rate word in the row's label or
            # the column's header makes the cell a rate
            kind = rate_in_clause(sentence.context.row_label(q.start)) or kind
        noun = _NOUN_AFTER_UNIT.match(blanked, q.end, span[1]) if q.unit else None
        floor = lowest_mismatch_bar(self.min_score)
        bare = cell == "" and q.qualifier == "exactly"
        emphasis = EMPHATIC.search(blanked, max(0, q.start - 20), q.start)
        if emphasis and q.qualifier in ("over", "at-least"):  # "well over fifty thousand"
            q = replace(q, start=emphasis.start(), text=blanked[emphasis.start() : q.end])
        emphatic = emphasis is not None and q.qualifier in ("over", "at-least")
        noun_word = (noun.group(1) or noun.group(2)) if noun else ""
        figure = Figure(q, kind, ctx, period, noun_word, floor, bare, emphatic)
        measures = sentence.measures(span, maximum=q.qualifier == "up-to" and kind == "duration")
        measures = measures | compared if compared else measures
        fitting, others = candidates(self.index, figure, measures, self.tolerance)
        if not others and not fitting:  # the subject may be the previous sentence's
            measures = sentence.measures_with_paragraph(span)
            fitting, others = candidates(self.index, figure, measures, self.tolerance)
        rate = rate_in_clause(blanked[own[0] : q.start]) if kind == "count" else None
        # after it in its clause too: "Around 1,000 is the number of new cases … each month"
        later = rate_in_clause(blanked[q.end : own[1]]) if kind == "count" else None
        if kind == "count" and not (rate or later) and i:
            # "around 1,000 new cases a month and convicting between 700 and 800": the
            # rate of the figure before, across "and" and a verb of the same subject, is
            # this one's too
            gap = blanked[figures[i - 1].end : q.start]
            # ("… a month by spring 2025, and 700-800 convictions": "and" right before it)
            joined = _AND.search(gap) or _AND_BEFORE.search(gap)
            later = rate_in_clause(gap) if joined else None
        verdict = decide(q, fitting, others, period, self.min_score, self._failing)
        verdict = own_number_kept(q, verdict, fitting, period, self.min_score, self._failing)
        verdict = attribution.by_named_source(q, verdict, fitting, others, period, sentence, self)
        if (rate or later) and verdict[0] != SUPPORTED:  # "monthly intake … at 40,000-45,000"
            as_rate = replace(figure, kind=rate or later or kind)
            found = candidates(self.index, as_rate, measures, self.tolerance)
            tried = decide(q, *found, period, self.min_score, self._failing)
            # read as a count, unsourced: as a rate if that finds anything; else, only if
            # it supports the figure (a count's drift is no reason to read a rate)
            better = tried[0] == SUPPORTED or (
                verdict[0] == UNSOURCED and (tried[0] != UNSOURCED or not (fitting or others))
            )
            if better:
                kind, figure, (fitting, others), verdict = as_rate.kind, as_rate, found, tried
        if verdict[0] == UNSOURCED:
            # a figure of a claim's magnitude whose measure is named only weakly: by the
            # heading, the sentence before, the other rows of its list or table
            weak = (sentence.measures_weakly(span) | siblings) - measures
            if beside is not None:  # "Eastern (nearly 3,380) and Leningrad (over 3,500)"
                weak = weak | ({beside.measure} - measures)
            looked_at[q.start] = weak | measures
            seen = {c.claim.id for c in fitting + others}
            near = near_candidates(self.index, figure, weak, seen, self.tolerance, measures)
            mates = False
            if beside is not None:  # one of a series with the claim of the figure before
                near = [replace(c, series=in_series(c.claim, beside)) for c in near]
                # "18,159 of them for going AWOL and 1,100 for desertion": a claim its
                # sentence names may be the series-mate it misstates too
                others = [replace(c, series=c.near and in_series(c.claim, beside)) for c in others]
                mates = any(c.series for c in others)
            if near or mates:
                others = sorted(others + near, key=best_first)
                verdict = decide(q, fitting, others, period, self.min_score, self._failing)
        if verdict[0] == UNSOURCED:  # "5,953" for 5,593: a claim's digits, two swapped
            pool = fitting + others  # "about 24 million" for about 2.4 million: a slip
            swap = mismatch_by_swap(self.index, figure, pool, self.min_score)
            slip = swap or slips.mismatch_by_slip(self.index, figure, pool, self.min_score)
            words = blanked[sentence.span[0] : sentence.span[1]]  # "1,100 tried for desertion"
            slip = slip or mismatch_by_named_slip(figure, pool, measures, words, self.min_score)
            slip = slip or percent_of_a_count(self.index, figure, measures, self.min_score, blanked)
            slip = slip or share_as_a_count(self.index, figure, self.min_score, blanked)
            verdict = slip or verdict
        if verdict[0] == UNSOURCED:  # the claim's own sentence with another number
            verdict = echo_verdict(self.echoes, blanked, sentence.span, figure, fitting) or verdict
            # "Northvale employed 9,875 paramedics": the calls' number, given to paramedics
            verdict = given_to_named(self.index, figure, verdict, fitting, measures, self.min_score)
            verdict = slips.thousandfold(self.index, figure, verdict, self.min_score)
            verdict = rate_of_another_span(self.index, figure, verdict)  # "1,000 a week"
            named = measures | sentence.measures_weakly(span)  # "some 1,100 of them"
            verdict = of_them(q, verdict, blanked, named)
            # "By our reading, they came to 289 again in 2025": a claim's own number
            verdict = by_own_number(
                self.index, blanked, figure, verdict, fitting, self.min_score, self._failing
            )
        if verdict[0] == PERIOD_DRIFT and period_from in ("its sentence", "its clause"):
            retried = other_periods(self, sentence, span, own, figure, measures, period_from)
            if retried is not None:  # "In 2024 …, since 2022 …": another of its periods
                figure, fitting, others, agreeing = retried
                if agreeing is not None:
                    verdict, period, period_from = agreeing
        if period is None and not was and not _PAST.search(blanked, *own):
            now = _NOW.search(blanked, *own) is not None
            sound = [c for c in others if c.claim.id not in self._failing]  # evidence only
            verdict = superseded(verdict, sound, self.min_score, now=now)
        if period is None:  # "this year" in a draft with no date: one year, not known which
            verdict = undated_year(q, verdict, blanked[own[0] : own[1]])
            # "848 verdicts in a single week": one span, shorter than the claim's (said
            # after it, or before it when no figure is: "over 16,000 in a year, not 16,000")
            lo = own[0] if not i or figures[i - 1].end < own[0] else q.start
            hi = min(own[1], figures[i + 1].start) if i + 1 < len(figures) else own[1]
            verdict = one_span(q, kind, verdict, blanked[lo:hi])
        label = sentence.context.row_label(q.start).rpartition(" | ")[0] if sentence.context else ""
        verdict = convictions_of_no_conviction(q, verdict, blanked, label)  # "convicted 848"
        verdict = writers_sum(q, verdict, blanked)  # "the districts add up to 50,590"
        verdict = calendar_for_working(q, verdict, blanked, own)  # "38 a day": working days
        verdict = rate_of_another_noun(q, verdict, blanked)  # "37.9 officers" for crimes
        verdict = misnamed(  # "1,369 desertion cases": the disobedience count, misnamed
            self.index,
            self.broader,
            self.min_score,
            sentence,
            blanked,
            figures,
            i,
            q,
            own,
            figure,
            verdict,
            others,
        )
        verdict = measure_veto(
            self.index, sentence, blanked, figures, i, own, figure, verdict, fitting
        )
        verdict = other_currency(q, verdict)  # "$4.2 million" for €4.2 million
        verdict = item_notes.noted(verdict, sentence, figure, self)  # "Proekt found"
        status, listed, message = apply(verdict, self.standing, self._claims)
        chosen = listed[0] if listed and status != UNSOURCED else None
        why = explain(
            chosen,
            listed,
            self.min_score,
            self._failing,
            period,
            period_from,
            sentence.surround.parts,
            q.qualifier,
        )
        text_shown, offset = shown(text, sentence.span, span, q.start)
        return AuditItem(
            "", 0, 0, text_shown, q, offset, status, tuple(listed), message, period, why
        )
