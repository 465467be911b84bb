"""A duration whose own clause, row or item names another measure than the claim its
number meets ("up to five for disobedience", five being the desertion maximum before the
law) is that measure's claim misstated: a `mismatch`, not the other claim `supported` or
`contested`. A clause that names the claim's own measure too keeps it. The drafts are
written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

DESERTION = "isl-desertion-max-sentence"  # up to 15 years, as of mid-2025
DISOBEDIENCE = "isl-disobedience-max-sentence"  # three years
BEFORE = "baghai-desertion-max-sentence-before-law"  # five years, desertion and others


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The code sets up to 15 years for desertion and up to five for disobedience.",
            [("up to 15", "supported", DESERTION), ("up to five", "mismatch", DISOBEDIENCE)],
        ),
        (
            "- Desertion: up to 15 years\n- Disobedience: up to 5 years\n",
            [("up to 15", "supported", DESERTION), ("up to 5", "mismatch", DISOBEDIENCE)],
        ),
        # a table row's label names the measure of its cells
        (
            "| Offence | Maximum |\n|---|---|\n| Desertion | 15 years |\n"
            "| Disobedience | 5 years |\n",
            [("15", "supported", DESERTION), ("5", "mismatch", DISOBEDIENCE)],
        ),
        # the named measure's own number: supported as before
        (
            "The code sets up to 15 years for desertion and up to three for disobedience.",
            [("up to 15", "supported", DESERTION), ("up to three", "supported", DISOBEDIENCE)],
        ),
        # the claim's own measure is named too: it keeps the figure
        (
            "Before the law, the punishment for desertion, refusal to fight, disobedience or "
            "surrender was five years.",
            [("five", "supported", BEFORE)],
        ),
    ],
)
def test_a_duration_of_the_measure_its_clause_names(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a maximum of no claim's number, of the one measure its clause names: the latest
        # claim of that measure, misstated
        ("A deserter now risks up to twenty years.", [("up to twenty", "mismatch", DESERTION)]),
        (
            "She says that, uh, desertion is up to three years.",
            [("up to three", "mismatch", DESERTION)],
        ),
        # two measures named: neither is told apart
        (
            "Desertion and going absent without leave now carry up to twenty years.",
            [("up to twenty", "unsourced", None)],
        ),
        # a sentence handed down is no maximum: left unsourced
        ("A deserter was sentenced to six years.", [("six", "unsourced", None)]),
    ],
)
def test_a_maximum_of_the_one_measure_its_clause_names(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected
