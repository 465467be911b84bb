"""German and French numbers in words read whole: a German compound ("sechzehntausend"),
a number and its scale word apart ("fünfzig Tausend", "cinquante mille"), French hyphens.
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.continental_numbers import french_words, german_word, number_words

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("sechzehntausend", 16000),
        ("fünfzigtausend", 50000),
        ("zweihundert", 200),
        ("dreihundertzwölf", 312),
        ("einundzwanzig", 21),
        ("zweitausendvierhundertachtzig", 2480),
        ("tausend", 1000),
        ("achtung", None),
        ("einer", None),
        ("hundertelf", 111),
    ],
)
def test_a_german_number_word(word: str, value: int | None) -> None:
    assert german_word(word) == value


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("cinquante mille", 50000),
        ("seize mille", 16000),
        ("deux cents", 200),
        ("quatre vingt dix", 90),
        ("soixante dix sept", 77),
        ("trois cent vingt mille", 320000),
        ("deux deux", None),
        ("cent cent", None),
    ],
)
def test_french_number_words(words: str, value: int | None) -> None:
    assert french_words(words.split()) == value


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("über fünfzig Tausend Mann", "German", [("fünfzig Tausend", 50000)]),
        ("gut sechzehntausend Verfahren", "German", [("sechzehntausend", 16000)]),
        ("in zwei Dritteln der Fälle", "German", []),  # a fraction
        ("ein Soldat", "German", []),  # an article
        ("vingt-cinq mille hommes", "French", [("vingt-cinq mille", 25000)]),
        ("vingt et un ans", "French", [("vingt et un", 21)]),
        ("dix pour cent", "French", [("dix", 10)]),  # "cent" of per cent
        ("les deux tiers", "French", []),
    ],
)
def test_runs_of_number_words(text: str, language: str, found: list[tuple[str, int]]) -> None:
    assert [(text[a:b], v) for a, b, v in number_words(text, language)] == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Laut den Vereinten Nationen sind seit 2022 mehr als fünfzigtausend russische "
            "Soldaten desertiert, und die Armee verliert weiter Leute.",
            [("mehr als fünfzigtausend", "supported", "euaa-un-desertions-since-2022")],
        ),
        (
            "Laut den Vereinten Nationen sind seit 2022 mehr als fünfzig Tausend russische "
            "Soldaten aus der Armee desertiert.",
            [("mehr als fünfzig Tausend", "supported", "euaa-un-desertions-since-2022")],
        ),
        (
            "D'après l'ONU, plus de cinquante mille soldats russes ont déserté depuis 2022, "
            "et la liste des déserteurs s'allonge pour l'armée.",
            [("plus de cinquante mille", "supported", "euaa-un-desertions-since-2022")],
        ),
    ],
)
def test_a_number_in_words_is_one_figure(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text + "\n") == expected
