"""A dispute between two retellings of one figure that differ only in qualifier ("13,500"
in Novaya Gazeta Europe, "over 13,500" in the EUAA's report, verify's attribution drift)
does not make a figure that agrees with one of them in value, qualifier and period
``contested``: it is ``supported`` by that claim, and the item names the other. A dispute
of period (16,000 "since 2022" against "in 2024") keeps the figure ``contested``. The
drafts are written for these tests; the claims are the shipped registry's."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import auditor, judge

NGE = "nge-un-desertion-convictions-2024"  # 13,500, 2024
EUAA = "euaa-un-desertion-convictions-2024"  # over 13,500, 2024


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UN counted 13,500 desertion convictions in 2024.",
            [("13,500", "supported", NGE)],
        ),
        (
            "The UN counted over 13,500 desertion convictions in 2024.",
            [("over 13,500", "supported", EUAA)],
        ),
        # near misses: a dispute of period stays contested, and so does a figure whose
        # qualifier is neither retelling's
        (
            "Some 16,000 soldiers have been prosecuted for desertion since 2022, the UN says.",
            [("Some 16,000", "contested", "nge-un-desertion-prosecutions-since-2022")],
        ),
        (
            "The UN counted about 13,500 desertion convictions in 2024.",
            [("about 13,500", "contested", EUAA)],
        ),
    ],
)
def test_qualifier_retellings(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(text) == expected


def test_item_names_the_other_retelling() -> None:
    (item,) = auditor().audit("The UN counted 13,500 desertion convictions in 2024.", "d.md")
    assert f"{EUAA} retells it as over 13,500 soldiers" in item.message
