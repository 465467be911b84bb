"""A verb of passing a mark before a round figure ("courts pass 20,000 cases") says
"over" it; before a precise figure ("courts passed 848 verdicts") it says nothing of the
figure's precision. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.qualifiers import at_boundary
from desertcheck.quantity import parse_quantities

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Refusal-to-serve cases passed 20,000 in June.", "over"),
        ("The tally surpasses 50,000.", "over"),
        ("The count has now exceeded the 200,000 mark.", "over"),
        ("Cases topped 4,000 in a month.", "over"),
        ("Military courts passed 848 verdicts in April.", "exactly"),  # handed down
        ("The top 10 districts.", "exactly"),
        ("Courts heard 20,000 cases.", "exactly"),
    ],
)  # fmt: skip
def test_passing_a_round_figure_is_over_it(text: str, qualifier: str) -> None:
    q = parse_quantities(text)[0]
    assert at_boundary(q, text).qualifier == qualifier


def test_a_mark_passed_supports_a_claim_of_over_it() -> None:
    draft = "By mid-2025 the refusal-to-serve cases of Russia's military courts passed 20,000.\n"
    assert judge(draft)[-1][1:] == ("supported", "isl-mediazona-refusal-to-serve-cases-over-20000")
