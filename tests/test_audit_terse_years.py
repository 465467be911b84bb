"""A terse note's "10y" is ten years, as "10 yrs" is: a duration, matched to the
maximum sentence it states. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("• max terms: AWOL 10y, disobedience 3y",
         [("10", "supported", "isl-awol-max-sentence"),
          ("3", "supported", "isl-disobedience-max-sentence")]),
        ("• max terms: AWOL 10 yrs, disobedience 3 yrs",
         [("10", "supported", "isl-awol-max-sentence"),
          ("3", "supported", "isl-disobedience-max-sentence")]),
    ],
)  # fmt: skip
def test_terse_years(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(text + "\n") == expected
