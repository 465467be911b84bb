"""A claim's own number said to be convictions when its claim counts none (trials, charges,
cases, verdicts) is a ``mismatch`` of that claim: only the words at the figure are read.
The drafts are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.convicted import said_convicted
from desertcheck.quantity import parse_quantities

from .test_audit_reading2 import judge

VERDICTS = "isl-mediazona-verdicts-april-2025"  # 848 verdicts
TRIALS = "mt-mediazona-refusal-to-serve-trials-2023"  # 5,593 soldiers faced trial
CHARGED = "isl-mediazona-desertion-cases"  # 1,010 charged with desertion
CONVICTED = "euaa-un-desertion-convictions-2024"  # over 13,500 convicted
PER_WEEK = "mt-mediazona-refusal-to-serve-convictions-per-week-2023"  # about 100 a week


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian military courts convicted 848 soldiers in April 2025, Mediazona says.",
            [("848", "mismatch", VERDICTS)],
        ),
        (
            "Mediazona says 5,593 soldiers were convicted of refusing to serve in 2023.",
            [("5,593", "mismatch", TRIALS)],
        ),
        (
            "Mediazona counts 1,010 convictions for desertion under Article 338.",
            [("1,010", "mismatch", CHARGED)],
        ),
        # the conviction is another figure's: the count of trials keeps its claim
        (
            "In 2023 Mediazona counted 5,593 soldiers on trial, roughly 100 convictions a week.",
            [("5,593", "supported", TRIALS), ("roughly 100", "supported", PER_WEEK)],
        ),
        # a claim of convictions said so is left alone (two sources disagree on it)
        (
            "The UN says over 13,500 soldiers were convicted of desertion-related offences in "
            "2024.",
            [("over 13,500", "supported", CONVICTED)],
        ),
    ],
)
def test_convictions_of_a_claim_that_counts_none(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert judge(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("courts convicted 848 soldiers", True),
        ("129 soldiers were convicted", True),
        ("129 convictions for desertion", True),
        ("17,271 of the 20,662 men had been convicted", False),  # the whole of a part
        ("5,593 soldiers on trial", False),
        ("prosecuted 16,000\nconvicted 13,500", False),  # a table's next row
    ],
)
def test_said_convicted(text: str, expected: bool) -> None:
    q = next(q for q in parse_quantities(text) if q.low in (848, 129, 20662, 5593, 16000))
    assert said_convicted(text, q) is expected


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # a row labelled "convicted" holds a count of charges: the charges' mismatch
        (
            "| Soldiers | Number |\n|---|---|\n| charged with desertion, convicted | 1,010 |\n",
            [("1,010", "mismatch", CHARGED)],
        ),
        # the same row labelled "charged" keeps its claim
        (
            "| Soldiers | Number |\n|---|---|\n| charged with desertion | 1,010 |\n",
            [("1,010", "supported", CHARGED)],
        ),
    ],
)
def test_a_row_labelled_convicted_says_convictions(
    table: str, expected: list[tuple[str, str, str]]
) -> None:
    assert judge("Mediazona's count of soldiers, by article.\n\n" + table) == expected
