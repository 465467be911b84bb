"""A figure given to another scope than its claim's (found in a user's trial): "Ukrainian
courts received 4,350 such cases", 4,350 being the Russian courts' count in the same
report, passed as ``supported``."""

from __future__ import annotations

import pytest

from .test_audit import auditor

RUSSIA = "isl-mediazona-russia-new-cases-jan-may-2025"
UKRAINE = "isl-ukraine-court-cases-jan-may-2025"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the other country's courts given Russia's number: the mismatch of Ukraine's claim
        (
            "Ukrainian courts received 4,350 such cases between January and May 2025.",
            [("4,350", "mismatch", UKRAINE)],
        ),
        # each country's own number
        (
            "Russian courts received 4,350 new cases between January and May 2025.",
            [("4,350", "supported", RUSSIA)],
        ),
        (
            "In Ukraine, courts received 2,355 such cases between January and May 2025, while "
            "Russian courts received 4,350.",
            [("2,355", "supported", UKRAINE), ("4,350", "supported", RUSSIA)],
        ),
        # no scope named: the number's own claim
        (
            "Courts received 4,350 new cases between January and May 2025.",
            [("4,350", "supported", RUSSIA)],
        ),
    ],
)
def test_a_number_given_to_another_scope(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    items = auditor().audit(sentence, "d.md")
    assert [(it.figure.text, it.status, it.claim and it.claim.id) for it in items] == expected


def test_the_message_says_whose_number_it_is() -> None:
    (item,) = auditor().audit(
        "Ukrainian courts received 4,350 such cases between January and May 2025.", "d.md"
    )
    assert f"“4,350” is {RUSSIA}'s (russian-military-courts)" in item.message
