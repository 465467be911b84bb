"""A range with an end moved ("between 15,000 and 25,000 a month" for 15,000 to 20,000) is
another range, a claim it may misstate, though the two overlap.

A figure that names an end of a range claim with a bound pointing out of the range
("more than 20,000 new cases a month" for 15,000 to 20,000 a month) misstates the range: it
is found by its number, as a claim it may misstate, and is a `mismatch` when its words meet
the claim's. A bound the range implies ("up to 20,000") still fits it, and a figure inside
the range is no misstatement. The drafts are written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desertcheck.audit.range_ends import at_range_end, other_range
from desertcheck.quantity import parse_quantities
from desertcheck.registry import load_registry

from .test_audit import PROJECT
from .test_audit_reading2 import judge

MONTHLY = "isl-ukraine-new-cases-per-month-since-dec-2024"  # 15,000 to 20,000 a month


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        ("more than 20,000", ("mismatch", MONTHLY)),
        ("at least 20,000", ("mismatch", MONTHLY)),
        ("nearly 15,000", ("mismatch", MONTHLY)),
        ("up to 20,000", ("supported", MONTHLY)),  # a bound the range implies
        ("at least 15,000", ("supported", MONTHLY)),
    ],
)
def test_a_bound_past_a_ranges_end_misstates_it(
    figure: str, expected: tuple[str, str | None]
) -> None:
    text = f"Ukrainian investigators open {figure} new cases a month since December 2024.\n"
    [(said, status, claim)] = judge(text)
    assert said == figure
    assert (status, claim) == expected


def test_at_range_end_reads_the_bound_and_the_end() -> None:
    claim = {c.id: c for c in load_registry(PROJECT).registry.claims}[MONTHLY]
    [q] = parse_quantities("more than 20,000")
    assert at_range_end(q, claim)
    assert not at_range_end(replace(q, qualifier="nearly"), claim)  # inside: under the top
    assert not at_range_end(replace(q, qualifier="about"), claim)
    assert not at_range_end(replace(q, qualifier="exactly"), claim)
    [low] = parse_quantities("almost 15,000")
    assert at_range_end(low, claim)
    assert not at_range_end(replace(low, qualifier="over"), claim)  # inside: over the bottom
    [other] = parse_quantities("more than 21,000")
    assert not at_range_end(other, claim)


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        ("between 15,000 and 25,000", ("mismatch", MONTHLY)),
        ("between 10,000 and 20,000", ("mismatch", MONTHLY)),
        ("between 15,000 and 20,000", ("supported", MONTHLY)),
        ("15-20K", ("supported", MONTHLY)),
    ],
)
def test_a_range_with_an_end_moved_misstates_it(
    figure: str, expected: tuple[str, str | None]
) -> None:
    text = f"Ukrainian investigators report {figure} new cases a month since December 2024.\n"
    [(said, status, claim)] = judge(text)
    assert said == figure
    assert (status, claim) == expected


def test_other_range() -> None:
    claim = {c.id: c for c in load_registry(PROJECT).registry.claims}[MONTHLY]
    [wider] = parse_quantities("between 15,000 and 25,000")
    [same] = parse_quantities("between 15,000 and 20,000")
    [one] = parse_quantities("about 20,000")
    assert other_range(wider, claim)
    assert not other_range(same, claim)
    assert not other_range(one, claim)
