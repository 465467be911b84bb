"""A Hungarian draft is read as a Turkish one is: its words of the field by the parts its
endings are glued to ("katonát", "ítéltek", "szökési"), without accents, its stop words
weighing nothing; numbers with a space for thousands and a decimal comma, the ending glued
to a number by a hyphen ("10%-át", "17 721-et") no word of its own; scale words ("15–20
ezer", "2,4 millió"); qualifiers before a number ("több mint", "közel", "mintegy",
"legalább"), number words ("három"), words for many ("tízezrek"), shares ("kétharmada"),
rates before a number ("havonta", "munkanaponként"), "közülük" pointing back, and periods
("2022 óta", "2024-ben", "2025 októberéig", "2025 januárjától májusig"), their years no
figures. The drafts are written for these tests; the claims are the shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit import hungarian
from desertcheck.audit.language import unread_language
from desertcheck.audit.periods import _find_periods

from .test_audit_reading2 import judge

#: Sentences before the one under test, so that the draft reads as Hungarian.
HUNGARIAN = (
    "Ez a cikk angolból készült fordítás, és a benne szereplő számokat a szerkesztőség "
    "ellenőrizte. A fordító szerint a források meg vannak nevezve, és ami nem található, "
    "azt külön jelölték.\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "több mint" is over; "50 000" a number with a space of thousands
        (
            "Az ENSZ szerint 2022 óta több mint 50 000 orosz katona dezertált.",
            [("50 000", "supported", "euaa-un-desertions-since-2022")],
        ),
        # the ending after the per cent sign is no word; "közel" is nearly
        (
            "A dezertőrök a bevetett katonák közel 10%-át teszik ki.",
            [("10%", "supported", "euaa-un-deserters-share-of-deployed")],
        ),
        # "legalább" is at least: the claim's nearly 3,380 drifts
        (
            "A Keleti Katonai Körzetben 2024 decemberéig legalább 3 380 szökési ügyet "
            "jegyeztek fel.",
            [("3 380", "qualifier-drift", "euaa-frontelligence-desertions-eastern-md-dec-2024")],
        ),
        # a decimal comma before a scale word; "mintegy" is about
        (
            "Putyin rendelete szerint a fegyveres erők létszáma mintegy 2,4 millió fő.",
            [("2,4 millió", "supported", "isl-putin-decree-armed-forces-size")],
        ),
        # a rate word before the figure, a range of thousands
        (
            "Ukrajnában 2024 decembere óta havonta 15–20 ezer ügy indul.",
            [("15–20 ezer", "supported", "isl-ukraine-new-cases-per-month-since-dec-2024")],
        ),
        (
            "A bíróságok 2025 áprilisában munkanaponként 38 ítéletet hoztak.",
            [("38", "supported", "isl-mediazona-verdicts-per-working-day-april-2025")],
        ),
        # a rate word after a figure, before another number, is that number's
        (
            "Áprilisban 848 ítéletet hoztak, ami hetente 38 ítéletet jelent.",
            [
                ("848", "supported", "isl-mediazona-verdicts-april-2025"),
                ("38", "mismatch", "isl-mediazona-verdicts-per-working-day-april-2025"),
            ],
        ),
        (
            "Parancsmegtagadásért a büntetési tétel felső határa három év.",
            [("három", "supported", "isl-disobedience-max-sentence")],
        ),
        (
            "2024 januárja és 2025 júniusa között legalább 912 politikai eljárás indult.",
            [("912", "supported", "nge-un-political-prosecutions-2024-mid-2025")],
        ),
        # "közülük" (of them) points back; the ending glued to the number is no unit
        (
            "2025 május végéig 20 662 katona állt bíróság elé; közülük 17 721-et ítéltek el.",
            [
                ("20 662", "supported", "isl-mediazona-refusal-to-serve-defendants-may-2025"),
                ("17 721", "supported", "isl-mediazona-refusal-to-serve-convictions-may-2025"),
            ],
        ),
        (
            "A dezertőrök és az engedély nélkül távozott katonák elleni büntetőügyek száma a "
            "tízezrek nagyságrendjében mozog.",
            [("tízezrek", "supported", "euaa-lawyer-desertion-awol-criminal-cases")],
        ),
        (
            "A tárgyalt ukrán ügyek kétharmada esetében az ügyészség kéri a felmentést.",
            [("kétharmada", "supported", "isl-ukraine-exemption-requests-share-of-trials")],
        ),
        # "kb." (about) before a number ends no sentence: the rate word is the figure's
        (
            "A Mediazona szerint 2023-ban 5593 katona állt bíróság elé, és hetente kb. 100 "
            "ítélet született.",
            [
                ("5593", "supported", "mt-mediazona-refusal-to-serve-trials-2023"),
                ("100", "supported", "mt-mediazona-refusal-to-serve-convictions-per-week-2023"),
            ],
        ),
        (
            "Zelenszkij elnök szerint Oroszország havonta 40–45 ezer újoncot toboroz.",
            [("40–45 ezer", "supported", "isl-zelensky-russian-recruits-per-month")],
        ),
    ],
)
def test_hungarian_draft(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(HUNGARIAN + sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # years with an ending or a word of time after them are periods, not figures
        ("2024-ben 14 ügy indult.", ["14"]),
        ("2025 októberéig 14 ügy indult.", ["14"]),
        ("2018 és 2022 között 14 ügy indult.", ["14"]),
        # a date, an article of the law, a page, a version: no figures
        ("Budapest, 2026. június 11.: 14 ügy indult.", ["14"]),
        ("A Btk. 337. cikke szerint 14 ügy indult.", ["14"]),
        ("A 2.1-es változat szerint 14 ügy indult a 4. oldalon.", ["14"]),
    ],
)
def test_hungarian_figures(sentence: str, figures: list[str]) -> None:
    assert [it[0] for it in judge(HUNGARIAN + sentence)] == figures


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2022 óta több mint", ("since", "2022 óta")),
        ("2024 decembere óta havonta", ("since", "2024 decembere óta")),
        ("az invázió óta több mint", ("since", "az invázió óta")),
        ("2024-ben 13 500", ("in", "2024-ben")),
        ("2025 tavaszán havonta", ("in", "2025 tavaszán")),
        ("2025 első felében az", ("in", "2025 első felében")),
        ("2023 decemberi blogja", ("in", "2023 decemberi")),
        ("2025 októberéig a", ("as-of", "2025 októberéig")),
        ("2025 május végéig 20 662", ("as-of", "2025 május végéig")),
        (
            "2024 novemberétől 2025 júliusáig csak",
            ("between", "2024 novemberétől 2025 júliusáig"),
        ),
        ("2025 januárjától májusig 2355", ("between", "2025 januárjától májusig")),
        ("2025-ben januártól júniusig", ("between", "2025-ben januártól júniusig")),
        (
            "2024 januárja és 2025 júniusa között",
            ("between", "2024 januárja és 2025 júniusa között"),
        ),
        ("2018 és 2022 között összesen", ("between", "2018 és 2022 között")),
        ("2022-ben és 2023-ban 5260", ("between", "2022-ben és 2023-ban")),
        # near misses: an English year, a year with no word of time after it
        ("the 2024 report", None),
        ("2024 katona", None),
    ],
)
def test_hungarian_periods(text: str, period: tuple[str, str] | None) -> None:
    found = [(p.kind, p.text) for p in _find_periods(text, 0)]
    assert found == ([period] if period else [])


@pytest.mark.parametrize(
    ("word", "concepts"),
    [
        ("katonát", ("soldiers",)),
        ("katonai", ("military",)),
        ("szökési", ("desertion",)),
        ("dezertőrök", ("desertion", "deserters")),
        ("ítéltek", ("convicted",)),
        ("ítéletet", ("verdicts", "convictions")),
        ("büntetőügyek", ("criminal", "cases")),
        ("ügy", ("cases",)),
        # "ügy" is read whole: "ugyanez" (the same) is no case
        ("ugyanez", ()),
        # near misses: English words hold no Hungarian part
        ("katana", ()),
        ("orosity", ()),
        ("harcourt", ()),
        ("member", ()),
        ("remembered", ()),
    ],
)
def test_hungarian_concepts(word: str, concepts: tuple[str, ...]) -> None:
    assert hungarian.concepts(word) == concepts


def test_stop_words_are_no_concepts() -> None:
    assert not [w for w in hungarian.STOP if hungarian.concepts(w)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (HUNGARIAN, "Hungarian"),
        # Portuguese shares "a" and "e", not "ő" or "ű"
        (
            "Este artigo é uma tradução do inglês e os números foram verificados pela "
            "redação. O tradutor diz que as fontes são citadas e que o que não foi "
            "encontrado foi assinalado.",
            "Portuguese",
        ),
    ],
)
def test_hungarian_named(text: str, language: str | None) -> None:
    assert unread_language(text) == language
