"""A duration given by a dated change ("raised to ten years in 2022", "подняли … до десяти
лет") holds from the change on: the year is read as "since", and a claim of the law as it
stood later states it. With no change said, the year is the figure's period. The drafts
are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.changes import changed_in
from desertcheck.audit.periods import find_periods

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The maximum penalty for going AWOL was raised to ten years in 2022.",
            ("ten", "supported", "isl-awol-max-sentence"),
        ),
        (
            "In 2022 the maximum penalty for going AWOL was raised to ten years.",
            ("ten", "supported", "isl-awol-max-sentence"),
        ),
        # the same in Russian, the verb earlier in the clause
        (
            "В 2022 году поправки подняли максимальное наказание за СОЧ до десяти лет.",
            ("десяти", "supported", "isl-awol-max-sentence"),
        ),
        # no change said: the year is the figure's own, and the claim is of mid-2025
        (
            "The maximum penalty for going AWOL was ten years in 2021.",
            ("ten", "period-drift", "isl-awol-max-sentence"),
        ),
    ],
)
def test_a_dated_change_holds_from_then_on(text: str, expected: tuple[str, str, str]) -> None:
    assert judge(text + "\n") == [expected]


@pytest.mark.parametrize(
    ("before", "kind"),
    [
        ("the penalty was raised to ", "since"),
        ("a new law doubled it to ", "since"),
        ("the maximum was increased to ", "since"),
        ("the penalty was ", "in"),
        ("raised to the courts, ", "in"),  # not right before the figure
    ],
)
def test_changed_in(before: str, kind: str) -> None:
    [period] = find_periods("in 2022")
    read = changed_in(period, before)
    assert read is not None and read.kind == kind
    assert changed_in(None, before) is None
