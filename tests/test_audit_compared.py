"""A figure compared with the one before it ("against", "compared with", "vs") counts what
that one counts: the measure of the claim the first was matched to is named for it, so a
wrong second figure is a ``mismatch`` of that measure's claim, not ``unsourced``."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second figure's own words name no measure: the comparison does
        (
            "Between January and May 2025 Russian courts took in 4,350 new cases, compared "
            "with 2,553 in Ukrainian courts.",
            [
                ("4,350", "supported", "isl-mediazona-russia-new-cases-jan-may-2025"),
                ("2,553", "mismatch", "isl-ukraine-court-cases-jan-may-2025"),
            ],
        ),
        # the right figure is supported as before
        (
            "Between January and May 2025 Russian courts took in 4,350 new cases, compared "
            "with 2,355 in Ukrainian courts.",
            [
                ("4,350", "supported", "isl-mediazona-russia-new-cases-jan-may-2025"),
                ("2,355", "supported", "isl-ukraine-court-cases-jan-may-2025"),
            ],
        ),
        # no comparison, no measure carried: "and" joins two facts
        (
            "Between January and May 2025 Russian courts took in 4,350 new cases, and 2,553 "
            "volunteers signed up in Omsk.",
            [
                ("4,350", "supported", "isl-mediazona-russia-new-cases-jan-may-2025"),
                ("2,553", "unsourced", None),
            ],
        ),
    ],
)
def test_a_compared_figure_counts_what_the_first_counts(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected
