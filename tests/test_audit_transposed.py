"""A figure whose digits are a claim's with two neighbours swapped is that claim
misstated (a `mismatch`), when its sentence says enough of the claim; a shorter or round
number, or one whose sentence speaks of something else, stays unsourced. The drafts are
written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.transposed import MIN_DIGITS_DATED, swapped_values

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("value", "swapped"),
    [
        (5953.0, [9553.0, 5593.0, 5935.0]),
        (17271.0, [71271.0, 12771.0, 17721.0, 17217.0]),
        (2535.0, [5235.0, 2355.0, 2553.0]),
        (18159.0, [81159.0, 11859.0, 18519.0, 18195.0]),
        (4500.0, []),  # two significant digits: a swap is another round number
        (501.0, []),  # three digits: too often another number
        (5593.0, [5953.0, 5539.0]),  # equal neighbours are no swap
        (1049.0, [1409.0, 1094.0]),  # a leading zero is no number: 0149 is not read
        (20662.5, []),
        (float("inf"), []),  # a 309-digit figure: no value to swap
        (1e20, []),
    ],
)  # fmt: skip
def test_the_values_a_swap_of_two_neighbours_gives(value: float, swapped: list[float]) -> None:
    assert swapped_values(value) == swapped


@pytest.mark.parametrize(
    ("value", "swapped"),
    [
        (4530.0, [5430.0, 4350.0]),  # three significant digits, when the draft dates it
        (884.0, [848.0]),
        (4500.0, []),
        (1100.0, []),
    ],
)  # fmt: skip
def test_the_values_of_a_three_digit_swap(value: float, swapped: list[float]) -> None:
    assert swapped_values(value, MIN_DIGITS_DATED) == swapped


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("In 2023 a record 5,539 soldiers went on trial, Mediazona found.",
         ("mismatch", "mt-mediazona-refusal-to-serve-trials-2023")),
        ("Mediazona says 17,271 convictions were recorded by the end of May 2025.",
         ("mismatch", "isl-mediazona-refusal-to-serve-convictions-may-2025")),
        # the right number, and the swaps that name nothing of the claim, stay as they were
        ("In 2023 a record 5,593 soldiers went on trial.",
         ("supported", "mt-mediazona-refusal-to-serve-trials-2023")),
        ("Our volunteers answered 5,539 calls in 2023.", ("unsourced", None)),
        ("In 2023 the charity recorded 5,539 visits from soldiers.", ("unsourced", None)),
        ("The fund raised 17,271 euros by the end of May 2025.", ("unsourced", None)),
        # a period the claim's contradicts: another count, not this one misstated
        ("In 2021 a record 5,539 soldiers went on trial, Mediazona found.",
         ("unsourced", None)),
    ],
)  # fmt: skip
def test_a_swap_of_a_claims_digits_is_that_claim_misstated(
    text: str, verdict: tuple[str, str | None]
) -> None:
    assert judge(text + "\n")[-1][1:] == verdict


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # three significant digits: only with the claim's period given (Russia's 4,350 new
        # cases, January to May 2025), however little else the sentence says of it
        ('Item 14, from the op-ed draft: "Russia opened 4,530 new cases in January-May '
         "2025, Ukraine's courts 2,355.\"",
         ("4,530", "mismatch", "isl-mediazona-russia-new-cases-jan-may-2025")),
        ('Reader letter: "Russia opened 4,530 new cases in 2021."', ("4,530", "unsourced", None)),
        ('Reader letter: "Russia opened 4,530 new cases."', ("4,530", "unsourced", None)),
    ],
)  # fmt: skip
def test_a_three_digit_swap_needs_the_claims_period(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in judge(text + "\n")
