"""Period words a speaker withdraws in the same breath ("289 in 2024 — no, 2023") date no
figure: the figure takes the period said in their place. A correction in the next
sentence, or one with no point in time after it, withdraws nothing. The drafts are
written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

_DISOBEDIENCE = "mt-proekt-disobedience-convictions-2023"  # 289 convictions in 2023


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Disobedience, 289 in 2024 — no, 2023, in 2023.", "supported"),
        ("Disobedience convictions: 289 in 2024, sorry, in 2023.", "supported"),
        # near misses: the next sentence, no point in time after the correction
        ("Disobedience convictions: 289 in 2024. No, 2023 was quieter.", "period-drift"),
        ("Disobedience convictions: 289 in 2024 — no, really.", "period-drift"),
    ],
)  # fmt: skip
def test_a_withdrawn_period(text: str, status: str) -> None:
    assert judge(text + "\n")[0] == ("289", status, _DISOBEDIENCE)
