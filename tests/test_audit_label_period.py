"""A period in brackets in a table row's label ("| Convicted (2024) | 13,500 |"), or after a
comma that ends it ("| Convicted, 2024 |"), is the
period of the row's figure, before the one its table inherits from the lead-in or the
caption ("since the full-scale invasion"). A label whose brackets hold more than a period
gives none. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

CONVICTIONS_2024 = (
    "nge-un-desertion-convictions-2024"  # 13,500 in 2024 (the EUAA retells it: no dispute)
)
LEAD = "Desertion in Russia since the full-scale invasion.\n\n| Desertion | |\n|---|---|\n"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            "| Convicted (2024) | 13,500 |\n| Convicted (2023) | 13,500 |\n",
            [
                ("13,500", "supported", CONVICTIONS_2024),
                ("13,500", "period-drift", CONVICTIONS_2024),
            ],
        ),
        # more than a period in the brackets: the table's period, since the invasion
        ("| Convicted (UN, 2024) | 13,500 |\n", [("13,500", "period-drift", CONVICTIONS_2024)]),
        # a period after a comma that ends the label
        (
            "| Convicted, 2024 | 13,500 |\n| Convicted, 2023 | 13,500 |\n",
            [
                ("13,500", "supported", CONVICTIONS_2024),
                ("13,500", "period-drift", CONVICTIONS_2024),
            ],
        ),
        # more than a period after the comma: the table's period
        ("| Convicted, UN 2024 | 13,500 |\n", [("13,500", "period-drift", CONVICTIONS_2024)]),
    ],
)
def test_a_row_labels_period(rows: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(LEAD + rows) == expected
