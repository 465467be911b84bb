"""Words of the field a reporter uses: "hurt" and "maimed" stand for "injured", as
"wounded" and "harmed" do, so a sentence that says them names a claim of people killed or
injured; "Art." is "Article", as a slide or a handout abbreviates it ("Art. 338
(desertion): 1,010" meets "charged with desertion under Article 338")."""

from __future__ import annotations

import pytest

from desertcheck.audit.terms import terms


@pytest.mark.parametrize("word", ["injured", "wounded", "harmed", "hurt", "maimed"])
def test_harm_words_stand_for_injured(word: str) -> None:
    assert "injur" in terms(word)


def test_hurt_is_no_death() -> None:
    assert "deaths" not in terms("hurt")


@pytest.mark.parametrize("text", ["Art. 338", "Arts. 337 and 338", "under Article 338"])
def test_art_is_article(text: str) -> None:
    assert "articl" in terms(text)
