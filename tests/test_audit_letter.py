"""A small figure written to the letter of a claim (its own number and qualifier, no
period against it) is that claim's, even when the sentence's words meet another claim of
the same measure and scope better: the words name both, and the number tells them apart.
Words that name another measure still make the figure that measure's misstated. The
drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

DESERTION_2025 = "isl-desertion-max-sentence"  # up to 15 years, June 2025
DESERTION_2023 = "baghai-desertion-max-sentence-after-law"  # ten years, December 2023
AWOL = "isl-awol-max-sentence"  # ten years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the words meet the blog's ten years better; "up to 15" is the report's own
        (
            "The Islamabad-datelined report of June 2025 says up to 15 years.",
            ("up to 15", "supported", DESERTION_2025),
        ),
        # neither claim's number: the claim the words meet best, misstated
        (
            "The Islamabad-datelined report of June 2025 says up to 12 years.",
            ("up to 12", "mismatch", DESERTION_2023),
        ),
        # another measure named: its claim misstated
        (
            "His offence, leaving his unit without permission, carries up to fifteen years.",
            ("up to fifteen", "mismatch", AWOL),
        ),
    ],
)
def test_a_claims_own_number_against_its_measures_other_claim(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in judge(text)
