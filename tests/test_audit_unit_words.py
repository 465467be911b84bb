"""The word after a figure that the parser takes for its unit, read for what it is: a verb
in -ed ("1,100 charged") or a word of the claim's measure ("1,100 desertion", for the
desertion cases) is no unit that disagrees with the claim's, so a wrong value there is the
claim misstated; a word for people still is people ("3,000 servicemen" are not cases). The
drafts are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.quantity import parse_quantities

from .test_audit import auditor
from .test_audit_reading2 import judge


def _agrees(text: str, claim_id: str) -> bool:
    index = auditor().index
    i = next(n for n, e in enumerate(index.entries) if e.claim.id == claim_id)
    q = parse_quantities(text)[0]
    return index.unit_agrees(i, q)


@pytest.mark.parametrize(
    ("text", "claim_id", "agrees"),
    [
        ("1,100 desertion", "isl-mediazona-desertion-cases", True),  # its measure's word
        ("1,100 charged", "isl-mediazona-desertion-cases", True),  # a verb
        ("1,100 parcels", "isl-mediazona-desertion-cases", False),  # another unit
        ("1,100 deserters", "baghai-anti-war-group-assistance-requests", False),  # people
    ],
)
def test_a_unit_word_read_for_what_it_is(text: str, claim_id: str, agrees: bool) -> None:
    assert _agrees(text, claim_id) is agrees


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        (
            "By the summer of 2025 the military courts had 1,369 disobedience cases and "
            "1,100 desertion.\n",
            ("1,100", "mismatch", "isl-mediazona-desertion-cases"),
        ),
        (
            "Mediazona's tally for the courts: 1,369 for disobedience, 1,100 charged with "
            "desertion.\n",
            ("1,100", "mismatch", "isl-mediazona-desertion-cases"),
        ),
    ],
)
def test_a_wrong_value_before_its_measure_word(
    draft: str, expected: tuple[str, str, str | None]
) -> None:
    assert judge(draft)[-1] == expected
