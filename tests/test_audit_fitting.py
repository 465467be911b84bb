"""The claims a figure may fit are looked up in narrow ranges of values, not the whole
window around it (audit.matcher._may_fit, ClaimIndex.by_value's ``within``): no claim
that fits is left out, and the claims come in the same order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desertcheck.audit import matcher
from desertcheck.audit.index import ClaimIndex
from desertcheck.intervals import interval
from desertcheck.model import Claim
from desertcheck.quantity import Quantity

from .test_audit import DRAFTS, auditor

DATA = Path(__file__).parent / "data"
BASES = [0, 1, 2, 3, 7, 10, 30, 38, 48, 100, 950, 1000, 4373, 5620, 50000, 1.5e6]
NUDGES = [1, 0.85, 0.9, 0.95, 1.05, 1.1, 1.111, 1 / 0.9]
values = st.one_of(
    st.builds(lambda b, n: b * n, st.sampled_from(BASES), st.sampled_from(NUDGES)),
    st.builds(lambda b, d: b + d, st.sampled_from(BASES), st.sampled_from([-0.5, -0.4, 0.4, 0.5])),
    st.sampled_from([0.667, 2.4, 30.5, 0.15, -3.0, -10.0]),
)
QUALIFIERS = ["exactly", "about", "over", "at-least", "nearly", "up-to"]


def claim(value: float | tuple[float, float], qualifier: str, n: int = 0) -> Claim:
    return Claim.model_validate(
        {
            "id": f"c-{n}",
            "statement": "A statement.",
            "value": value,
            "qualifier": "between" if isinstance(value, tuple) else qualifier,
            "unit": "cases",
            "measure": "cases",
            "scope": "army",
            "period": "2024",
            "source": "alpha",
            "quote": "a quote",
        }
    )


def figure(low: float, high: float, qualifier: str) -> Quantity:
    return Quantity(low, high, qualifier, None, 0, 1, "x")


def claim_values() -> Any:
    ranges = st.tuples(values, values).map(lambda p: (min(p), max(p)))
    return st.one_of(values, ranges)


def _window(q: Quantity, t: float) -> tuple[float, float]:
    lo, hi = q.low, q.high  # as matcher._fitting makes it
    return min(lo * (1 - t), lo * (1 + t)), max(hi * (1 - t), hi * (1 + t))


def _in(v: float, parts: list[tuple[float, float]]) -> bool:
    return any(a <= v <= b for a, b in parts)


@settings(max_examples=3000, deadline=None)
@given(
    claim_values(),
    st.sampled_from(QUALIFIERS),
    st.one_of(values.map(lambda v: (v, v)), st.tuples(values, values)),  # one number, or two
    st.sampled_from([*QUALIFIERS, "between"]),
    st.sampled_from([0.05, 0.1, 0.25]),
)
def test_every_claim_that_fits_has_a_value_in_a_range_looked_up(
    value: Any, qualifier: str, ends: tuple[float, float], q_qualifier: str, t: float
) -> None:
    c = claim(value, qualifier)
    q = figure(min(ends), max(ends), q_qualifier)
    mine = interval(q.value, q.qualifier, t)
    fits, _ = matcher._fit(q, mine, c, t)
    lo, hi = _window(q, t)
    ends = {c.low, c.high}
    parts = matcher._may_fit(q, mine, t)
    if fits and parts is not None and any(lo <= v <= hi for v in ends):
        assert any(_in(v, parts) for v in ends)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(claim_values(), min_size=1, max_size=25),
    values,
    st.lists(st.tuples(values, values), max_size=3),
)
def test_the_claims_in_the_ranges_come_in_the_windows_order(
    claim_list: list[Any], centre: float, ranges: list[tuple[float, float]]
) -> None:
    index = ClaimIndex([claim(v, "exactly", n) for n, v in enumerate(claim_list)])
    lo, hi = sorted((centre * 0.5, centre * 1.5))
    parts = [(min(a, b), max(a, b)) for a, b in ranges]
    whole = index.by_value("count", lo, hi)
    expected = [
        i for i in whole if _in(index.entries[i].low, parts) or _in(index.entries[i].high, parts)
    ]
    assert index.by_value("count", lo, hi, within=parts) == expected


def test_every_draft_gets_the_same_verdicts_without_the_narrow_look_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    drafts = sorted([*DRAFTS.glob("*.md"), *DATA.glob("audit_*/*.md")])
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in drafts]
    narrow = [[it.to_dict() for it in auditor().audit(text, name)] for name, text in texts]
    monkeypatch.setattr(matcher, "_may_fit", lambda q, mine, t: None)
    whole = [[it.to_dict() for it in auditor().audit(text, name)] for name, text in texts]
    assert narrow == whole
