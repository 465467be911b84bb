"""A rate with a base retold with another noun than its claim's ("37.9 officers per 1,000
residents" for 37.9 crimes per 1,000 residents) is the claim's mismatch; the claim's own
noun, with a word before it, and a bare rate keep their claim. The drafts are written for
these tests, on the registry of tests/test_trial10_rates.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_trial10_rates import _audit, _registry, _verdicts

CRIMES = "police-crime-rate-2024"  # 37.9 crimes per 1,000 residents
OFFICERS = "police-officers-rate-2024"  # 1.57 officers per 1,000 residents


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("The town had 37.9 officers per 1,000 residents in 2024.\n", ("mismatch", CRIMES)),
        ("There were 1.57 crimes per 1,000 residents in 2024.\n", ("mismatch", OFFICERS)),
        ("There were 37.9 crimes per 1,000 residents in 2024.\n", ("supported", CRIMES)),
        ("The force had 1.57 sworn officers per 1,000 residents.\n", ("supported", OFFICERS)),
        ("The crime rate was 37.9 per 1,000 residents in 2024.\n", ("supported", CRIMES)),
    ],
)
def test_the_noun_of_a_rate_with_a_base_agrees_with_its_claim(
    tmp_path: Path, draft: str, expected: tuple[str, str]
) -> None:
    code, report = _audit(_registry(tmp_path), draft)
    [(_, status, claim)] = _verdicts(report)
    assert (status, claim) == expected
    assert code == (1 if status == "mismatch" else 0)
    if status == "mismatch":
        assert "where the claim's unit is" in report["items"][0]["message"]
