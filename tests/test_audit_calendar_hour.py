"""A rate "per calendar hour", after the figure or in its table row's label ("| Verdicts
per calendar hour, April 2025 | 38 |"), is a rate an hour: the number of a claim per
working day said so is that claim's `mismatch`. A bare number an hour whose words name
nothing the claim counts in a table's cell ("| Calls handled per hour | 38 |") stays
`unsourced`. The drafts
are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

_PER_DAY = "isl-mediazona-verdicts-per-working-day-april-2025"  # 38 per working day
_TABLE = "| Measure | Figure |\n|---|---|\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_TABLE + "| Verdicts per calendar hour, April 2025 | 38 |", ("38", "mismatch", _PER_DAY)),
        ("In April 2025 courts issued 38 verdicts per calendar hour.",
         ("38", "mismatch", _PER_DAY)),
        # near misses: a working day's rate as its claim says it; no word of the claim
        (_TABLE + "| Verdicts per working day, April 2025 | 38 |", ("38", "supported", _PER_DAY)),
        (_TABLE + "| Calls handled per hour | 38 |", ("38", "unsourced", None)),
    ],
)  # fmt: skip
def test_a_rate_per_calendar_hour(text: str, expected: tuple[str, str, str | None]) -> None:
    assert judge(text + "\n") == [expected]
