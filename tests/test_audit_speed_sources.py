"""A measure's claims of one source, found in a table read once a run
(:mod:`desertcheck.audit.measure_sources`), are the claims the rules that compare a
figure's claim with its source's other claims went through the whole measure for; and a
figure whose ends and the claim's lie within a factor of ten of each other is near a
claim exactly when the pairwise test of a slipped scale says so."""

from __future__ import annotations

import math
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desertcheck.audit import matcher
from desertcheck.audit.index import ClaimIndex
from desertcheck.audit.magnitudes import scale_slip, separator_read
from desertcheck.audit.measure_sources import measure_sources
from desertcheck.audit.terms import slug_terms
from desertcheck.model import Claim
from desertcheck.quantity import Quantity

from .test_audit_fitting import claim, claim_values, values

MEASURES = ["desertion-cases", "awol-cases"]
SOURCES = ["mediazona", "proekt", "court-stats"]
SCOPES = ["russia", "russia-military-courts", "southern-district", "moscow"]


def _claim(value: Any, n: int, measure: str, source: str, scope: str) -> Claim:
    data = claim(value, "exactly", n).model_dump(mode="json", exclude_none=True)
    data.update(measure=measure, source=source, scope=scope)
    return Claim.model_validate(data)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            claim_values(),
            st.sampled_from(MEASURES),
            st.sampled_from(SOURCES),
            st.sampled_from(SCOPES),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_a_measures_claims_of_a_source_are_those_of_the_whole_measure(
    rows: list[tuple[Any, str, str, str]],
) -> None:
    index = ClaimIndex([_claim(v, n, m, s, sc) for n, (v, m, s, sc) in enumerate(rows)])
    for measure in {m for _, m, _, _ in rows}:
        found = measure_sources(index, measure)
        assert measure_sources(index, measure) is found  # read once
        whole = index.by_measure_value(measure, -math.inf, math.inf)
        for source in SOURCES:
            mine = [i for i in whole if index.entries[i].claim.source == source]
            assert found.of_source.get(source, []) == mine
        scopes = {index.entries[i].claim.scope for i in whole}
        for word in {w for scope in SCOPES for w in slug_terms(scope)}:
            held = sum(word in slug_terms(scope) for scope in scopes)
            assert found.held.get(word, 0) == held


def _near_pair_by_pair(q: Quantity, lo: float, hi: float) -> bool:
    """:func:`matcher.is_near` as it was, each pair of ends asked for a slipped scale."""
    if any(
        scale_slip(a, b) and not separator_read(q.text, a, b)
        for a in {q.low, q.high}
        for b in {lo, hi}
    ):
        return True
    if q.high < lo:
        if not (q.high > 0 and lo <= q.high * matcher.NEAR_FACTOR):
            return False
    elif q.low > hi and not (hi > 0 and q.low <= hi * matcher.NEAR_FACTOR):
        return False
    return any(matcher.one_slip(a, b) for a in {q.low, q.high} for b in {lo, hi})


tenfold = st.sampled_from([1.0, 9.9, 9.99, 10.0, 10.01, 100.0, 1000.0, 0.1, 0.001])


@settings(max_examples=3000, deadline=None)
@given(values, values, values, values, tenfold, st.booleans())
def test_is_near_as_asked_pair_by_pair(
    a: float, b: float, c: float, d: float, factor: float, slipped: bool
) -> None:
    low, high = min(a, b), max(a, b)
    lo, hi = min(c, d), max(c, d)
    if slipped:  # a claim's end a tenfold (or near it) of the figure's
        lo, hi = sorted((lo, low * factor))
    for text in ("x", "4.373"):
        q = Quantity(low, high, "about", None, 0, 1, text)
        assert matcher.is_near(q, lo, hi) is _near_pair_by_pair(q, lo, hi)
