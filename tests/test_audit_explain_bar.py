"""`--explain` says why a claim chosen with a score under the bar was enough: the bar its
own number (and its period agreeing) lowers ("the claim's own number, with its period
agreeing, so score 20 is enough (45 without them)"); a claim over the bar needs no such
words. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit import auditor


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Russian military courts had received cases against 20,662 men by the end of May 2025.",
            None,  # a score over the bar
        ),
        (
            "Военные суды получили дела против 20 662 человек к концу мая 2025 года.",
            "the claim's own number, with its period agreeing, so score 20 is enough"
            " (45 without them)",
        ),
    ],
)
def test_a_lower_bar_is_explained(text: str, said: str | None) -> None:
    (item,) = auditor().audit(text + "\n", "d.md")
    assert item.status == "supported"
    assert item.explanation is not None
    line = item.explanation.line()
    if said is None:
        assert "is enough" not in line
    else:
        assert said in line
