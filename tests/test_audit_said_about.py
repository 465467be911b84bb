"""A date right after a verb of saying and its preposition ("the group the blogger wrote
about in December 2023 had received over 2,000 requests") is when it was said, as a date
right after the verb is ("said in October 2025 that …"): not the figure's period. The
drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

REQUESTS = "baghai-anti-war-group-assistance-requests"  # over 2,000, to December 2023


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The anti-war group the blogger wrote about in December 2023 had received over "
            "2,000 requests for help from soldiers.",
            [("over 2,000", "supported", REQUESTS)],
        ),
        # the date of the figure itself
        (
            "The anti-war group had received over 2,000 requests for help from soldiers in "
            "December 2023.",
            [("over 2,000", "period-drift", REQUESTS)],
        ),
    ],
)
def test_a_date_after_a_verb_of_saying_and_its_preposition(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected
