"""Words of harm a reporter uses for injuries: "hurt" and "maimed" stand for "injured", as
"wounded" and "harmed" do, so a sentence that says them names a claim of people killed or
injured."""

from __future__ import annotations

import pytest

from desertcheck.audit.terms import terms


@pytest.mark.parametrize("word", ["injured", "wounded", "harmed", "hurt", "maimed"])
def test_harm_words_stand_for_injured(word: str) -> None:
    assert "injur" in terms(word)


def test_hurt_feelings_are_no_measure_of_their_own() -> None:
    assert "deaths" not in terms("hurt")
