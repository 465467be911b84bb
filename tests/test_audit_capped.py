""" "Capped" says a maximum, as "cap" does: "AWOL is capped at 5 years" names the maximum
for unauthorised absence, and misstates it. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

AWOL_MAX = "isl-awol-max-sentence"  # ten years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A commenter says AWOL is capped at 5 years.", [("5", "mismatch", AWOL_MAX)]),
        ("A commenter says AWOL is capped at 10 years.", [("10", "supported", AWOL_MAX)]),
    ],
)
def test_capped_is_a_maximum(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert judge(text) == expected
