"""The candidate search skips claims that cannot fit a figure (audit.precision.fit_reach)
and scores a claim without building the set of words it shares with the sentence
(audit.scoring.context_score): neither changes a candidate, a score or a verdict."""

from __future__ import annotations

from math import fsum
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desertcheck.audit import matcher
from desertcheck.audit.index import ClaimIndex
from desertcheck.audit.precision import fit_reach
from desertcheck.audit.scoring import OWN_WORDS_WEIGHT, Context, context_score
from desertcheck.audit.verdicts import Candidate, best_first
from desertcheck.intervals import interval
from desertcheck.model import Claim

from .test_audit import DRAFTS, auditor
from .test_audit_fitting import DATA, QUALIFIERS, claim, claim_values, figure, values


@settings(max_examples=3000, deadline=None)
@given(
    claim_values(),
    st.sampled_from(QUALIFIERS),
    values,
    st.sampled_from([*QUALIFIERS, "between"]),
    st.sampled_from([0.05, 0.1, 0.25]),
)
def test_a_claim_beyond_its_reach_neither_fits_nor_is_too_precise(
    value: Any, qualifier: str, x: float, q_qualifier: str, t: float
) -> None:
    c = claim(value, qualifier)
    q = figure(x, x, q_qualifier)
    mine = interval(q.value, q.qualifier, t)
    reach = fit_reach(q, t)
    assert reach is not None
    beyond = c.qualifier in reach and c.low == c.high and abs(c.low - x) > reach[c.qualifier]
    if beyond:
        assert not matcher._fit(q, mine, c, t)[0]
        assert not matcher._too_precise(q, mine, c, t)


@pytest.mark.parametrize(
    ("q_qualifier", "x", "claim_qualifier", "value", "within"),
    [
        ("about", 17_194, "about", 17_194.4, True),  # the same number
        ("about", 17_194, "nearly", 17_230, False),  # another number at its precision
        ("about", 17_000, "nearly", 16_980, True),  # "about 17,000" rounds nearly 16,980
        ("about", 20_000, "over", 18_159, True),  # a round figure reaches far
        ("over", 22_000, "nearly", 22_580, True),  # rounded down to the thousand
        ("over", 22_000, "nearly", 24_100, False),  # past two steps of its last digit
        ("nearly", 22_600, "nearly", 22_580, True),  # "just under 22,600"
        ("nearly", 54_578, "over", 54_000, False),
        ("exactly", 4_373, "about", 4_373, True),
        ("exactly", 4_373, "about", 4_375, False),
    ],
)
def test_reach_per_qualifier(
    q_qualifier: str, x: float, claim_qualifier: str, value: float, within: bool
) -> None:
    reach = fit_reach(figure(x, x, q_qualifier), 0.1)
    assert reach is not None
    assert (abs(value - x) <= reach[claim_qualifier]) is within


@pytest.mark.parametrize(
    ("q_qualifier", "unbounded"),
    [
        ("over", {"over", "at-least"}),
        ("at-least", {"over", "at-least"}),
        ("up-to", {"up-to", "nearly"}),
        ("about", set()),
        ("nearly", set()),
    ],
)
def test_bounds_that_fit_across_the_tolerance_have_no_reach(
    q_qualifier: str, unbounded: set[str]
) -> None:
    reach = fit_reach(figure(4_500, 4_500, q_qualifier), 0.1)
    assert reach is not None
    assert "exactly" not in reach  # an exact claim fits anywhere in the figure's interval
    assert {"about", "over", "at-least", "nearly", "up-to"} - set(reach) == unbounded


@pytest.mark.parametrize(
    ("low", "high", "t"), [(10, 20, 0.1), (float("inf"), float("inf"), 0.1), (5, 5, 0.0)]
)
def test_no_reach_for_a_range_or_an_open_figure(low: float, high: float, t: float) -> None:
    assert fit_reach(figure(low, high, "exactly"), t) is None


WORDS = st.sampled_from(["case", "army", "desert", "absenc", "court", "month", "soldier", "amur"])


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.tuples(claim_values(), st.sampled_from(QUALIFIERS)), min_size=1, max_size=30),
    values,
    st.sampled_from([*QUALIFIERS, "between"]),
    st.dictionaries(WORDS, st.sampled_from([0.5, 1.0]), max_size=6),
)
def test_the_search_finds_what_the_full_search_finds(
    claim_list: list[tuple[Any, str]], x: float, q_qualifier: str, words: dict[str, float]
) -> None:
    index = ClaimIndex([claim(v, qual, n) for n, (v, qual) in enumerate(claim_list)])
    ctx = Context(words, [(t, w * index.idf(t)) for t, w in words.items()])
    ctx.total = sum(w for _, w in ctx.scored)
    fig = matcher.Figure(figure(x, x, q_qualifier), "count", ctx, None)
    pruned = matcher.candidates(index, fig, {"cases"}, 0.1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(matcher, "fit_reach", lambda q, t: None)
        assert matcher.candidates(index, fig, {"cases"}, 0.1) == pruned


def _score_over_sets(index: ClaimIndex, i: int, ctx: Context) -> float:
    """context_score as it was written before: over the sets of words in common."""
    w = ctx.weights
    key = 0.0
    for t, k in index.keys[i]:
        if t in w:
            key += w[t] * k
    own = index.own_keys[i]
    common = frozenset(own) & frozenset(w)
    if common:
        key = max(key, OWN_WORDS_WEIGHT * fsum([w[t] * own[t] for t in common]))
    scored = ctx.scored_map
    explained = fsum([scored[t] for t in index.entries[i].text & ctx.scored_set])
    return 100.0 * (0.6 * key + 0.4 * explained / ctx.total) if ctx.total else 60.0 * key


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abc"), st.sampled_from([0.0, 15.5, 45.0, 60.0]))))
def test_candidates_come_best_first(pairs: list[tuple[str, float]]) -> None:
    found = [
        Candidate(claim(1, "exactly").model_copy(update={"id": cid}), score, False, False, None)
        for cid, score in pairs
    ]
    expected = sorted(found, key=best_first)
    matcher._best_first(found)
    assert [id(c) for c in found] == [id(c) for c in expected]


def _worded(n: int, statement: str, measure: str) -> Claim:
    data = claim(10, "exactly", n).model_dump(mode="json", exclude_none=True)
    data.update(statement=statement, measure=measure, quote=statement)
    return Claim.model_validate(data)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.lists(WORDS, max_size=6), WORDS), min_size=1, max_size=8),
    st.dictionaries(WORDS, st.sampled_from([0.5, 1.0]), max_size=8),
    st.dictionaries(WORDS, st.sampled_from([0.5, 1.0, 0.7]), max_size=4),
)
def test_a_score_is_the_score_over_the_words_in_common(
    worded: list[tuple[list[str], str]], words: dict[str, float], inherited: dict[str, float]
) -> None:
    claims = [_worded(n, " ".join(ws) + ".", m) for n, (ws, m) in enumerate(worded)]
    index = ClaimIndex(claims)
    scored = [(t, w * index.idf(t)) for t, w in words.items()]
    ctx = Context({**inherited, **words}, scored, sum(x for _, x in scored))
    for i in range(len(claims)):
        assert context_score(index, i, ctx) == _score_over_sets(index, i, ctx)


def test_every_draft_gets_the_same_verdicts_without_the_reach(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    drafts = sorted([*DRAFTS.glob("*.md"), *DATA.glob("audit_*/*.md")])
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in drafts]
    pruned = [[it.to_dict() for it in auditor().audit(text, name)] for name, text in texts]
    monkeypatch.setattr(matcher, "fit_reach", lambda q, t: None)
    whole = [[it.to_dict() for it in auditor().audit(text, name)] for name, text in texts]
    assert pruned == whole
