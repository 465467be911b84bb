"""A change's words ("rose", "growth", "climbed") are one idea: a claim of a measure of
growth is named by a draft's "rose" (found in a user trial: "some 21% more" for nearly 12%
passed a plain run as `unsourced`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desertcheck.audit.terms import terms

from .authored import Authored


@pytest.mark.parametrize("word", ["rose", "rise", "growth", "climbed", "grown", "increased"])
def test_words_of_a_rise_meet(word: str) -> None:
    assert set(terms(word)) & set(terms("growth"))


def test_a_wrong_rise_is_a_mismatch_of_the_growth_claim(tmp_path: Path) -> None:
    reg = Authored(
        tmp_path,
        "# Hafen\n\nDie Zahl der Kreuzfahrtschiffe stieg auf 87, knapp 12 % mehr als im Vorjahr.\n",
        language="de",
    )
    reg.claim(
        "knapp 12 % mehr als im Vorjahr",
        "cruise-ship-calls-growth",
        *("--statement", "The number of cruise ships rose by nearly 12% in 2025."),
    )
    reg.claim(
        "Die Zahl der Kreuzfahrtschiffe stieg auf 87",
        "cruise-ship-calls",
        *("--unit", "ships", "--statement", "The number of cruise ships rose to 87 in 2025."),
    )
    code, items = reg.audit(
        "The number of cruise ships rose to 87, some 21% more than the year before.\n"
    )
    by_text = {it["value"]["text"]: it for it in items}
    assert by_text["some 21%"]["status"] == "mismatch", by_text["some 21%"]["message"]
    assert code == 1
