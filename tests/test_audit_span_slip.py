"""A rate that is a claim's own number per another span of time ("roughly 100 convictions
a day" for Mediazona's roughly 100 a week in 2023) is that claim misstated (a `mismatch`),
with the relief a near value gets; a rate whose sentence names no measure of it stays
unsourced. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

WEEKLY = "mt-mediazona-refusal-to-serve-convictions-per-week-2023"  # roughly 100 a week


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mediazona counted a record 5,593 soldiers tried in 2023, roughly 100 "
            "convictions a day.",
            ("roughly 100", "mismatch", WEEKLY),
        ),
        (
            "In 2023 Mediazona counted roughly 100 convictions a month.",
            ("roughly 100", "mismatch", WEEKLY),
        ),
        # its own span: as before
        (
            "Mediazona counted roughly 100 convictions a week in 2023.",
            ("roughly 100", "supported", WEEKLY),
        ),
        # no measure of the claim named
        (
            "The charity answered roughly 100 calls a day in 2023.",
            ("roughly 100", "unsourced", None),
        ),
    ],
)
def test_a_rate_per_another_span(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in judge(text)
