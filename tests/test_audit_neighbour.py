"""A figure whose own words name another measure than its claim's, with a word that claim
lacks, is that measure's claim misstated: "1,369 desertion cases" is the disobedience
count given to desertion (a user's trial: it was `supported` by the disobedience claim)."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

DESERTION = "isl-mediazona-desertion-cases"
DISOBEDIENCE = "isl-mediazona-disobedience-cases"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Military courts received 1,369 desertion cases by the end of June 2025.",
            [("1,369", "mismatch", DESERTION)],
        ),
        # named for what it counts, it stays the disobedience count
        (
            "Military courts received 1,369 disobedience cases by the end of June 2025.",
            [("1,369", "supported", DISOBEDIENCE)],
        ),
        # the words right after it name no measure of their own: a part of the whole
        (
            "By the end of June 2025 courts had received over 20,000 refusal-to-serve cases, "
            "18,159 of them for going AWOL.",
            [
                ("over 20,000", "supported", "isl-mediazona-refusal-to-serve-cases-over-20000"),
                ("18,159", "supported", "isl-mediazona-awol-cases"),
            ],
        ),
        # words that tell no count of convictions from another keep the figure's claim
        (
            "More than 4,600 soldiers sentenced since the invasion, almost all of them for "
            "going AWOL.",
            [
                (
                    "More than 4,600",
                    "supported",
                    "mt-proekt-refusal-to-serve-convictions-since-invasion",
                )
            ],
        ),
    ],
)
def test_a_figure_named_for_its_neighbours_measure(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected
