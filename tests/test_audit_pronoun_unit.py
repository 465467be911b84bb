"""A word between a figure and "ones" ("4,530 Russian ones") is an adjective of a noun said
before, not the figure's unit: the figure counts what that noun counts, and is looked up
as such. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

RUSSIA_NEW_CASES = "isl-mediazona-russia-new-cases-jan-may-2025"  # 4,350, Jan-May 2025
UKRAINE_COURT = "isl-ukraine-court-cases-jan-may-2025"  # 2,355, Jan-May 2025


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Between January and May 2025, 2,355 cases reached Ukrainian courts and 4,530 "
            "Russian ones.",
            [
                ("2,355", "supported", UKRAINE_COURT),
                ("4,530", "mismatch", RUSSIA_NEW_CASES),
            ],
        ),
    ],
)
def test_a_unit_before_ones(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(text) == expected
