"""The one-line explanation of an unsourced figure says why no claim was chosen: a user
trial read "no claim reached score 45; runner-up … (score 54)", which contradicts itself."""

from __future__ import annotations

import pytest

from desertcheck.audit.explain import Explanation

# (the runner-up's score, the line's head)
CASES = [
    (54.0, "no claim that reached score 45 fits the figure; runner-up x (score 54): too far"),
    (45.0, "no claim that reached score 45 fits the figure; runner-up x (score 45): too far"),
    (30.0, "no claim reached score 45; runner-up x (score 30): too far"),
]


@pytest.mark.parametrize(("score", "head"), CASES)
def test_an_unsourced_figure_says_why_no_claim_was_chosen(score: float, head: str) -> None:
    why = Explanation(None, None, 45.0, "", "x", score, "too far", None, "", ())
    assert why.line().startswith(head)


def test_an_unsourced_figure_with_no_runner_up() -> None:
    why = Explanation(None, None, 45.0, "", None, None, "", None, "", ())
    assert why.line() == "no claim reached score 45; no period read"
