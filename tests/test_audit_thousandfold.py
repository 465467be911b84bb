"""A figure a thousand times a claim's value, rounded to its written digits ("20.6 million
men" for 20,662), in a sentence that matches the claim clearly, is that claim's number
with a scale word slipped: a `mismatch`, as "2.4 billion" for about 2.4 million is. A
sentence that does not match a claim's words, or a figure of no claim's digits, stays
`unsourced`. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

DEFENDANTS = "isl-mediazona-refusal-to-serve-defendants-may-2025"  # 20,662 men
SENTENCE = "Russian military courts received cases against {} men by the end of May 2025."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SENTENCE.format("20.6 million"), [("20.6 million", "mismatch", DEFENDANTS)]),
        (SENTENCE.format("20.7 million"), [("20.7 million", "mismatch", DEFENDANTS)]),
        # not the claim's digits
        (SENTENCE.format("25.6 million"), [("25.6 million", "unsourced", None)]),
        # not the claim's words
        (
            "Some 20.6 million people live in the region.",
            [("Some 20.6 million", "unsourced", None)],
        ),
    ],
)
def test_a_scale_word_slipped_on_a_rounding(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected
