"""A figure given of the measure its own clause names, not of the claim its number meets.

Two sources may set a number for two measures of one scope: one report gives the maximum
for desertion before a law as five years, another the maximum for disobedience as three.
A draft that writes "disobeying an order carries up to five years" states neither: five
meets the desertion claim by its number alone, but the clause names disobedience, whose
claim it misstates (:func:`named_measure_mismatch`).

The reading is of the measures' words in the figure's own clause, as
:mod:`.neighbours` reads them for two counts of one source:

* the clause names the other measure and says every word of it that the chosen claim's
  measure lacks ("disobedience" against the desertion maximum);
* the clause says no word of the chosen claim's measure that the other lacks: "the
  punishment for desertion, refusal to fight, disobedience or surrender was five years"
  names desertion too, and keeps its claim;
* the other claim is a duration of the same scope and unit (the criminal code's maxima,
  in years), of any source or period.

A maximum of no claim's number ("a deserter now risks up to twenty years"), whose clause
tells one measure of a duration apart from every other, is that measure's claim misstated
too, the latest of its claims when the draft gives no period (:func:`named_maximum`); a
sentence handed down ("sentenced to six years") is no maximum, and stays ``unsourced``.
A table cell's clause holds its row's label ("| 332 (disobedience) | … | 5 years |").

It is read only of a duration (a sentence, a term): a count's measure words name what
is counted, and a count of one measure is often said beside another's ("5,260 cases,
501 of them for desertion"), which :mod:`.neighbours` reads with the source's layout.
"""

from __future__ import annotations

import weakref
from collections import defaultdict
from typing import TYPE_CHECKING

from desertcheck.audit.scoring import context_score
from desertcheck.audit.verdicts import (
    CONTESTED,
    SUPPORTED,
    UNSOURCED,
    Candidate,
    Verdict,
    mismatch_of,
)
from desertcheck.figures import same_value

if TYPE_CHECKING:
    from desertcheck.audit.index import ClaimIndex
    from desertcheck.audit.matcher import Figure
    from desertcheck.model import Claim
    from desertcheck.quantity import Quantity


#: Each index's claims of a duration by measure: read the first time a figure asks.
_DURATIONS: weakref.WeakKeyDictionary[ClaimIndex, dict[str, list[int]]] = (
    weakref.WeakKeyDictionary()
)


def _durations(index: ClaimIndex) -> dict[str, list[int]]:
    """The index's claims of a duration, by measure."""
    if index not in _DURATIONS:
        found: dict[str, list[int]] = defaultdict(list)
        for i, e in enumerate(index.entries):
            if e.kind == "duration":
                found[e.claim.measure].append(i)
        _DURATIONS[index] = found
    return _DURATIONS[index]


def named_measure(
    index: ClaimIndex, figure: Figure, verdict: Verdict, clause: list[str]
) -> Verdict:
    """``verdict`` on a duration, read again by the measure its own ``clause`` (its words'
    stems, with its table row's) names: :func:`named_measure_mismatch` of a ``supported``
    or ``contested`` one, :func:`named_maximum` of an ``unsourced`` one."""
    if figure.kind != "duration":
        return verdict
    if verdict[0] == UNSOURCED:
        return named_maximum(index, figure, verdict, clause)
    return named_measure_mismatch(index, figure, verdict, clause)


def named_measure_mismatch(
    index: ClaimIndex, figure: Figure, verdict: Verdict, clause: list[str]
) -> Verdict:
    """``verdict`` (``supported``, or ``contested`` by a later claim of its measure) made a
    ``mismatch`` of the claim of the measure the figure's own ``clause`` names in place of
    the chosen claim's, when its value does not fit; ``verdict`` itself otherwise (see the
    module's docstring)."""
    status, listed, _ = verdict
    if status not in (SUPPORTED, CONTESTED) or not listed:
        return verdict
    chosen = listed[0].claim
    q = figure.quantity
    found: list[Candidate] = []
    for measure, ids in _durations(index).items():
        if measure == chosen.measure:
            continue
        if not index.says_all_apart(clause, measure, chosen.measure):
            continue
        if index.tells_apart(clause, chosen.measure, measure):
            continue  # the chosen claim's own measure is named too
        for i in ids:
            claim = index.entries[i].claim
            if claim.scope != chosen.scope or claim.unit != chosen.unit:
                continue
            if _states(claim, q):
                return verdict  # the named measure's claim states it: not this rule's
            score = context_score(index, i, figure.ctx)
            found.append(Candidate(claim, score, False, False, figure.period_agrees(claim)))
    if not found:
        return verdict
    other = max(found, key=lambda c: (c.score, c.claim.id))
    status, rest, message = mismatch_of(q, other, [*listed, *found])
    return status, rest, f"{message}; “{q.text}” is {chosen.id}'s ({chosen.measure})"


def named_maximum(
    index: ClaimIndex, figure: Figure, verdict: Verdict, clause: list[str]
) -> Verdict:
    """``verdict`` (``unsourced``) on a maximum ("up to twenty years") made a ``mismatch``
    of the claim of the one measure of a duration its ``clause`` tells apart from every
    other ("deserter": the desertion maximum), the latest of them when the draft gives no
    period; ``verdict`` itself when the clause names none or several, or one of the
    measure's claims states the figure."""
    q = figure.quantity
    if q.qualifier != "up-to":
        return verdict
    durations = _durations(index)
    named = [
        m for m in durations if all(index.tells_apart(clause, m, o) for o in durations if o != m)
    ]
    if len(named) != 1:
        return verdict
    found: list[Candidate] = []
    for i in durations[named[0]]:
        claim = index.entries[i].claim
        if _states(claim, q):
            return verdict
        score = context_score(index, i, figure.ctx)
        found.append(Candidate(claim, score, False, False, figure.period_agrees(claim)))
    latest = max(found, key=lambda c: (c.period_ok is not False, c.claim.period.end, c.claim.id))
    return mismatch_of(q, latest, [*verdict[1], *found])


def _states(claim: Claim, q: Quantity) -> bool:
    """Whether ``claim``'s value (an end of it) is ``q``'s number."""
    value = claim.value
    ends = value if isinstance(value, tuple) else (value, value)
    return any(same_value(v, x) for v in ends for x in (q.low, q.high))
