"""A point in time in brackets right after a figure ("289 (2024)", "527 (2021)") is that
figure's period, in prose and in a table's cell alike; a year in brackets after a name
("Proekt (2024) counted …") dates no figure. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

_DISOBEDIENCE = "mt-proekt-disobedience-convictions-2023"  # 289 convictions in 2023


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Disobedience convictions: 289 (2024).", ("289", "period-drift", _DISOBEDIENCE)),
        ("Disobedience convictions: 289 (2023).", ("289", "supported", _DISOBEDIENCE)),
        ("| Offence | Convicted |\n|---|---|\n| Disobedience | 289 (2024) |",
         ("289", "period-drift", _DISOBEDIENCE)),
        # near misses: a source's year, a year after a name
        ("In 2023 courts convicted 289 (Proekt, 2024) of disobedience.",
         ("289", "supported", _DISOBEDIENCE)),
        ("Proekt (2024) counted 289 disobedience convictions in 2023.",
         ("289", "supported", _DISOBEDIENCE)),
    ],
)  # fmt: skip
def test_a_point_in_brackets(text: str, expected: tuple[str, str, str | None]) -> None:
    assert judge(text + "\n") == [expected]
