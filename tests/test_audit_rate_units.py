"""A rate in a claim's unit: the registry's hyphenated form ("cases-per-month") and the
words `add claim` keeps from its quote ("GBP a month", "EUR pro Tag") are one kind, the
kind of a draft's "£1,085 a month"."""

from __future__ import annotations

from pathlib import Path

import pytest

from desertcheck.audit.kinds import claim_kind
from desertcheck.model import Claim

from .authored import Authored


@pytest.mark.parametrize(
    ("unit", "kind"),
    [
        ("cases-per-month", "rate-month"),
        ("verdicts-per-working-day", "rate-day"),
        ("convictions-per-week", "rate-week"),
        ("GBP a month", "rate-month"),
        ("EUR a day", "rate-day"),
        ("passengers per week", "rate-week"),
        ("homes each month", "rate-month"),
        ("EUR pro Tag", "rate-day"),
        ("Euro pro Nacht", "rate-day"),
        ("Menschen pro Woche", "rate-week"),
        # not a rate: a span that is the unit itself, a rate audit has no kind for, words
        # that only contain a span
        ("days", "duration"),
        ("homes a year", "count"),
        ("GBP", "count"),
        ("daycare-places", "count"),
        ("per-capita-income", "count"),
        ("monthly-reports", "count"),
    ],
)
def test_the_kind_of_a_claims_unit(unit: str, kind: str) -> None:
    claim = Claim.model_validate(
        {
            "id": "c",
            "statement": "s",
            "value": 1,
            "qualifier": "exactly",
            "unit": unit,
            "measure": "m",
            "scope": "s",
            "period": "2025",
            "source": "src",
            "quote": "q",
        }
    )
    assert claim_kind(claim) == kind


SOURCE = """\
# Housing bulletin 2025

The median rent for a two-bedroom flat reached £1,085 a month in December 2025.
A berth for a large ship cost €1,250.50 a day in 2025.
"""


def test_a_rate_added_by_add_claim_supports_the_same_rate_in_a_draft(tmp_path: Path) -> None:
    reg = Authored(tmp_path, SOURCE)
    reg.claim("£1,085 a month", "median-rent")
    reg.claim("€1,250.50 a day", "berth-fee")
    _, items = reg.audit(
        "Rents have climbed to £1,085 a month.\nA berth for a ship costs €1,250.50 a day.\n"
    )
    assert [(it["value"]["text"], it["status"]) for it in items] == [
        ("£1,085", "supported"),
        ("€1,250.50", "supported"),
    ]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a number word made an adjective counts nothing, as scan says of a source
        ("The median rent for a two-bedroom flat reached £1,085 a month.", ["£1,085"]),
        ("Call 999 if 3 ships collide.", ["3"]),
        # a figure said roughly is still a figure
        ("Forty were AWOL, twenty-ish desertion proper.", ["Forty", "twenty"]),
        ("Some twenty-odd soldiers fled.", ["Some twenty"]),
        # a span's compound states a term, which a claim may give
        ("Desertion carries a ten-year sentence.", ["ten"]),
    ],
)
def test_a_number_that_counts_nothing_is_not_audited(text: str, figures: list[str]) -> None:
    from desertcheck.audit.reading import figures_by_sentence

    _, by_sentence = figures_by_sentence(text, text)
    found = [q.text for qs in by_sentence.values() for q in qs]
    assert found == figures
