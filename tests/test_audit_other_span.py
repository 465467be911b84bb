"""A claim's rate retold over another span ("1,000 new cases every week" where the only
rate of that number is about 1,000 a month) is that claim's `mismatch`, said with the
claim's rate converted to the draft's span; a rate converted rightly, a rate of no claim's
number and a rate of its own claim's span are left as they were. The drafts are written
for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from desertcheck.audit import Auditor
from desertcheck.registry import load_registry

from .test_audit import auditor
from .test_audit_reading2 import judge

_MONTHLY = "isl-mediazona-new-cases-per-month-spring-2025"  # about 1,000 cases a month
_WEEKLY = "mt-mediazona-refusal-to-serve-convictions-per-week-2023"  # about 100 a week
_RECRUITS = "isl-zelensky-russian-recruits-per-month"  # 40,000-45,000 recruits a month
_TRIALS = "mt-proekt-desertion-trials-wartime"  # 129 soldiers tried, February 2022-2024
_APRIL = "isl-mediazona-verdicts-april-2025"  # 848 verdicts in April 2025


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("To me it looked like 1,000 every week.", ("1,000", "mismatch", _MONTHLY)),
        ("My count was 100 a day on some weeks.", ("100", "mismatch", _WEEKLY)),
        ("By one reading it is 45,000 a week.", ("45,000", "mismatch", _RECRUITS)),
        ("It is 40,000 to 45,000 a week.", ("40,000 to 45,000", "mismatch", _RECRUITS)),
        # the claim's own span (its words too few to support it), or a number no rate of
        # the registry has: as before
        ("To me it looked like 1,000 every month.", ("1,000", "unsourced", None)),
        ("To me it looked like 1,700 every week.", ("1,700", "unsourced", None)),
        # a count's number said per a span shorter than half its period
        ("By my reading 129 a month faced a court for desertion.", ("129", "mismatch", _TRIALS)),
        ("By my reading 848 a week.", ("848", "mismatch", _APRIL)),
        ("By my reading 848 a month.", ("848", "unsourced", None)),
        # a word for the people the claim counts: its noun, as good as none
        ("My guess: 1,000 soldiers every week.", ("1,000", "mismatch", _MONTHLY)),
        # a noun the claim does not count
        ("My count was 100 calls a day on some weeks.", ("100", "unsourced", None)),
        # a count, not a rate: no span to compare
        ("To me it looked like 1,000 in all.", ("1,000", "unsourced", None)),
    ],
)  # fmt: skip
def test_a_rate_said_over_another_span(text: str, expected: tuple[str, str, str | None]) -> None:
    assert judge(text + "\n") == [expected]


def test_a_count_whose_claim_says_a_rate_is_left(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "ferry.md").write_text(
        "---\ntitle: Ferry report\npublisher: Port\nlanguage: en\n---\n"
        "The ferry carried 2,140 riders a day on average.\n",
        encoding="utf-8",
    )
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "ferry.yaml").write_text(
        "claims:\n  - id: ferry-riders\n    statement: The ferry carried 2,140 riders a day.\n"
        "    value: 2140\n    unit: riders\n    measure: ferry-riders\n    scope: port\n"
        "    period: 2024\n    source: ferry\n"
        '    quote: "The ferry carried 2,140 riders a day on average."\n',
        encoding="utf-8",
    )
    registry = load_registry(tmp_path)
    said = Auditor(registry.registry.claims).audit("Some 2,140 a week rode it in 2024.\n", "d.md")
    assert [it.status for it in said] != ["mismatch"]
    said = Auditor(registry.registry.claims).audit("Then 2,140 a week rode it, I think.\n", "d.md")
    assert [it.status for it in said] != ["mismatch"]


def test_the_message_gives_the_rate_over_the_draft_s_span() -> None:
    (item,) = auditor().audit("To me it looked like 1,000 every week.\n", "d.md")
    assert "a rate per month, but the draft says it per week" in item.message
    assert "per week the claim comes to about 230" in item.message
