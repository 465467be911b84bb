"""A figure whose sentence's words barely meet any claim's is read by its number when that
is a claim's own number of three significant digits or more, held by claims of one
measure: ``supported``, or a drift when the draft gives its own qualifier or, writing the
claim's number and qualifier to the letter, another period. Small or shared numbers, a
bare number of a hedged claim and a rounding stay ``unsourced``. The registry and drafts
are written for these tests."""

from __future__ import annotations

import json

import pytest

from desertcheck.audit.own_number import significant

from .authored import Authored

SOURCE = (
    "# Annual review\n\n"
    "The museum counted 4,350 visitors in 2025. Its shop sold nearly 7,780 postcards in 2025. "
    "Staff led 12 guided tours in 2025. Volunteers gave 318 hours in 2025, and schools "
    "booked 318 workshops in 2025.\n"
)

ROWS = [
    # known by the number alone, the words meeting no claim's
    ("Chart label: 4,350.", "supported", "visitors"),
    ("By our reading the figure came to 4,350 again in 2023.", "period-drift", "visitors"),
    ("The other total on the slide was over 7,780.", "qualifier-drift", "postcards"),
    # a bare number of a hedged claim may only refer to it
    ("The other total on the slide was 7,780.", "unsourced", None),
    # too few digits; two measures hold it; not the claim's own number
    ("Chart label: 12.", "unsourced", None),
    ("Chart label: 318.", "unsourced", None),
    ("Chart label: 4,300.", "unsourced", None),
    # a unit word of another thing: another count
    ("The gallery printed 4,350 tickets.", "unsourced", None),
]


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Authored:
    reg = Authored(tmp_path_factory.mktemp("own"), SOURCE)
    reg.claim("counted 4,350 visitors", "visitors", "--unit", "visitors")
    reg.claim("sold nearly 7,780 postcards", "postcards", "--unit", "postcards")
    reg.claim("led 12 guided tours", "tours", "--unit", "tours")
    reg.claim("gave 318 hours", "volunteer-hours", "--unit", "hours")
    reg.claim("booked 318 workshops", "workshops", "--unit", "workshops")
    return reg


@pytest.mark.parametrize(("sentence", "status", "measure"), ROWS)
def test_a_claim_s_own_number_names_it_when_the_words_do_not(
    registry: Authored, sentence: str, status: str, measure: str | None
) -> None:
    code, items = registry.audit(sentence + "\n")
    [item] = items
    assert item["status"] == status, item["message"]
    if measure is not None:
        assert measure in item["claims"][0]["id"], item["claims"][0]["id"]
        assert "known by its number" in item["message"]
    assert code == (1 if status.endswith(("drift", "mismatch")) else 0)


@pytest.mark.parametrize(
    ("value", "digits"),
    [(4350, 3), (17721, 5), (1000, 1), (66.7, 3), (0.667, 3), (9.9, 2), (2.4e6, 2), (0, 0)],
)
def test_significant_digits(value: float, digits: int) -> None:
    assert significant(value) == digits


def test_a_raised_min_score_leaves_it_to_the_words(registry: Authored) -> None:
    path = registry.tmp / "draft.md"
    path.write_text("Chart label: 4,350.\n", encoding="utf-8")
    args = ["audit", str(path), "--format", "json", "--min-score", "50"]
    [item] = json.loads(registry.run(*args).stdout)["items"]
    assert item["status"] == "unsourced", item["message"]
