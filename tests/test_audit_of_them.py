"""A wrong value said "of them" after a measure its sentence names ("Desertion is rarer:
about 1,100 of them since 2022" for 1,010 desertion cases) is that claim's `mismatch`;
without "of them", or far from the claim's value, it stays `unsourced`. The drafts are
written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

_DESERTION = "isl-mediazona-desertion-cases"  # 1,010 desertion cases


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Desertion is rare: about 1,100 of them so far.", ("about 1,100", "mismatch", _DESERTION)),
        ("Desertion is rare: about 1,100 so far.", ("about 1,100", "unsourced", None)),
        ("Desertion is rare: about 1,500 of them so far.", ("about 1,500", "unsourced", None)),
    ],
)  # fmt: skip
def test_a_value_of_them(text: str, expected: tuple[str, str, str | None]) -> None:
    assert judge(text + "\n") == [expected]
