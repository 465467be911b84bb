"""A number after "c." (circa) is hedged "about", as "ca." and "circa" are: "c. 16,000
since 2022" retells the "some 16,000" since 2022, where the bare 16,000 drops its
qualifier. "etc." before a number is no circa. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

SINCE_2022 = "nge-un-desertion-prosecutions-since-2022"  # some 16,000, contested


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UN counts c. 16,000 desertion prosecutions since 2022.",
            [("c. 16,000", "contested", SINCE_2022)],
        ),
        (
            "| Measure | Count |\n|---|---|\n| Desertion prosecutions since 2022 (UN) | "
            "c. 16,000 |\n",
            [("c. 16,000", "contested", SINCE_2022)],
        ),
        # no "c.": the bare number drops the claim's "some"
        (
            "The UN counts 16,000 desertion prosecutions since 2022.",
            [("16,000", "qualifier-drift", SINCE_2022)],
        ),
        (
            "Lists, tables etc. 16,000 desertion prosecutions since 2022.",
            [("16,000", "qualifier-drift", SINCE_2022)],
        ),
    ],
)
def test_circa_is_about(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(text) == expected
