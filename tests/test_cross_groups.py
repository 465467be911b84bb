"""The checks across claims compare a group of claims that share a key (measure, scope,
period) in time that grows with the group, not with its pairs: a registry of thousands of
claims of one measure, scope and period (one quantity from many sources) took seconds
when contradiction looked for a figure rounded from another pair by pair. Each is held to
the pairwise answer it gives faster."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from desertcheck.checks import contradiction, unit_split
from desertcheck.checks.base import RegistryContext
from desertcheck.model import Claim
from desertcheck.registry import Registry

#: values near one another as registries write them: a figure and the same rounded, whole
#: numbers past 2**53 that one float stands for, fractions and their whole neighbours
VALUES = [
    *(312_000_000, 312_400_000, 312_500_000, 311_600_000, 300_000_000, 5, 4.99, 5.01, 4.5),
    *(0, 0.4, 1, 0.001, 0.0014, 2_400, 2_350, 2_449, 2_451, 10.25, 10.3, 10.2),
    *(2**53 + 1, 2**53, 2**53 + 2, 9_007_199_254_740_993.0, 1e20, 1.2e20, 120, 125, 130),
]
QUALIFIERS = ["exactly", "exactly", "exactly", "about", "over", "nearly", "up-to"]
UNITS = ["cases", "soldiers", "share", "percent"]


def _claim(i: int, value: object, qualifier: str, unit: str) -> Claim:
    return Claim.model_validate(
        {
            "id": f"c{i}",
            "statement": "s",
            "value": value,
            "qualifier": qualifier,
            "unit": unit,
            "measure": "m",
            "scope": "s",
            "period": "2020",
            "source": f"src{i}",
            "quote": f"q {i}",
        }
    )


def _context(claims: list[Claim]) -> RegistryContext:
    registry = Registry(Path("."), {}, {}, tuple(claims), (), (), {c.id: c for c in claims})
    return RegistryContext(registry)


def _group(rng: random.Random, units: list[str]) -> list[Claim]:
    claims = []
    for i in range(rng.randint(1, 14)):
        if rng.random() < 0.15:
            low = rng.choice(VALUES)
            value: object = [low, low + rng.choice([0, 1, 10])]
            qualifier = "between"
        else:
            value, qualifier = rng.choice(VALUES), rng.choice(QUALIFIERS)
        claims.append(_claim(i, value, qualifier, rng.choice(units)))
    return claims


def _rounding_pairwise(claims: list[Claim]) -> tuple[Claim, Claim] | None:
    for a in claims:
        if a.qualifier != "exactly" or isinstance(a.value, tuple):
            continue
        for b in claims:
            if b is a or isinstance(b.value, tuple) or a.value == b.value:
                continue
            if contradiction._may_round(float(a.value), float(b.value)):
                return a, b
    return None


@pytest.mark.parametrize("seed", range(6))
def test_the_rounded_figure_found_is_the_one_every_pair_finds(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(400):
        claims = _group(rng, ["cases"])
        assert contradiction._rounding(claims) == _rounding_pairwise(claims)


def _agree(ctx: RegistryContext, a: Claim, b: Claim) -> bool:
    return unit_split._agree(ctx.interval(a), a.unit, ctx.interval(b), b.unit)


@pytest.mark.parametrize("seed", range(6))
def test_the_claims_of_a_unit_split_are_those_that_miss_a_claim_of_another_unit(
    seed: int,
) -> None:
    rng = random.Random(seed)
    for _ in range(400):
        claims = _group(rng, rng.sample(UNITS, rng.randint(1, 3)))
        ctx = _context(claims)
        missing = [
            c.id for c in claims if any(o.unit != c.unit and not _agree(ctx, c, o) for o in claims)
        ]
        found = [f.claims for f in unit_split.check(ctx)]
        assert found == ([tuple(missing)] if missing else [])


def test_a_large_group_is_compared_in_time_that_grows_with_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 2,000 claims of one quantity in two units, none a rounding of another and every
    # figure agreeing across the units: pair by pair, four million comparisons
    calls = {"round": 0, "agree": 0}
    may_round, agree = contradiction._may_round, unit_split._agree

    def counted_round(a: float, b: float) -> bool:
        calls["round"] += 1
        return may_round(a, b)

    def counted_agree(*args: object) -> bool:
        calls["agree"] += 1
        return agree(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(contradiction, "_may_round", counted_round)
    monkeypatch.setattr(unit_split, "_agree", counted_agree)
    n = 2_000
    claims = [_claim(i, 1_000 + 7 * i, "exactly", ("cases", "people")[i % 2]) for i in range(n)]
    assert len(list(contradiction.check(_context(claims)))) == 2  # one a unit
    spread = [_claim(i, 1_000, "about", ("cases", "people")[i % 2]) for i in range(n)]
    assert list(unit_split.check(_context(spread))) == []
    assert calls["round"] <= 4 * n and calls["agree"] <= 2 * n
