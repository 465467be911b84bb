"""A claim in only by its value (its own number, under the bar) loses to the claim the
figure's own words name, by less than a claim the words chose: "1,369 of desertion" is
the desertion count misstated (1,369 is the disobedience count). The drafts are written
for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("draft", "verdict"),
    [
        ("Mediazona lists 1,369 of desertion among the cases.\n",
         ("mismatch", "isl-mediazona-desertion-cases")),
        ("Of the cases, 1,369 concern desertion.\n",
         ("mismatch", "isl-mediazona-desertion-cases")),
        # the words name the claim's own measure: its number
        ("Mediazona lists 1,369 of disobedience among the cases.\n",
         ("supported", "isl-mediazona-disobedience-cases")),
        ("Mediazona lists 1,010 of desertion among the cases.\n",
         ("supported", "isl-mediazona-desertion-cases")),
    ],
)  # fmt: skip
def test_the_words_name_the_measure_a_value_only_claim_lacks(
    draft: str, verdict: tuple[str, str]
) -> None:
    assert judge(draft)[-1][1:] == verdict
