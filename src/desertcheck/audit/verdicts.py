"""A figure's verdict, decided among its candidate claims, and the audit's result types.

Among fitting candidates scoring at least ``min_score`` (and within :data:`NEAR_BEST`
points of the best), the one that agrees most (qualifier, then period), then scores best,
decides: ``supported``; ``qualifier-drift`` when the draft's qualifier is not
:func:`desertcheck.intervals.compatible` with the claim's; ``period-drift`` when the
period disagrees. ``mismatch`` when no candidate fits but a claim of a measure named in
the sentence, with an agreeing period, scores at least ``min_score + MISMATCH_MARGIN`` (or
when such a claim outscores the best fitting one by that margin: the wrong district's
figure). Otherwise ``unsourced``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, TypeAlias

from desertcheck.audit.kinds import claim_kind
from desertcheck.audit.rate_bases import slipped_base
from desertcheck.codes import Code
from desertcheck.draft import as_read
from desertcheck.intervals import direction

if TYPE_CHECKING:
    from desertcheck.audit.explain import Explanation
    from desertcheck.audit.periods import DraftPeriod
    from desertcheck.model import Claim
    from desertcheck.quantity import Quantity

# The verdicts are codes of the catalogue, where their severity (and so whether they fail
# the run) is declared: drifts and mismatches are errors, unsourced a warning.
SUPPORTED: Final = Code.SUPPORTED
QUALIFIER_DRIFT: Final = Code.QUALIFIER_DRIFT
PERIOD_DRIFT: Final = Code.PERIOD_DRIFT
MISMATCH: Final = Code.MISMATCH
UNSOURCED: Final = Code.UNSOURCED
CONTESTED: Final = Code.CONTESTED
CLAIM_FAILS_VERIFY: Final = Code.CLAIM_FAILS_VERIFY
STATUSES: Final = (
    SUPPORTED,
    CONTESTED,
    QUALIFIER_DRIFT,
    PERIOD_DRIFT,
    MISMATCH,
    CLAIM_FAILS_VERIFY,
    UNSOURCED,
)

DEFAULT_MIN_SCORE: Final = 45.0
MISMATCH_MARGIN: Final = 15.0  # a mismatch must match "clearly": min_score + this
#: Value first: a figure that is a claim's own number needs this many points less context
#: (and a wrong number in a sentence naming a claim's measure this many less for mismatch).
VALUE_FIRST: Final = 15.0
#: The second of those two pieces of evidence (value and period) lowers the bar by less.
SECOND_EVIDENCE: Final = 10.0
#: How much more a claim the figure misstates must score than a fitting claim that is in
#: only by its (small) value, for the words to decide: near equals, as in a sentence that
#: names both offences, stay with the value
WORDS_OVER_VALUE: Final = 5.0
NEAR_BEST: Final = 15.0  # candidates this close to the best score may decide the verdict
MAX_CANDIDATES: Final = 3


# not frozen, never changed (:func:`dataclasses.replace` makes another): a figure is
# compared with hundreds of claims, and a frozen one takes four times as long to build
@dataclass(slots=True, unsafe_hash=True)
class Candidate:
    """A claim a figure could be stating, and how well it fits."""

    claim: Claim
    score: float
    fits: bool  # the value fits the figure
    qualifier_ok: bool
    period_ok: bool | None  # None: the draft gives no period
    same: bool = False  # the figure is the claim's own number (not a rounding of it)
    near: bool = False  # a value that does not fit, but of the claim's magnitude (matcher.near)
    dropped: bool = False  # a bare table cell for a claim's bound or hedge (Figure.bare_cell)
    #: looked up beyond the figure's magnitude or kind (a share on its other scale or past
    #: a factor of four, a rate per another span): ``mismatch`` needs the full bar
    far: bool = False
    #: a rate fitting the claim per another span: its own ("week": 700-800 a week, a month)
    per: str = ""
    #: of a series with the claim of the figure before it in its sentence (the same
    #: measure, source and period; another scope): "Eastern (nearly 3,380) and Leningrad
    #: (over 3,500)" lists the series' districts, and a near value misstates its mate
    series: bool = False

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.claim.id,
            "score": round(self.score, 1),
            "figure": self.claim.figure,
            "period": str(self.claim.period),
            "source": self.claim.source,
            "quote": _one_line(self.claim.quote),
        }


def best_first(c: Candidate) -> tuple[float, str]:
    """Sort key: the highest score first, then by claim id."""
    return (-c.score, c.claim.id)


@dataclass(frozen=True, slots=True)
class AuditItem:
    """One figure of a draft and its verdict."""

    file: str
    line: int
    column: int
    text: str  # the sentence, white space folded to single spaces
    figure: Quantity  # start/end are offsets in the draft
    figure_start: int  # the figure's offset within ``text``
    status: str
    candidates: tuple[Candidate, ...]
    message: str
    period: DraftPeriod | None = None
    explanation: Explanation | None = None
    accepted: str = ""  # why the draft accepts the verdict (:mod:`.accepting`), or ""

    @property
    def claim(self) -> Claim | None:
        """The claim the verdict is about (None for ``unsourced``)."""
        return self.candidates[0].claim if self.candidates and self.status != UNSOURCED else None

    def to_dict(self) -> dict[str, object]:
        q = self.figure
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "text": self.text,
            "value": {
                "text": as_read(q.text),
                "low": q.low,
                "high": q.high,
                "qualifier": q.qualifier,
                "unit": q.unit,
            },
            "status": self.status,
            "claims": [c.to_dict() for c in self.candidates],
            "message": self.message,
            "explanation": self.explanation.to_dict() if self.explanation else None,
            "accepted": self.accepted or None,
        }


def summarize(items: Sequence[AuditItem], files: int) -> dict[str, int]:
    """Counts for the JSON summary: files, figures, one count per status, and how many
    of them the drafts accept."""
    out = {"files": files, "figures": len(items)}
    for status in STATUSES:
        out[status] = sum(1 for it in items if it.status == status)
    out["accepted"] = sum(1 for it in items if it.accepted)
    return out


#: (status, the candidates to list with the verdict, message)
Verdict: TypeAlias = tuple[str, list[Candidate], str]


def decide(
    q: Quantity,
    fitting: list[Candidate],
    others: list[Candidate],
    period: DraftPeriod | None,
    min_score: float,
    failing: Collection[str] = frozenset(),
) -> Verdict:
    """The verdict on ``q``, from the claims whose value fits it (``fitting``) and claims of
    a measure named in its sentence whose value does not (``others``), both best first.
    Claims in ``failing`` (they fail verify) are chosen last among near equals."""
    good = [c for c in fitting if c.score >= _bar(c, min_score)]
    good.sort(key=best_first)
    if good:
        return _decide_among_good(q, good, fitting, others, period, min_score, failing)
    wrong = _misstated(others, min_score)
    if wrong is not None:
        # the draft writes another claim of that measure and scope to the letter: its own
        # ("Headline says over 4.5K; body says more than 4,600"), no misstatement
        mine = (wrong.claim.measure, wrong.claim.scope)
        for c in fitting:
            if (
                c.same
                and c.qualifier_ok
                and c.period_ok is not False
                and mine == (c.claim.measure, c.claim.scope)
            ):
                return _decide_among_good(q, [c], fitting, [], period, min_score, failing)
        return _mismatch(q, wrong, fitting + others)
    return unsourced(q, sorted(fitting + others, key=best_first)[:MAX_CANDIDATES], bool(fitting))


def unsourced(q: Quantity, listed: list[Candidate], fitting: bool) -> Verdict:
    """``unsourced``, with the closest of ``listed``; ``fitting``: a claim has the value."""
    # a claim may state the value in words that do not meet the sentence's (another
    # language, another measure): "states" would then be false
    message = (
        f"no claim states “{q.text}” in words that meet this sentence's"
        if fitting
        else f"no claim in the registry states “{q.text}”"
    )
    if listed:
        c = listed[0]
        message += f"; closest: {c.claim.id} ({c.claim.figure}, score {c.score:.0f})"
    return UNSOURCED, listed, message


def _misstated(others: list[Candidate], min_score: float) -> Candidate | None:
    """The claim a wrong figure misstates: of the claims that clear their mismatch bar,
    within :data:`NEAR_BEST` of the best of them, one whose value the figure is a slip of
    (:attr:`Candidate.near`) first, then the best score ("5,620 AWOL cases opened" is the
    5,260 cases opened misstated, not the 18,159 cases of another count)."""
    clear = [c for c in others if c.score >= _mismatch_bar(c, min_score)]
    if not clear:
        return None
    top = max(c.score for c in clear)
    near = [c for c in clear if c.score >= top - NEAR_BEST]
    # of equals, the latest statement: "desertion now carries up to 20 years" misstates
    # the maximum of 2025, not the blog's of 2023
    return min(
        near,
        key=lambda c: (not c.near, -c.score, -c.claim.period.end.toordinal(), c.claim.id),
    )


def _bar(c: Candidate, min_score: float) -> float:
    """The score a fitting candidate needs: less when it is the claim's own number, or
    when the draft's period words agree with its period (evidence beyond the words); less
    again when both hold ("С января по май … 4350 новых дел": the number and the months)."""
    if c.same and c.period_ok:
        return min_score - VALUE_FIRST - SECOND_EVIDENCE
    return min_score - VALUE_FIRST if c.same or c.period_ok else min_score


def lowest_mismatch_bar(min_score: float) -> float:
    """The lowest bar :func:`_mismatch_bar` sets: a claim of a kind other than a count
    whose period agrees with the draft's."""
    return min_score + MISMATCH_MARGIN - 3 * VALUE_FIRST


def _mismatch_bar(c: Candidate, min_score: float) -> float:
    """The score a claim of a named measure needs for ``mismatch``: it must match clearly
    (``min_score`` + :data:`MISMATCH_MARGIN`); less so when the draft's period words agree
    with its period (same thing, same time: ``min_score`` - :data:`VALUE_FIRST`), or, by
    less, when the figure is of the claim's magnitude and unit (:attr:`Candidate.near`: a
    misstated figure is seldom far from the true one, an unrelated one may be anywhere);
    the larger of the two counts, not both. Less again when the claim is of a kind other
    than a count. A claim found beyond the figure's magnitude (:attr:`Candidate.far`) gets
    no relief: a share of another whole ("a third of the whole") must not read as one; but
    a rate whose value is the claim's per another span (:attr:`Candidate.per`: "roughly
    100 a day" for roughly 100 a week) is the claim's number, its span slipped: a near
    claim's relief, and more when it is the claim's range to the letter ("700 to 800 a
    week" for 700-800 a month: two ends are seldom chance)."""
    if c.far and c.per:  # a rate (of a kind other than a count), of the claim's number;
        ranged = c.same and isinstance(c.claim.value, tuple)  # its range to the letter
        return min_score + MISMATCH_MARGIN - 2 * VALUE_FIRST - ranged * SECOND_EVIDENCE
    if c.far:
        return min_score + MISMATCH_MARGIN
    relief = 2 * VALUE_FIRST if c.period_ok else VALUE_FIRST if c.near else 0.0
    if c.near and c.series and not c.period_ok:
        relief += VALUE_FIRST
    bar = min_score + MISMATCH_MARGIN - relief
    if claim_kind(c.claim) != "count":
        # a rate, share, percentage or duration of a named measure is rarer than a count:
        # "848 verdicts, more than 40 for every working day" against 38 a working day
        bar -= VALUE_FIRST
    return bar


def _decide_among_good(
    q: Quantity,
    good: list[Candidate],
    fitting: list[Candidate],
    others: list[Candidate],
    period: DraftPeriod | None,
    min_score: float,
    failing: Collection[str],
) -> Verdict:
    """The verdict when some fitting claims (``good``) score at least ``min_score``."""
    top = good[0].score
    near = [c for c in good if c.score >= top - NEAR_BEST]
    near.sort(
        key=lambda c: (
            c.claim.id in failing,
            -(c.qualifier_ok + (c.period_ok is not False)),
            # of claims that agree as well, one stated with the draft's own qualifier:
            # "about 16,000" is the "some 16,000" claim's, more than the "over 16,000" one's
            c.claim.qualifier != q.qualifier,
            -c.score,
        )
    )
    chosen = _twin(near[0], fitting)
    best_other = others[0] if others else None
    if (
        best_other is not None
        and best_other.score >= min_score + MISMATCH_MARGIN
        and best_other.score >= top + MISMATCH_MARGIN
        # the figure is another scope's or period's of the measure it names (the wrong
        # district's); a claim of another measure whose value it is keeps it ("over 20,000
        # cases, 18,159 of them"), unless it is a small number, which many claims share
        # ("a maximum of five years" for disobeying an order is not the blog's five)
        and (best_other.claim.measure == chosen.claim.measure or q.high < SMALL_NUMBER)
    ):
        return _mismatch(q, best_other, fitting + others)
    if (
        best_other is not None
        and top < min_score  # the fitting claim is in only by its value ...
        and q.high < SMALL_NUMBER  # ... a small one, that many claims share
        and best_other.near
        and best_other.score >= top + WORDS_OVER_VALUE
        and best_other.score >= _mismatch_bar(best_other, min_score)
        and not _to_the_letter(chosen, best_other)
    ):  # the words name another claim, which the figure misstates: "his offence, leaving
        # his unit without permission, carries up to fifteen years" (AWOL's is ten)
        return _mismatch(q, best_other, fitting + others)
    rest = [c for c in fitting + others if c is not chosen]
    listed = [chosen, *rest][:MAX_CANDIDATES]
    if not chosen.qualifier_ok:
        message = _qualifier_message(q, chosen)
        return QUALIFIER_DRIFT, listed, message + _also(chosen, fitting, min_score)
    if chosen.period_ok is False:
        return PERIOD_DRIFT, listed, _period_message(q, chosen, period)
    claim = chosen.claim
    message = f"{claim.id}: “{_one_line(claim.quote)}” ({claim.source})"
    return SUPPORTED, listed, message + _also(chosen, fitting, min_score)


def _to_the_letter(chosen: Candidate, other: Candidate) -> bool:
    """Whether the figure writes ``chosen``'s own number and qualifier, with no period
    against it, and ``other`` is of the same measure and scope: words that name the one
    name the other, and the number tells them apart ("the report of June 2025 says up to
    15 years" is its own maximum, not the blog's ten of 2023 misstated)."""
    return (
        chosen.same
        and chosen.qualifier_ok
        and chosen.period_ok is not False
        and (chosen.claim.measure, chosen.claim.scope) == (other.claim.measure, other.claim.scope)
    )


def _twin(chosen: Candidate, fitting: list[Candidate]) -> Candidate:
    """``chosen``, or, when its period disagrees with the draft's, a claim of the same
    measure and scope whose own number, qualifier and period the draft gives, under the
    bar or not: "some 16,000 since 2022" is the claim "about 16,000 since 2022", not a
    drift of "over 16,000 in 2024", whichever the sentence's words meet better."""
    if chosen.period_ok is not False or not chosen.qualifier_ok:
        return chosen
    mine = (chosen.claim.measure, chosen.claim.scope)
    for c in fitting:
        if c.same and c.qualifier_ok and c.period_ok and (c.claim.measure, c.claim.scope) == mine:
            return c
    return chosen


def superseded(
    verdict: Verdict, others: list[Candidate], min_score: float, *, now: bool = False
) -> Verdict:
    """A ``supported`` verdict on a figure the draft states as true now (no period, no past
    tense) made ``contested`` when a claim of the same measure and scope, stated later
    with another value, is named by its sentence as well: "desertion is punishable by up to
    10 years", supported by a blog of 2023, where the registry's claim of 2025 says up to
    15; a ``period-drift`` when the draft says so (``now``: "is now punishable by up to 10
    years"), since the figure is then the earlier claim's, for a time that has passed.
    Running totals grow, and are left out."""
    status, listed, message = verdict
    if status != SUPPORTED or not listed or listed[0].claim.cumulative:
        return verdict
    claim = listed[0].claim
    for c in others:  # best first: none past the first under the bar
        if c.score < min_score:
            break
        o = c.claim
        if (
            o.measure == claim.measure
            and o.scope == claim.scope
            and not o.cumulative
            and o.period.start > claim.period.end
        ):
            later = f"{o.id} ({o.figure}, {o.period}, {o.source}) states the same measure later"
            if now:
                return (
                    PERIOD_DRIFT,
                    listed,
                    f"“{listed[0].claim.figure}” is {claim.id}'s, of {claim.period}, but the "
                    f"draft says it holds now, and {later}",
                )
            return CONTESTED, listed, f"{message}; but {later}, and the draft gives it no date"
    return verdict


def of_its_neighbour(
    q: Quantity, verdict: Verdict, others: list[Candidate], named: set[str], min_score: float
) -> Verdict:
    """A ``supported`` verdict made a ``mismatch`` when the figure's own words (``named``:
    the measures of the few words right after it, with a word of that measure its claim's
    lacks) name another measure than its claim's, whose claim the sentence matches clearly
    better: "military courts received 1,369
    desertion cases", where 1,369 is the count of disobedience cases and the sentence
    speaks of desertion's (1,010). A figure whose words name no measure keeps its claim: "over
    20,000 cases, 18,159 of them" is the AWOL count, a part of the whole."""
    status, listed, message = verdict
    if status != SUPPORTED or not listed or not others:
        return verdict
    chosen, other = listed[0], others[0]
    # a claim in only by its value ("the claim's own number", under the bar) loses to the
    # claim the figure's words name by less: "1,369 of desertion" is desertion's, misstated
    value_only = chosen.score < min_score
    clearly = (
        other.score >= chosen.score + WORDS_OVER_VALUE and other.score >= min_score - VALUE_FIRST
        if value_only
        else other.score >= chosen.score + MISMATCH_MARGIN
        and other.score >= _mismatch_bar(other, min_score)
    )
    if other.claim.measure in named and chosen.claim.measure not in named and clearly:
        status, listed, message = _mismatch(q, other, [*listed, *others])
        theirs = f"{chosen.claim.id}'s ({chosen.claim.measure})"
        return status, listed, f"{message}; “{q.text}” is {theirs}"
    return verdict


#: Below this, a figure's value is shared by many claims (a sentence in years, a small
#: count): being one claim's value says little against a claim the sentence names better.
SMALL_NUMBER: Final = 100


def in_series(claim: Claim, mate: Claim) -> bool:
    """Whether ``claim`` is of a series with ``mate``: another claim of the same source and
    period, and of the same measure (another district's count of the same report) or of
    the same scope and kind (a breakdown: the same courts' AWOL cases, then their desertion
    cases; not the month's verdicts and their rate a working day)."""
    if claim.id == mate.id or (claim.source, claim.period) != (mate.source, mate.period):
        return False
    if claim.measure == mate.measure:
        return True
    return claim.scope == mate.scope and claim_kind(claim) == claim_kind(mate)


def _mismatch(q: Quantity, chosen: Candidate, pool: list[Candidate]) -> Verdict:
    rest = sorted((c for c in pool if c is not chosen), key=best_first)
    claim = chosen.claim
    why = slipped_base(q, chosen) or (
        f"but “{q.text}” is {'an' if chosen.per == 'hour' else 'a'} {chosen.per}'s, where the "
        f"claim counts per {claim_kind(claim)[5:]}"
        if chosen.per
        else f"but “{q.text}” cannot be its value"
    )
    return (
        MISMATCH,
        [chosen, *rest][:MAX_CANDIDATES],
        f"the sentence matches {claim.id} ({claim.figure}, {claim.period}), {why}",
    )


#: For rules outside this module: the bar of a misstated claim, and the verdict on it.
mismatch_bar, mismatch_of = _mismatch_bar, _mismatch


def _qualifier_message(q: Quantity, c: Candidate) -> str:
    # the same qualifier is a drift only said with emphasis: "well over 50,000"
    how = (
        "overstates"
        if q.qualifier == c.claim.qualifier
        else direction(q.qualifier, c.claim.qualifier)
    )
    extra = " (the period differs too)" if c.period_ok is False else ""
    return f"“{q.text}” {how} {c.claim.id}: “{c.claim.figure}”{extra}"


def _period_message(q: Quantity, c: Candidate, period: DraftPeriod | None) -> str:
    claim = c.claim
    said = f"“{period.text}”" if period else "another period"
    cumulative = ", a running total" if claim.cumulative else ""
    return (
        f"“{q.text}” is {claim.id} ({claim.figure}), but the draft says {said} "
        f"and the claim covers {claim.period}{cumulative}"
    )


def _also(chosen: Candidate, fitting: list[Candidate], min_score: float) -> str:
    """A note when the registry also gives this figure for another period."""
    other = next(
        (
            o
            for o in fitting
            if o.claim.id != chosen.claim.id
            and o.score >= min_score
            and str(o.claim.period) != str(chosen.claim.period)
            and o.period_ok is False
        ),
        None,
    )
    if other is None:
        return ""
    return f"; the registry also has {other.claim.id} for {other.claim.period}"


def _one_line(text: str) -> str:
    return " ".join(text.split())
