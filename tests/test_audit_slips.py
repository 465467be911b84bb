"""A figure said with a claim's own hedge whose number is the claim's with its scale
slipped ("about 24 million" for about 2.4 million) is that claim misstated, with less of
the sentence's words than another misstatement needs; a bare number, or one with another
hedge, is not looked up so. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

ARMED_FORCES = "isl-putin-decree-armed-forces-size"  # about 2.4 million
FOREIGN_AGENTS = "nge-un-foreign-agents-summer-2025"  # some 1,040, summer 2025


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By decree, Russia's armed forces are to number about 24 million.",
            [("about 24 million", "mismatch", ARMED_FORCES)],
        ),
        (
            "By the summer of 2025 some 104 foreign agents had been designated.",
            [("some 104", "mismatch", FOREIGN_AGENTS)],
        ),
        # bare, or with a hedge of its own: another number as often as a slip
        (
            "By decree, Russia's armed forces are to number 24 million.",
            [("24 million", "unsourced", None)],
        ),
        (
            "By decree, Russia's armed forces are to number over 24 million.",
            [("over 24 million", "unsourced", None)],
        ),
    ],
)
def test_a_hedged_figure_with_its_scale_slipped(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected
