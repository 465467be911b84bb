"""An Indian English draft: its figures in lakh and crore are read at their scale ("1.6
lakh" is 160,000, "24 lakh" 2,400,000), as its digits in Indian grouping are
(:mod:`desertcheck.audit.misgrouped`, tests/test_draft_typography.py). The drafts are
written for these tests; the claims are the shipped registry's."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Putin's 2024 decree put the armed forces at about 24 lakh people, "
            "15 lakh of them military personnel.",
            [
                ("about 24 lakh", "supported", "isl-putin-decree-armed-forces-size"),
                ("15 lakh", "supported", "isl-putin-decree-military-personnel"),
            ],
        ),
        # ten times the UN's 16,000: the figure is wrong, not unsourced
        (
            "The UN rapporteur counted 1.6 lakh prosecutions for desertion since 2022.",
            [("1.6 lakh", "mismatch", "nge-un-desertion-prosecutions-since-2022")],
        ),
    ],
)
def test_indian_draft(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(text) == expected
