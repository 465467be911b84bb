"""The candidate claims for a draft's figure.

A figure looks up the claims of its kind whose written value lies in a narrow window around
its own and keeps those whose value *fits*: the same number at the precision the registry
writes it (:func:`desertcheck.figures.same_value`), or a claim interval inside the draft's
interval (``about 50,000`` fits ``50,500``; ``over 50,000`` fits ``50,500``). For
``mismatch`` it also looks, per measure named in the sentence, at claims whose value is
within a factor of :data:`MISMATCH_FACTOR`; a percentage or share, on the whole of its scale
(a share has no magnitude to be confused by: "two per cent" of the troops deployed is not
the almost 10% of them), and on the other scale too ("one in five" against a claim in per
cent); a rate, against the same measure's rates per another span of time too ("700 to 800
a week" where the claim counts 700-800 a month); on another base, :mod:`.rate_bases`.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import TYPE_CHECKING, Final

from desertcheck.audit.agreeing import agreeing
from desertcheck.audit.fitting import digits as _digits
from desertcheck.audit.fitting import fit as _fit
from desertcheck.audit.fitting import range_end as _range_end
from desertcheck.audit.fitting import too_precise as _too_precise
from desertcheck.audit.magnitudes import scale_slip, separator_read, slipped_windows
from desertcheck.audit.precision import fit_reach
from desertcheck.audit.precision import hedge_slack as hedge_slack
from desertcheck.audit.precision import written_step as written_step
from desertcheck.audit.qualifiers import LOWER_BOUNDS, TABLE_DROPS, qualifier_fits
from desertcheck.audit.range_ends import at_range_end, other_range
from desertcheck.audit.rate_bases import other_bases
from desertcheck.audit.scoring import scorer, value_evidence
from desertcheck.audit.terms import terms
from desertcheck.audit.transposed import as_near
from desertcheck.audit.verdicts import Candidate
from desertcheck.audit.word_shares import of_named_measures
from desertcheck.intervals import Interval, compatible, interval

if TYPE_CHECKING:
    from desertcheck.audit.index import ClaimIndex
    from desertcheck.audit.periods import DraftPeriod
    from desertcheck.audit.scoring import Context
    from desertcheck.model import Claim
    from desertcheck.quantity import Quantity

MISMATCH_FACTOR: Final = 4.0
#: A figure "of a claim's magnitude": within this factor of its value (or range). A
#: misstated figure is most often a neighbour of the true one: a slip of a digit, digits
#: transposed, another district's or month's number, a bound turned into a value.
NEAR_FACTOR: Final = 1.5
#: The whole scale of a percentage and of a share, on which a claim of a named measure is
#: looked up for ``mismatch``.
_WHOLE_SCALE: Final = {"percent": 100.0, "share": 1.0}
#: Positive numbers all within this factor of each other: no two are ten times apart (the
#: least factor of :func:`~desertcheck.audit.magnitudes.scale_slip`, read to a billionth),
#: so none is another's scale slipped, and that is not asked pair by pair.
_NO_SLIP: Final = 9.9


@dataclass(frozen=True, slots=True)
class Figure:
    """A draft's figure as candidates are matched to it: the quantity, its kind, its
    sentence's words (``ctx``) and the period words that apply to it."""

    quantity: Quantity
    kind: str
    ctx: Context
    period: DraftPeriod | None
    noun: str = ""  # the word after its unit word: "новых дел", "new cases"
    #: the lowest score a claim of a named measure could need for ``mismatch``
    #: (:func:`desertcheck.audit.verdicts.lowest_mismatch_bar`): below it, whether the
    #: figure misstates the claim does not matter, and is not asked
    floor: float = 0.0
    #: a table cell with no qualifier in it, its row or its column's header: it may state
    #: a claim given as a lower bound or hedged ("over 3,050", "nearly 22,580"), whose
    #: qualifier the table drops
    bare_cell: bool = False
    #: a lower bound said with emphasis ("well over 50,000", "far more than"): more than
    #: the claim's own "over 50,000" says, a drift of its qualifier
    emphatic: bool = False

    def period_agrees(self, claim: Claim) -> bool | None:
        """Whether ``claim``'s period agrees with the draft's (None: the draft gives none)."""
        return None if self.period is None else self.period.agrees(claim)


def candidates(
    index: ClaimIndex, figure: Figure, measures: set[str], tolerance: float
) -> tuple[list[Candidate], list[Candidate]]:
    """(fitting, others), best first: the claims whose value fits the figure, and claims of
    the ``measures`` its sentence names whose value does not (its kind, no other period)."""
    seen: set[int] = set()
    loose: list[Candidate] = []
    fitting = _fitting(index, figure, tolerance, seen, loose)
    other_scale = _on_other_scale(figure)
    if other_scale is not None:
        fitting += _fitting(index, other_scale, tolerance, seen, loose)
    others = loose + _of_named_measures(index, figure, measures, seen, tolerance)
    others += _beyond_magnitude(index, figure, other_scale, measures, seen, tolerance)
    fitting, others = other_bases(index, figure, tolerance, seen, (fitting, others), _fitting)
    fitting = of_named_measures(figure, fitting)  # "two-thirds" of what its words name
    _best_first(fitting)
    _best_first(others)
    return fitting, others


_BY_ID: Final = attrgetter("claim.id")
_BY_SCORE: Final = attrgetter("score")


def _best_first(found: list[Candidate]) -> None:
    """Sort ``found`` as by :func:`~desertcheck.audit.verdicts.best_first`, in two stable
    sorts whose keys are read in C: by claim id, then by score, the highest first."""
    found.sort(key=_BY_ID)
    found.sort(key=_BY_SCORE, reverse=True)


def _fitting(
    index: ClaimIndex, figure: Figure, tolerance: float, seen: set[int], loose: list[Candidate]
) -> list[Candidate]:
    """The claims of the figure's kind whose value fits it; their entries join ``seen``.
    ``loose`` gets those a hedged figure would fit at the tolerance but not at its written
    precision (:func:`hedge_slack`: "about 4,700" for 4,350), as claims it may misstate."""
    q, t = figure.quantity, tolerance
    lo, hi = q.low, q.high
    mine = interval(q.value, q.qualifier, t)
    window = (min(lo * (1 - t), lo * (1 + t)), max(hi * (1 - t), hi * (1 + t)))
    fitting: list[Candidate] = []
    reach = fit_reach(q, t)
    agrees = agreeing(figure.period)
    score_of = scorer(index, figure.ctx)
    found = index.by_value(figure.kind, *window, within=_may_fit(q, mine, t))
    for i in index.within_reach(figure.kind, found, window, reach, lo):
        e = index.entries[i]
        claim = e.claim
        if (
            reach is not None
            and claim.qualifier in reach
            and abs(e.low - lo) > reach[claim.qualifier]
            and e.low == e.high
        ):
            continue  # cheaply: too far for its qualifier to fit or be too precise
        fits, same = _fit(q, mine, claim, tolerance)
        if not fits:
            if _too_precise(q, mine, claim, tolerance) or at_range_end(q, claim):
                seen.add(i)
                p_ok = agrees(claim)
                loose.append(Candidate(claim, score_of(i), False, False, p_ok, near=True))
            continue
        seen.add(i)
        q_ok = (
            (
                qualifier_fits(q.qualifier, e.claim)
                or compatible(q.qualifier, e.claim.qualifier)
                or _range_end(q, e.claim)
            )
            if same
            else True
        )
        dropped = same and not q_ok and figure.bare_cell and e.claim.qualifier in TABLE_DROPS
        if same and figure.emphatic and e.claim.qualifier in LOWER_BOUNDS:
            q_ok = False
        score = score_of(i)
        if same:
            score += value_evidence(q, figure.kind)
        p_ok = agrees(e.claim)
        candidate = Candidate(e.claim, min(100.0, score), True, q_ok or dropped, p_ok, same)
        fitting.append(replace(candidate, dropped=True) if dropped else candidate)
    return fitting


def _may_fit(q: Quantity, mine: Interval, tolerance: float) -> list[tuple[float, float]] | None:
    """Ranges of values outside which no claim can fit ``q`` (:func:`_fit`), each a little
    wider against rounding: its own number, at the precision a claim writes (half a unit at
    most), at either end; and for one number, ``mine``, its interval: an exact claim in it,
    and a bound that the figure's implies (:func:`_weaker_bound`: "over" reaches to
    infinity, "up to" to zero). None: no narrower than the window."""
    if not (0 < tolerance < 1 and math.isfinite(q.low) and math.isfinite(q.high)):
        return None
    near = 0.5 + 1e-9  # :func:`desertcheck.figures.same_value`: half a unit, at most 0.5
    parts = [(q.low - near, q.low + near), (q.high - near, q.high + near)]
    if q.low == q.high or (q.qualifier == "between" and q.high - q.low <= 2 * tolerance * q.high):
        parts.append((mine.low, mine.high))  # a narrow range: a claim's value inside it
    return [_wider(min(a, b), max(a, b)) for a, b in parts]


def _wider(a: float, b: float) -> tuple[float, float]:
    return a - abs(a) * 1e-9 - 1e-9, b + abs(b) * 1e-9 + 1e-9


def _on_other_scale(figure: Figure) -> Figure | None:
    """A share as a percentage ("a tenth" is 10%), a percentage as a share: one scale."""
    q = figure.quantity
    if figure.kind == "share" and q.high <= 1:
        scaled = replace(q, low=q.low * 100, high=q.high * 100, unit="percent")
        return replace(figure, quantity=scaled, kind="percent")
    if figure.kind == "percent" and q.high <= 100:
        scaled = replace(q, low=q.low / 100, high=q.high / 100, unit="share")
        return replace(figure, quantity=scaled, kind="share")
    return None


_RATES: Final = ("rate-hour", "rate-day", "rate-week", "rate-month")


def _beyond_magnitude(
    index: ClaimIndex,
    figure: Figure,
    other_scale: Figure | None,
    measures: set[str],
    seen: set[int],
    tolerance: float,
) -> list[Candidate]:
    """Claims of the named ``measures`` a figure may misstate beyond its magnitude, as
    :attr:`Candidate.far` (they need the full bar for ``mismatch``): a share on its other
    scale (``one in five`` against a claim in per cent), and a rate whose value fits a
    claim's per another span of time ("700 to 800 convictions a week" against 700-800
    a month), of a named measure or of the unit its sentence says (convictions)."""
    if other_scale is not None and measures:
        found = _of_named_measures(index, other_scale, measures, seen, tolerance)
        return [replace(c, far=True, near=False) for c in found]
    if figure.kind not in _RATES:
        return []
    out: list[Candidate] = []
    said = set(terms(figure.quantity.unit)) if figure.quantity.unit else set()
    if not (measures or said):
        return out
    span = figure.kind[5:]  # "rate-week": week
    for kind in _RATES:
        if kind != figure.kind:
            fitting = _fitting(index, replace(figure, kind=kind), tolerance, seen, [])
            out += [
                replace(c, fits=False, qualifier_ok=False, far=True, per=span)
                for c in fitting
                if c.claim.measure in measures
                or not said.isdisjoint(terms(c.claim.unit.replace("-", " ")))
            ]
    return out


def _of_named_measures(
    index: ClaimIndex, figure: Figure, measures: set[str], seen: set[int], tolerance: float
) -> list[Candidate]:
    """Claims of ``measures`` not in ``seen``, of the figure's kind, within a factor of
    :data:`MISMATCH_FACTOR` of its value (a percentage or share, when its measure has none
    there: anywhere on its scale, :attr:`Candidate.far`), whose period does not disagree."""
    lo, hi = figure.quantity.low / MISMATCH_FACTOR, figure.quantity.high * MISMATCH_FACTOR
    whole = _WHOLE_SCALE.get(figure.kind)
    q_low, q_high = figure.quantity.low, figure.quantity.high * NEAR_FACTOR
    others: list[Candidate] = []
    kind, floor, entries = figure.kind, figure.floor, index.entries
    period = figure.period
    said = None if period is None else period.said()  # what agrees reads
    p_ok = None if period is None else True  # of a claim not passed over
    score_of = scorer(index, figure.ctx)
    for m in measures:
        found = index.by_measure_kind_value(m, kind, lo, hi)
        if whole is not None and not found:
            # a share has no magnitude to be confused by: none of its own, anywhere
            found = index.by_measure_kind_value(m, kind, 0.0, whole)
        if period is not None:  # the others are passed over: their period disagrees
            allowed = index.agreeing(m, kind, agreeing(period), said)
            found = [i for i in found if i in allowed]
        for i in found:
            if i in seen:
                continue
            seen.add(i)
            e = entries[i]
            score = score_of(i)
            # of its magnitude (cheaply first: most claims in the window are not)
            near = score >= floor and e.low <= q_high and q_low <= e.high * NEAR_FACTOR
            near = near and misstates(index, i, figure, tolerance)
            far = e.high < lo or e.low > hi
            others.append(Candidate(e.claim, score, False, False, p_ok, False, near, False, far))
    return others


def near_candidates(
    index: ClaimIndex,
    figure: Figure,
    measures: set[str],
    exclude: set[str],
    tolerance: float,
    named: Collection[str] = (),
) -> list[Candidate]:
    """Claims a figure with no claim of its own may misstate (:func:`is_near` it, of its
    kind and unit, with no disagreeing period), not in ``exclude``: those of ``measures``
    (named only weakly: by a heading, the sentence before, the list or table's other
    rows), and any whose unit words the figure's sentence says ("about 1,500 new cases
    every month"; "the Central military district followed with nearly 14,800 cases", where
    the district names the claim and no word its measure: the bar for ``mismatch`` still
    asks its words to match the claim's); and of those and the measures the sentence
    ``named``, one with its scale slipped (:mod:`.magnitudes`: "some 20,000" for about
    200,000; of a measure the sentence names, a hundred or a thousand times too)."""
    q = figure.quantity
    lo, hi = q.low / NEAR_FACTOR, q.high * NEAR_FACTOR
    found = {i for m in measures for i in index.by_measure_value(m, lo, hi)}
    for m in {*measures, *named}:  # "some 20,000" for 200,000; "2 million" for thousand
        for w in slipped_windows(q.low, q.high, named=m in named):
            found.update(index.by_measure_value(m, *w))
    said = figure.ctx.scored_set  # the sentence's own words
    if said:
        windows = [(lo, hi)] + [_wider(q.low * f, q.high * f) for f in (10.0, 0.1)]
        found.update(
            i
            for w in windows
            for i in index.by_value(figure.kind, *w)
            if not index.entries[i].unit.isdisjoint(said)
        )
    out: list[Candidate] = []
    for i in sorted(found):
        e = index.entries[i]
        if e.claim.id in exclude or e.kind != figure.kind:
            continue
        near = as_near(index, i, figure) if misstates(index, i, figure, tolerance) else None
        if near is not None:
            out.append(near)
    return out


def misstates(index: ClaimIndex, i: int, figure: Figure, tolerance: float) -> bool:
    """Whether ``figure`` reads as claim ``i``'s value misstated: :func:`is_near` it, of its unit
    (:meth:`~desertcheck.audit.index.ClaimIndex.unit_agrees`), and clearly another value:
    outside the claim's range ("almost 900" is within "200 to 900 a month"), and, for a
    round figure (two significant digits at most), outside the claim's own hedge ("almost
    900" is not clearly another figure than "about 1,000", 900 to 1,100 at the tolerance;
    "about 1,500" is). A precise figure one slip from a hedged claim's is misstated:
    "nearly 7,870" for nearly 7,780."""
    e, q = index.entries[i], figure.quantity
    if not (is_near(q, e.low, e.high) and index.unit_agrees(i, q, figure.noun)):
        return False
    claim = e.claim
    round_ = len(_digits(q.low)) <= 2 and len(_digits(q.high)) <= 2
    theirs = _reach(claim.value, claim.qualifier, tolerance, round_)
    mine = _reach(q.value, q.qualifier, tolerance, round_)
    return mine.high < theirs.low or theirs.high < mine.low or other_range(q, claim)


def _reach(
    value: float | tuple[float, float], qualifier: str, tolerance: float, hedged: bool
) -> Interval:
    """The values a figure may stand for, to tell a misstatement: a range's, a hedge's
    (``about``, ``nearly``) when ``hedged``, else the number itself (a bound's too: "over
    3,500" is not "over 3,050")."""
    if isinstance(value, tuple):
        return interval(value, qualifier, tolerance)
    if hedged and qualifier in ("about", "nearly"):
        # read at the precision it is written in: "about 1,100" is not 1,010
        slack = hedge_slack(float(value), tolerance)
        top = float(value) + slack if qualifier == "about" else float(value)
        return Interval(float(value) - slack, top)
    return Interval(float(value), float(value))


def is_near(q: Quantity, lo: float, hi: float) -> bool:
    """Whether ``q`` could be a claim's value ``lo``..``hi`` misstated: a figure of its
    magnitude (their intervals overlap, or the gap between them is within a factor of
    :data:`NEAR_FACTOR`) whose digits are one slip from the claim's (:func:`one_slip`):
    "5,620" for 5,260, "48 a working day" for 38, "1.6 million" for 1.5 million, "about
    1,500" for about 1,000; not "6,000" for 4,373 (another number, not a slip of it) nor
    "some 4,000" for 2,000 (another magnitude)."""
    least, most = min(q.low, q.high, lo, hi), max(q.low, q.high, lo, hi)
    if not (least > 0 and most < _NO_SLIP * least) and any(  # (none ten times another)
        scale_slip(a, b) and not separator_read(q.text, a, b)
        for a in {q.low, q.high}
        for b in {lo, hi}
    ):
        return True  # a zero or scale word slipped: "some 20,000" for about 200,000
    if q.high < lo:
        if not (q.high > 0 and lo <= q.high * NEAR_FACTOR):
            return False
    elif q.low > hi and not (hi > 0 and q.low <= hi * NEAR_FACTOR):
        return False
    return any(one_slip(a, b) for a in {q.low, q.high} for b in {lo, hi})


def one_slip(a: float, b: float) -> bool:
    """Whether the significant digits of ``a`` and ``b`` are at most one slip apart: a digit
    changed, added or dropped, or two neighbours swapped (5,620 and 5,260; 3,830 and 3,380;
    48 and 38; 3,500 and 3,050)."""
    x, y = _digits(a), _digits(b)
    if x == y:
        return True
    if len(x) == len(y):
        diff = [i for i in range(len(x)) if x[i] != y[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and x[diff[0]] == y[diff[1]]
            and x[diff[1]] == y[diff[0]]
        )
    if abs(len(x) - len(y)) != 1:
        return False
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
