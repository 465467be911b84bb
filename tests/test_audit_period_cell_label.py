"""A table row's period cell dates its figure over a period word in the row's label: in
"| AWOL convictions, wartime (Proekt) | 2023 | 4,373 |" the figure is 2023's, not the
war's. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

WARTIME = "mt-proekt-awol-convictions-wartime"  # 4,373, February 2022 to February 2024
PRE_WAR = "mt-proekt-awol-convictions-2021"  # 527 in 2021

TABLE = """| Measure | Period | Figure | Source |
|---|---|---|---|
| AWOL convictions, wartime (Proekt) | {war} | 4,373 | Proekt |
| AWOL convictions, pre-war (Proekt) | 2021 | 527 | Proekt |
"""


@pytest.mark.parametrize(
    ("war", "expected"),
    [
        ("2023", [("4,373", "period-drift", WARTIME), ("527", "supported", PRE_WAR)]),
        ("2022-2024", [("4,373", "supported", WARTIME), ("527", "supported", PRE_WAR)]),
    ],
)
def test_the_period_cell_over_the_label(war: str, expected: list[tuple[str, str, str]]) -> None:
    assert judge(TABLE.format(war=war)) == expected
