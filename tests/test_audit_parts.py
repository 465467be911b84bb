"""A figure that is a part of the figure before it ("…, of whom 17,721 were convicted")
takes that figure's period when its own clause names none. The drafts are written for
these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("draft", "status"),
    [
        # the whole is of the claim's period: so is the part
        (
            "Russian military courts had received cases against 20,662 men by the end of "
            "May 2025, of whom 17,721 had already been convicted.\n",
            "supported",
        ),
        # the whole is put a year early: so is the part
        (
            "Russian military courts had received cases against 20,662 men by the end of "
            "May 2024, of whom 17,721 had already been convicted.\n",
            "period-drift",
        ),
        (
            "Russian military courts had received cases against 20,662 men by the end of "
            "May 2024, among them 17,721 already convicted.\n",
            "period-drift",
        ),
    ],
)
def test_a_part_takes_the_period_of_its_whole(draft: str, status: str) -> None:
    part = judge(draft)[-1]
    assert part[0] == "17,721"
    assert (part[1], part[2]) == (status, "isl-mediazona-refusal-to-serve-convictions-may-2025")


def test_a_part_with_a_period_of_its_own_keeps_it() -> None:
    draft = (
        "Russian military courts had received cases against 20,662 men by the end of May "
        "2024, of whom 17,721 had been convicted by the end of May 2025.\n"
    )
    assert judge(draft)[-1] == (
        "17,721",
        "supported",
        "isl-mediazona-refusal-to-serve-convictions-may-2025",
    )
