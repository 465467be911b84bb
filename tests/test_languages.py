"""Drafts in other languages and scripts: sentences, words and matching (Russian here)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from desertcheck.audit import Auditor
from desertcheck.audit.terms import terms, words
from desertcheck.draft import blank, sentences
from desertcheck.model import Claim
from desertcheck.registry import load_registry

PROJECT = Path(__file__).parent.parent


def test_sentences_start_with_a_capital_of_any_script() -> None:
    text = (
        "В апреле 2025 года суды вынесли 848 приговоров. «Медиазона» насчитала 4350 дел. "
        "Около 20 тыс. Дел нет. По ст. 337 УК осуждены 4373 человека."
    )
    spans = sentences(blank(text), text)
    assert [text[a:b] for a, b in spans] == [
        "В апреле 2025 года суды вынесли 848 приговоров.",
        "«Медиазона» насчитала 4350 дел.",
        "Около 20 тыс. Дел нет.",
        "По ст. 337 УК осуждены 4373 человека.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a German scale's abbreviation is followed by its noun, capitalised: no stop
        (
            "Im Juli 2024 wurden 11,68 Mio. Nächtigungen gezählt. Das waren mehr.",
            ["Im Juli 2024 wurden 11,68 Mio. Nächtigungen gezählt.", "Das waren mehr."],
        ),
        (
            "Es waren 1,2 Mrd. Euro und 129,3 Tsd. Ehen, bzw. Paare.",
            ["Es waren 1,2 Mrd. Euro und 129,3 Tsd. Ehen, bzw. Paare."],
        ),
    ],
)
def test_a_german_scale_abbreviation_ends_no_sentence(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in sentences(blank(text), text)] == expected


# -- words ----------------------------------------------------------------------------------


def stems(text: str) -> list[str]:
    """Each word's own stem (without the concept words of the paraphrase lexicon)."""
    return [found[0] for _, _, found in words(text)]


def test_words_of_any_script_are_read() -> None:
    assert stems("Военные суды вынесли 848 приговоров") == ["военн", "суд", "вынесл", "приговор"]
    # Greek casefolded (a final sigma as σ), its accents dropped and its words of the
    # field standing for the English concepts (desertcheck.audit.greek)
    assert terms("ΣΤΡΑΤΙΩΤΕΣ λιποτάκτησαν") == [
        "στρατιωτεσ",
        "soldi",
        "λιποτακτησαν",
        "desert",
    ]
    assert terms("Σ ΑΒΓΔ") == ["αβγδ"]  # a word of another script is kept whole
    assert terms("Café") == ["café"]


def test_russian_words_meet_english_claims_through_the_lexicon() -> None:
    assert "desert" in terms("дезертировали")
    assert "verdict" in terms("приговоров")
    assert "convict" in terms("осуждены")
    assert {"awol", "absenc"} <= set(terms("самовольное оставление части"))


def test_russian_inflections_share_a_stem() -> None:
    for forms in (
        "дезертир дезертира дезертиры дезертиров дезертирам",
        "приговор приговора приговоры приговоров приговорам",
        "военный военного военные военных военными",
        "часть части частью",
        "самовольное самовольного самовольном",
        "дело дела делам делами",
        "осуждены осуждено осуждён",
    ):
        found = {tuple(stems(w)) for w in forms.split()}
        assert len(found) == 1 and len(next(iter(found))) == 1, (forms, found)


def test_russian_stop_words_and_time_words_are_dropped() -> None:
    assert stems("более 20 тысяч дел в 2024 году, по данным суда") == ["дел", "суд"]


def test_the_english_stemmer_leaves_other_scripts_alone() -> None:
    # "…ers"/"…ing"/"…ed" endings are English; a Cyrillic word never loses Latin endings
    # and keeps its letters
    for word in ("армия", "солдат", "Медиазона"):
        (stem,) = stems(word)
        assert word.casefold().startswith(stem)
        assert len(stem) >= 3


# -- matching a claim quoted in Russian -----------------------------------------------------

RUSSIAN_CLAIM = {
    "id": "ru-awol-verdicts-2024",
    "statement": "Military courts handed down 9,412 verdicts for unauthorised absence in 2024.",
    "value": 9412,
    "unit": "verdicts",
    "measure": "awol-verdicts",
    "scope": "russian-military-courts",
    "period": "2024",
    "source": "ru-source",
    "quote": "В 2024 году военные суды вынесли 9412 приговоров за самовольное оставление части.",
}


@cache
def russian_auditor() -> Auditor:
    claims = load_registry(PROJECT).registry.claims
    return Auditor([*claims, Claim.model_validate(RUSSIAN_CLAIM)])


@pytest.mark.parametrize(
    "sentence",
    [
        "В 2024 году военные суды вынесли 9412 приговоров за самовольное оставление части.",
        "За самовольное оставление части военные суды вынесли 9 412 приговоров.",
        "По данным судов, за самовольное оставление части вынесено 9412 приговоров.",
    ],
)
def test_a_russian_sentence_is_matched_to_a_claim_quoted_in_russian(sentence: str) -> None:
    (item,) = russian_auditor().audit(sentence, "ru.md")
    assert item.status == "supported", item.message
    assert item.claim is not None and item.claim.id == RUSSIAN_CLAIM["id"]


def test_a_russian_sentence_with_another_value_is_not_supported() -> None:
    sentence = "В 2024 году военные суды вынесли 9650 приговоров за самовольное оставление части."
    (item,) = russian_auditor().audit(sentence, "ru.md")
    assert item.status != "supported"


def test_an_english_sentence_still_matches_the_claim_by_its_ids() -> None:
    sentence = "Military courts handed down 9,412 verdicts for unauthorised absence in 2024."
    (item,) = russian_auditor().audit(sentence, "en.md")
    assert item.status == "supported", item.message
    assert item.claim is not None and item.claim.id == RUSSIAN_CLAIM["id"]
