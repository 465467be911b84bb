"""A period that opens a clause after a semicolon frames every figure of that clause, as a
period that opens the sentence frames all of its clauses: "…; by the end of May 2024,
20,662 defendants and 17,721 convictions" dates both. The drafts are written for these
tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

CASES = "isl-mediazona-refusal-to-serve-cases-over-20000"  # over 20,000
DEFENDANTS = "isl-mediazona-refusal-to-serve-defendants-may-2025"  # 20,662, end of May 2025
CONVICTIONS = "isl-mediazona-refusal-to-serve-convictions-may-2025"  # 17,721


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mediazona counts more than 20,000 cases of soldiers refusing to serve; by the end "
            "of May 2024, 20,662 defendants and 17,721 convictions.",
            [
                ("more than 20,000", "supported", CASES),
                ("20,662", "period-drift", DEFENDANTS),
                ("17,721", "period-drift", CONVICTIONS),
            ],
        ),
        (
            "Mediazona counts more than 20,000 cases of soldiers refusing to serve; by the end "
            "of May 2025, 20,662 defendants and 17,721 convictions.",
            [
                ("more than 20,000", "supported", CASES),
                ("20,662", "supported", DEFENDANTS),
                ("17,721", "supported", CONVICTIONS),
            ],
        ),
    ],
)
def test_a_period_opening_a_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert judge(text) == expected
