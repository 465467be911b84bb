"""A period said in one "that" clause of a sentence ("notes that 289 were convicted … in
2023, and that 129 were tried …") does not date a figure of the next one; a sentence with
no such clause, or a "that" that restates ("…, that is …"), carries it as before. The
drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

_MALINGERING = "mt-proekt-malingering-trials-wartime"  # 31 trials to February 2024
_PSYCHIATRY = "nge-un-coercive-psychiatry-2022-2025"  # about 51 people, 2022-2025


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The House notes that 289 were convicted of disobedience in 2023, against nine in the "
         "five years to 2022, and that 129 were tried for desertion and 31 for malingering.",
         ("31", "supported", _MALINGERING)),
        ("The House notes that 258 cases of torture were documented in 2024 and 2025, that "
         "about 51 people were subjected to coercive psychiatry.",
         ("about 51", "supported", _PSYCHIATRY)),
        # near misses: no "that" clause, or its own period in it
        ("The UN documented 258 cases of torture in 2024 and 2025 and about 51 people "
         "subjected to coercive psychiatry.", ("about 51", "period-drift", _PSYCHIATRY)),
        ("The House notes that 258 cases of torture were documented, and that about 51 "
         "people were subjected to coercive psychiatry in 2024 and 2025.",
         ("about 51", "period-drift", _PSYCHIATRY)),
    ],
)  # fmt: skip
def test_a_that_clause_keeps_its_period(text: str, expected: tuple[str, str, str | None]) -> None:
    assert judge(text + "\n")[-1] == expected
