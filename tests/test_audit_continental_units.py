"""German and French words of time after a figure as the English unit ("bei 20 Jahren
Haft": years, in the dative as in the nominative), German and French function words as
stop words, weighing nothing in a sentence's score as "the" and "of" do, and "Strafe" read
as a punishment: a wrong maximum penalty is the penalty's ``mismatch``. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.terms import terms

from .test_audit_reading2 import auditor


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Das Gesetz sieht bei Desertion heute bis zu 12 Jahren Haft vor.", "years"),
        ("Das Gesetz sieht bei Desertion heute bis zu 12 Jahre Haft vor.", "years"),
        ("Die Strafe für die Abwesenheit liegt bei 8 Monaten Haft.", "months"),
        ("La loi prévoit pour la désertion jusqu'à 12 ans de prison.", "years"),
    ],
)
def test_a_german_or_french_unit_of_time(text: str, unit: str) -> None:
    [item] = auditor().audit(text + "\n", "d.md")
    assert item.figure.unit == unit


@pytest.mark.parametrize("text", ["die für liegt bei heute", "les dans pour sont de"])
def test_function_words_are_no_terms(text: str) -> None:
    assert terms(text) == []


def test_english_words_of_the_field_stay_terms() -> None:
    assert terms("war") and terms("UN")


@pytest.mark.parametrize(
    "text",
    [
        "Bei Desertion liegt die Höchststrafe inzwischen bei 25 Jahren Haft.",
        "Auf Desertion steht heute eine Höchststrafe von 25 Jahren Haft.",
        "Die Höchststrafe für Desertion beträgt seitdem 25 Jahre Haft.",
    ],
)
def test_a_wrong_maximum_in_the_dative_is_a_mismatch(text: str) -> None:
    [item] = auditor().audit(text + "\n", "d.md")
    assert (item.status, item.claim and item.claim.measure) == (
        "mismatch",
        "desertion-max-sentence",
    )
