"""A bare figure whose number is a claim's with its scale slipped is that claim's
``mismatch`` when its sentence's words all but clear the ordinary bar ("15 million military
personnel" for the decree's 1.5 million); a bare number whose sentence says little of the
claim stays ``unsourced`` (a bare number slips as often as it is another number). The
drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        (
            "A decree of late 2024 puts the armed forces at about 2.4 million, 15 million of "
            "them military personnel.\n",
            ("15 million", "mismatch", "isl-putin-decree-military-personnel"),
        ),
        (
            "The decree counts 15 million military personnel.\n",
            ("15 million", "mismatch", "isl-putin-decree-military-personnel"),
        ),
        ("Someone online wrote 15 million.\n", ("15 million", "unsourced", None)),
        ("Half a million men have fled, the poster says.\n", ("Half a million", "unsourced", None)),
    ],
)
def test_a_bare_figure_with_its_scale_slipped(
    draft: str, expected: tuple[str, str, str | None]
) -> None:
    assert judge(draft)[-1] == expected
