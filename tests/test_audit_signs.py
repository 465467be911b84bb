"""Bounds typed in ASCII before a number ("<=912", ">= 912") are read as the signs they
spell, "≤" and "≥": a bound, not a bare number that retells a claim to the letter. The
drafts are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.signs import as_signs

from .test_audit_reading2 import judge

PROSECUTIONS = "nge-un-political-prosecutions-2024-mid-2025"  # at least 912


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UN counted <=912 politically motivated prosecutions between 2024 and mid-2025.",
            [("≤ 912", "qualifier-drift", PROSECUTIONS)],
        ),
        (
            "The UN counted >= 912 politically motivated prosecutions between 2024 and mid-2025.",
            [("≥  912", "supported", PROSECUTIONS)],
        ),
    ],
)
def test_an_ascii_bound(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(text) == expected


def test_as_signs_keeps_every_offset() -> None:
    text = "a <=912 b >= 5 c <= d x=3"
    read = as_signs(text)
    assert len(read) == len(text)
    assert read == "a ≤ 912 b ≥  5 c <= d x=3"
