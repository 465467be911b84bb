"""The value a change starts from is the one before it: "in December 2023 a law doubled
the maximum from five to ten years" dates the ten, not the five, which held until then and
is no value of today; a verb of change further back than the parser looks leaves "from
five to ten years" a range, read as the change's two values. The drafts are written for
these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.changes import before_change, changes_split
from desertcheck.quantity import parse_quantities

from .test_audit_reading2 import judge

BEFORE = "baghai-desertion-max-sentence-before-law"  # 5 years, February 2022
AFTER = "baghai-desertion-max-sentence-after-law"  # 10 years, December 2023


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the change dated: the five held before it
        (
            "In December 2023 the maximum term for desertion doubled, from five to ten years.",
            [("five", "supported", BEFORE), ("ten", "supported", AFTER)],
        ),
        (
            "Punishment for desertion in Dec 2023: 10 yrs, doubled from 5.",
            [("10", "supported", AFTER), ("5", "supported", BEFORE)],
        ),
        # the verb further back than the parser looks: two values, not a range
        (
            "A law doubled the maximum for desertion and refusal to fight from five to ten years.",
            [("five", "supported", BEFORE), ("ten", "supported", AFTER)],
        ),
        (
            "The maximum for desertion went from five to 10 years in the law of December 2023.",
            [("five", "supported", BEFORE), ("10", "supported", AFTER)],
        ),
        # the value before a change is no value of today: not contested by the later 15
        (
            "A commentary described a law doubling the punishment for desertion from five to "
            "ten years in prison.",
            [("five", "supported", BEFORE), ("ten", "supported", AFTER)],
        ),
        # no change said: a range stays a range, and a past value keeps its date
        (
            "Deserters were given from five to ten years in prison.",
            [("from five to ten", "qualifier-drift", AFTER)],
        ),
    ],
)
def test_the_value_before_a_change(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(text) == expected


def test_a_range_of_counts_is_not_split() -> None:
    text = "Cases went from 500 to 800 soldiers a month."
    assert changes_split(text, parse_quantities(text)) == parse_quantities(text)


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("the penalty doubled from ", True),
        ("it went from ", True),
        ("a blogger described the penalty as rising from ", True),
        ("the penalty was from ", False),
        ("it doubled. It ran from ", False),
    ],
)
def test_before_change(before: str, expected: bool) -> None:
    (q,) = parse_quantities(before + "five years")
    assert before_change(before + "five years", 0, q) is expected
