"""A clause joined by ", and" whose verb is one of saying ("and a defence lawyer speaks
of tens of thousands", "and lawyers estimate …") has a verb of its own: the period of the
clause before it is not its figure's. A clause with no verb carries it. The drafts are
written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

_LAWYER = "euaa-lawyer-desertion-awol-criminal-cases"  # tens of thousands, one day of 2025
_START = "A UN report puts desertion prosecutions at over 16,000 in 2024, and "


@pytest.mark.parametrize(
    ("rest", "verdict"),
    [
        ("a defence lawyer speaks of tens of thousands of such criminal cases.", "supported"),
        ("lawyers estimate tens of thousands of such criminal cases.", "supported"),
        ("one lawyer told us of tens of thousands of such criminal cases.", "supported"),
        # no verb: the clause carries the period of the one before it
        ("tens of thousands of such criminal cases.", "period-drift"),
    ],
)  # fmt: skip
def test_a_clause_with_a_verb_of_saying_has_its_own_period(rest: str, verdict: str) -> None:
    assert judge(_START + rest + "\n")[1] == ("tens of thousands", verdict, _LAWYER)
