"""A figure the draft says its own figures add up to ("The five districts add up to
50,590") is the writer's arithmetic: `unsourced`, not a `mismatch` of the total it differs
from; the same number said as a count is that claim's `mismatch`. The drafts are written
for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

_TOTAL = "euaa-frontelligence-desertions-total-dec-2024"  # 50,500 cases
_TABLE = "| Measure | Figure |\n|---|---|\n| Desertion cases (Frontelligence) | 50,500 |\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_TABLE + "| Figures as published. The districts add up to 50,590. |",
         ("50,590", "unsourced", None)),
        (_TABLE + "| Figures as published. The districts sum to 50,590. |",
         ("50,590", "unsourced", None)),
        # a desk's note: "sum of bars is", "sum of districts:"
        (_TABLE + "| Desertion cases to December 2024: sum of bars is 50,590. |",
         ("50,590", "unsourced", None)),
        (_TABLE + "| Desertion cases to December 2024, sum of districts: 50,590 |",
         ("50,590", "unsourced", None)),
        # near misses: said as a count; a sum that is the claim's own number
        ("Frontelligence counts 50,590 desertion cases to December 2024.",
         ("50,590", "mismatch", _TOTAL)),
        ("The district counts add up to 50,500 desertion cases by December 2024.",
         ("50,500", "supported", _TOTAL)),
    ],
)  # fmt: skip
def test_the_writers_sum(text: str, expected: tuple[str, str, str | None]) -> None:
    assert judge(text + "\n")[-1] == expected
