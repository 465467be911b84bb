"""A claim period read once a figure: :mod:`desertcheck.audit.agreeing`."""

from __future__ import annotations

import pytest

from desertcheck.audit.agreeing import agreeing
from desertcheck.audit.kinds import claim_kind
from desertcheck.audit.periods import find_periods
from desertcheck.registry import load_registry

from .conftest import PROJECT


@pytest.mark.parametrize(
    "words",
    ["in 2023", "since February 2022", "between 2022 and 2024", "as of March 2025", "in May 2024"],
)
def test_each_claim_agrees_as_its_period_does(words: str) -> None:
    (period,) = find_periods(words)
    claims = load_registry(PROJECT).registry.claims
    for kind in {claim_kind(c) for c in claims}:
        of_kind = [c for c in claims if claim_kind(c) == kind]
        agrees = agreeing(period)
        assert [agrees(c) for c in of_kind] == [period.agrees(c) for c in of_kind]


def test_a_period_is_read_once() -> None:
    (period,) = find_periods("in 2023")
    claims = [c for c in load_registry(PROJECT).registry.claims if claim_kind(c) == "count"]
    asked: list[object] = []

    class Counting:
        def agrees(self, claim: object) -> bool:
            asked.append(claim)
            return period.agrees(claim)  # type: ignore[arg-type]

    agrees = agreeing(Counting())  # type: ignore[arg-type]
    for claim in claims + claims:
        agrees(claim)
    assert len(asked) == len({(c.period.start, c.period.end) for c in claims}) < len(claims)


def test_no_period_agrees_with_none() -> None:
    claims = load_registry(PROJECT).registry.claims
    assert {agreeing(None)(c) for c in claims} == {None}


@pytest.mark.parametrize("words", ["in 2023", "since February 2022", "as of March 2025"])
def test_the_index_finds_a_measures_claims_whose_period_agrees(words: str) -> None:
    from desertcheck.audit.index import ClaimIndex

    (period,) = find_periods(words)
    claims = load_registry(PROJECT).registry.claims
    index = ClaimIndex(claims)
    found_any = False
    for measure, kind in {(c.measure, claim_kind(c)) for c in claims}:
        expected = {
            i
            for i, e in enumerate(index.entries)
            if e.measure == measure and e.kind == kind and period.agrees(e.claim)
        }
        assert index.agreeing(measure, kind, period.agrees) == expected
        assert index.agreeing(measure, kind, agreeing(period)) == expected  # asked again
        found_any = found_any or bool(expected)
    assert found_any


def test_the_claims_a_period_agrees_with_are_kept_for_its_words() -> None:
    from desertcheck.audit.index import ClaimIndex

    (period,) = find_periods("in 2023")
    claims = load_registry(PROJECT).registry.claims
    index = ClaimIndex(claims)
    words = (period.kind, period.a, period.b)
    asked: list[object] = []

    def agrees(claim: object) -> bool:
        asked.append(claim)
        return period.agrees(claim)  # type: ignore[arg-type]

    pairs = {(c.measure, claim_kind(c)) for c in claims}
    first = {pair: index.agreeing(*pair, agrees, words) for pair in pairs}
    assert asked
    asked.clear()
    # the same words again (another figure's): the kept sets, no period asked
    assert {pair: index.agreeing(*pair, agrees, words) for pair in pairs} == first
    assert not asked
    assert first == {pair: index.agreeing(*pair, period.agrees) for pair in pairs}
