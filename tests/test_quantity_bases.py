"""A rate's base ("per 1,000 residents") is part of its figure's unit, never a figure of its
own (desertcheck.quantity.bases): sentence -> reading."""

from __future__ import annotations

import pytest

from desertcheck.quantity import parse_quantities
from desertcheck.quantity.bases import rebased, unit_base

# (text, [(value, unit, base, per), ...])
CASES: list[
    tuple[str, list[tuple[float | tuple[float, float], str | None, float | None, str | None]]]
] = [
    (
        "Police recorded a rate of 37.9 crimes per 1,000 residents.",
        [(37.9, "crimes", 1000, "1,000 residents")],
    ),
    (
        "The force had 1.57 officers per 1,000 residents.",
        [(1.57, "officers", 1000, "1,000 residents")],
    ),
    (
        "The crime rate was 37.9 crimes per 100,000 residents in 2024.",
        [(37.9, "crimes", 100000, "100,000 residents")],
    ),
    (
        "about 1.6 officers per 1,000 residents, or 157 per 100,000",
        [(1.6, "officers", 1000, "1,000 residents"), (157, None, 100000, "100,000")],
    ),
    ("about 6.7 staff per 1,000 residents", [(6.7, "staff", 1000, "1,000 residents")]),
    ("12 deaths per 100 000 people", [(12, "deaths", 100000, "100 000 people")]),
    ("a rate of 3.2 per 10,000 inhabitants", [(3.2, None, 10000, "10,000 inhabitants")]),
    ("3 deaths per million people", [(3, "deaths", 1e6, "million people")]),
    ("2.5 cases per 100k", [(2.5, "cases", 1e5, "100k")]),
    ("rose to 12 per 1000 births", [(12, None, 1000, "1000 births")]),
    ("between 30 and 40 per 100,000 people", [((30, 40), None, 1e5, "100,000 people")]),
    # not a base: a per cent, a span of time, a number that is no power of ten
    (
        "30 per cent of 1,000 residents",
        [(30, "percent", None, None), (1000, "residents", None, None)],
    ),
    ("700 cases a month", [(700, "cases", None, None)]),
    ("sold 500 per 1,200 units", [(500, None, None, None), (1200, "units", None, None)]),
    ("10 per 1,000.5", [(10, None, None, None), (1000.5, None, None, None)]),
    # a span of time after the base's number is a rate per a span, not on a base of ten
    (
        "Courts heard 500 cases per 10 days.",
        [(500, "cases", None, None), (10, "days", None, None)],
    ),
    # a small base with no noun is a ratio, not a rate on a base
    ("It was 3 per 10.", [(3, None, None, None), (10, None, None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_a_rate_base_is_read_into_its_figure(text: str, expected: list[tuple]) -> None:
    got = [(q.value, q.unit, q.base, q.per) for q in parse_quantities(text)]
    assert got == [
        (v if isinstance(v, tuple) else float(v), u, None if b is None else float(b), p)
        for v, u, b, p in expected
    ]


def test_the_base_is_not_in_the_figures_span() -> None:
    text = "a rate of 37.9 crimes per 1,000 residents"
    (q,) = parse_quantities(text)
    assert text[q.start : q.end] == "37.9"


@pytest.mark.parametrize(
    ("unit", "base"),
    [
        ("crimes per 1,000 residents", 1000.0),
        ("officers per 100,000", 100000.0),
        ("deaths-per-100000", 100000.0),
        ("deaths-per-100-000", 100000.0),  # a slug's hyphens between the digit groups
        ("deaths_per_1_000", 1000.0),
        ("deaths per million people", 1e6),
        ("cases per 100k", 1e5),
        ("officers", None),
        ("cases per month", None),
        ("percent", None),
    ],
)
def test_the_base_of_a_claims_unit(unit: str, base: float | None) -> None:
    assert unit_base(unit) == base


@pytest.mark.parametrize(
    ("unit", "per", "expected"),
    [
        ("crimes per 100,000 residents", "1,000 residents", "crimes per 1,000 residents"),
        ("officers", "1,000 residents", "officers per 1,000 residents"),
    ],
)
def test_a_unit_on_another_base(unit: str, per: str, expected: str) -> None:
    assert rebased(unit, per) == expected
