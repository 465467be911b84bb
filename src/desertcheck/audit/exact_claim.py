"""A figure that is one claim's own number does not lose to a claim it cannot state.

"Northvale libraries welcomed 1.2 million visits in 2024, up from 987,000 the year
before": the sentence's words score the council's "more than 1.2 million visitors" higher
than the annual report's claim of 987,000 visits in 2023, and :func:`~.verdicts.decide`
makes the figure a ``mismatch`` of the claim its words name best (the rule that catches
another scope's or period's number); its "1.2 million" a ``qualifier-drift`` of the
council's, though the report states "1.2 million visits" for 2024. When a claim of the
same measure and scope has the figure's own number and qualifier, clears the full bar on
its words, and no period words of the draft are against it, that claim is the figure's:
the words cannot tell two periods of one measure apart where the draft names no period.
Another scope's number ("Moscow district: 7,780" for Leningrad's 7,780), another
measure's ("1,369 desertion cases", the count of disobedience) and a number the draft
dates otherwise ("987,000 visits in 2024") stay as they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck.audit.verdicts import MISMATCH, QUALIFIER_DRIFT, SUPPORTED, decide

if TYPE_CHECKING:
    from collections.abc import Collection

    from desertcheck.audit.periods import DraftPeriod
    from desertcheck.audit.verdicts import Candidate, Verdict
    from desertcheck.quantity import Quantity


def own_number_kept(
    q: Quantity,
    verdict: Verdict,
    fitting: list[Candidate],
    period: DraftPeriod | None,
    min_score: float,
    failing: Collection[str] = frozenset(),
) -> Verdict:
    """``verdict``, or ``supported`` by the claim whose own number ``q`` is when the
    verdict makes it a ``mismatch`` of a claim of the same measure and scope whose value
    it cannot be, or a ``qualifier-drift`` of one it states with another qualifier."""
    status, listed, _ = verdict
    wrong_value = status == MISMATCH and bool(listed) and not listed[0].fits
    if not (wrong_value or (status == QUALIFIER_DRIFT and listed)):
        return verdict
    wrong = listed[0]
    mine = (wrong.claim.measure, wrong.claim.scope)
    exact = [
        c
        for c in fitting
        if c.same
        and c.qualifier_ok
        and c.period_ok is not False
        and c.score >= min_score
        and (c.claim.measure, c.claim.scope) == mine
    ]
    if not exact:
        return verdict
    best = max(exact, key=lambda c: (c.claim.id not in failing, c.score, c.claim.id))
    kept, shown, message = decide(q, [best], [], period, min_score, failing)
    if kept != SUPPORTED:
        return verdict
    nearer = f"{wrong.claim.id} ({wrong.claim.figure}, {wrong.claim.period})"
    return kept, [*shown, wrong], f"{message}; the sentence's words are nearer {nearer}"
