"""A figure whose sentence's words barely meet any claim's is read by its number when that
is a claim's own number of three significant digits or more, held by claims of one
measure: ``supported``, or a drift when the draft gives its own qualifier or, writing the
claim's number and qualifier to the letter, another period. Small or shared numbers, a
bare number of a hedged claim and a rounding stay ``unsourced``, and so does a number
whose words (its sentence, the heading, sentence before or table header it takes words
from) share no word with the claim's: "Ticket sales reached 17,721 in May" is about
tickets. The registry and drafts are written for these tests, but the last table's, which
are audited against the shipped registry."""

from __future__ import annotations

import json

import pytest

from desertcheck.audit.own_number import significant

from .authored import Authored
from .test_audit_reading2 import judge

SOURCE = (
    "# Annual review\n\n"
    "The museum counted 4,350 visitors in 2025. Its shop sold nearly 7,780 postcards in 2025. "
    "Staff led 12 guided tours in 2025. Volunteers gave 318 hours in 2025, and schools "
    "booked 318 workshops in 2025.\n"
)

ROWS = [
    # known by the number, its words (here a heading's) too weak to name the claim but
    # sharing a word with it
    ("## Visitors\n\nChart label: 4,350.", "supported", "visitors"),
    (
        "## Visitors\n\nBy our reading the figure came to 4,350 again in 2023.",
        "period-drift",
        "visitors",
    ),
    (
        "## Postcards\n\nThe other total on the slide was over 7,780.",
        "qualifier-drift",
        "postcards",
    ),
    # a bare number of a hedged claim may only refer to it
    ("## Postcards\n\nThe other total on the slide was 7,780.", "unsourced", None),
    # the number alone, no word of the claim's: it may be anything's
    ("Chart label: 4,350.", "unsourced", None),
    ("By our reading the figure came to 4,350 again in 2023.", "unsourced", None),
    ("The other total on the slide was over 7,780.", "unsourced", None),
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
    path.write_text("## Visitors\n\nChart label: 4,350.\n", encoding="utf-8")
    args = ["audit", str(path), "--format", "json", "--min-score", "50"]
    [item] = json.loads(registry.run(*args).stdout)["items"]
    assert item["status"] == "unsourced", item["message"]


def test_another_line_writing_the_number_can_share_the_claim_s_words(registry: Authored) -> None:
    # the transcript's "848 in the month" after "there were 848 verdicts": the number's
    # other line names what it counts; a line about tickets names nothing of the claim's
    code, items = registry.audit("The museum counted 4,350 visitors.\n\nChart label: 4,350.\n")
    assert [i["status"] for i in items] == ["supported", "supported"], items
    assert code == 0
    _, items = registry.audit("The gallery printed 4,350 tickets.\n\nChart label: 4,350.\n")
    assert [i["status"] for i in items] == ["unsourced", "unsourced"], items


#: Sentences about other things that write a shipped claim's own number (3+ significant
#: digits, held by claims of one measure): none may be tied to the claim by its number.
UNRELATED = [
    # sport
    "Attendance at the cup final was 18,159.",
    "In 2023 the marathon's finishers came to 5,593.",
    "Season-ticket renewals stood at 4,373.",
    "The club's away fans numbered over 3,050 in December 2024.",
    # culture
    "Ticket sales reached 17,721 in May.",
    "Ticket sales reached over 17,721 in May.",
    "In 2019 the museum counted 4,350 in its first week.",
    "The festival's visitors totalled 1,369 on Sunday.",
    "The library lent 1,010 last week.",
    # business
    "Our podcast downloads came to 20,662 last month.",
    "The firm shipped nearly 13,800 in the last quarter.",
    "Quarterly orders at the bakery rose to 7,780.",
    "Our newsletter's subscribers rose to over 3,050 in December 2024.",
    # weather
    "Rainfall for the year came to 848, the wettest since records began.",
    "Lightning strikes over the county numbered 3,380 on Tuesday.",
    "In 2023 the ski resort's snowfall reached 289 by March.",
]


@pytest.mark.parametrize("sentence", UNRELATED)
def test_an_unrelated_sentence_is_not_tied_to_a_claim_by_its_number(sentence: str) -> None:
    for text, status, claim in judge(sentence):
        assert status == "unsourced", (text, status, claim)
