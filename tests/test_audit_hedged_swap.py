"""A hedged figure of three significant digits whose digits are a claim's with two
neighbours swapped, said with the claim's own hedge ("nearly 7,870" for nearly 7,780), is
that claim misstated, as a dated one is; with another hedge, or a swap of a number with no
claim, it stays unsourced. A speaker's "I think" says nothing of what a figure counts.
The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

_MOSCOW = "euaa-frontelligence-desertions-moscow-md-dec-2024"  # nearly 7,780


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow: nearly 7,870.", ("nearly 7,870", "mismatch", _MOSCOW)),
        ("Moscow nearly 7,870, I think.", ("nearly 7,870", "mismatch", _MOSCOW)),
        # near misses: another hedge, a swap that is no claim's number
        ("Moscow: about 7,870.", ("about 7,870", "unsourced", None)),
        ("Moscow: nearly 7,690.", ("nearly 7,690", "unsourced", None)),
    ],
)  # fmt: skip
def test_a_hedged_swap(text: str, expected: tuple[str, str, str | None]) -> None:
    assert judge(text + "\n") == [expected]
