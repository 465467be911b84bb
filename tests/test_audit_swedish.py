"""A Swedish draft is read as a Dutch one is: its words of the field as the English concepts
the claims use ("åtal", "dömda", "olovlig frånvaro"), its stop words weighing nothing, its
qualifiers ("drygt", "nästan", "omkring", "upp till"), numbers grouped by a space ("50 000",
"15 000–20 000"), decimal commas before "procent" and "miljoner", number words ("tio år",
"femtiotusen", "tiotusentals"), rates ("i månaden") and periods ("sedan 2022", "mellan
november 2024 och juli 2025", "under 2024"), their years no figures. The drafts are written
for these tests; the claims are the shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit import dutch, swedish
from desertcheck.audit.language import unread_language
from desertcheck.audit.periods import _find_periods

from .test_audit_reading2 import judge

#: Sentences before the one under test, so that the draft reads as Swedish.
SWEDISH = (
    "Rapporten från FN har för första gången samlat uppgifter från domstolarna och "
    "åklagarna. Författarna har varit noga med källan och datumet för varje uppgift som "
    "de återger, och de har inte tagit med det som saknar källa.\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Över 50 000 ryska soldater har deserterat sedan 2022 – nästan 10 procent av dem "
            "som skickats till fronten.",
            [
                ("50 000", "supported", "euaa-un-desertions-since-2022"),
                ("10 procent", "supported", "euaa-un-deserters-share-of-deployed"),
            ],
        ),
        # "under 2024" is a period, not a figure, and not the claim's 2023
        (
            "Mediazona räknade 5 593 rättegångar om vägran att tjänstgöra under 2024.",
            [("5 593", "period-drift", "mt-mediazona-refusal-to-serve-trials-2023")],
        ),
        # a range of numbers grouped by spaces, its rate "i månaden"
        (
            "I Ukraina öppnas sedan december 2024 15 000–20 000 ärenden i månaden.",
            [("15 000–20 000", "supported", "isl-ukraine-new-cases-per-month-since-dec-2024")],
        ),
        # "upp till 15 års fängelse": up to 15 years; "tio år" in words
        (
            "För desertering döms man till upp till 15 års fängelse, för olovlig frånvaro "
            "till upp till tio år.",
            [
                ("15", "supported", "isl-desertion-max-sentence"),
                ("tio", "supported", "isl-awol-max-sentence"),
            ],
        ),
        # a decimal comma before "miljoner", "procent"
        (
            "Dekretet anger krigsmaktens storlek till omkring 2,4 miljoner personer.",
            [("2,4 miljoner", "supported", "isl-putin-decree-armed-forces-size")],
        ),
        (
            "I 66,7 procent av rättegångarna begärde den åtalade att slippa straffansvar.",
            [("66,7 procent", "supported", "isl-ukraine-exemption-requests-share-of-trials")],
        ),
        # a word for many, as "tens of thousands" is read
        (
            "En advokat talar om tiotusentals brottmål om desertering och olovlig frånvaro.",
            [("tiotusentals", "supported", "euaa-lawyer-desertion-awol-criminal-cases")],
        ),
    ],
)
def test_swedish_draft(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(SWEDISH + sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # years after a word of time are periods, not figures ("under 2024": during)
        ("Under 2024 räknade Mediazona 5 593 rättegångar.", ["5 593"]),
        ("Mellan januari och maj 2025 registrerades 4 350 nya mål.", ["4 350"]),
        ("Sedan 2022 har 200 000 fångar rekryterats.", ["200 000"]),
        # a number word glued to "tusen"; a number word after "samma" names no count
        ("Fler än femtiotusen soldater har deserterat.", ["femtiotusen"]),
        ("Bara 2 535 nådde domstolarna under samma fem månader.", ["2 535"]),
        # a clock time, an article of the law, an age: no figures
        ("Översatt 12 mars 2026, kl. 08.15, med 14 ärenden.", ["14"]),
        ("En 34-årig soldat riskerar straff enligt artikel 338, som 14 andra.", ["14"]),
    ],
)
def test_swedish_figures(sentence: str, figures: list[str]) -> None:
    assert [it[0] for it in judge(SWEDISH + sentence)] == figures


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("sedan 2022 har över", ("since", "sedan 2022")),
        ("lämnat sedan fullskaleinvasionen.", ("since", "sedan fullskaleinvasionen")),
        ("under 2022 och 2023 öppnade", ("between", "under 2022 och 2023")),
        (
            "mellan november 2024 och juli 2025 lämnade",
            ("between", "mellan november 2024 och juli 2025"),
        ),
        (
            "från januari 2024 till juni 2025 åtalades",
            ("between", "från januari 2024 till juni 2025"),
        ),
        ("fram till den 30 juni 2025 hade över", ("as-of", "fram till den 30 juni 2025")),
        ("i slutet av maj 2025 hade 17 721 dömts", ("as-of", "i slutet av maj 2025")),
        ("Bara i april 2025 meddelades 848 domar för", ("in", "i april 2025")),
        ("under första halvåret 2025 var", ("in", "under första halvåret 2025")),
        ("Våren 2025 kom det in", ("in", "Våren 2025")),
        # near misses: a verb of saying before the date; English "under 2000" is a count
        ("Baghai skrev i december 2023 att", None),
        ("There were under 2000 people there.", None),
    ],
)
def test_swedish_periods(text: str, period: tuple[str, str] | None) -> None:
    found = [(p.kind, p.text) for p in _find_periods(text, 0)]
    assert found == ([period] if period else [])


@pytest.mark.parametrize(
    ("word", "concepts"),
    [
        ("dömda", ("convictions",)),
        ("åtal", ("cases", "prosecution")),
        ("åtalade", ("prosecution", "defendants")),
        ("frånvaro", ("absence", "awol")),
        ("lydnadsvägran", ("disobedience",)),
        ("fängelse", ("sentence", "prison")),
        ("rättegångar", ("trials", "cases")),
        ("ärenden", ("cases",)),
        # near misses: English words hold no Swedish part
        ("deserters", ()),
        ("fatal", ()),
        ("freedoms", ()),
        ("fall", ()),
    ],
)
def test_swedish_concepts(word: str, concepts: tuple[str, ...]) -> None:
    assert swedish.concepts(word) == concepts


@pytest.mark.parametrize(
    ("writing", "word", "value"),
    [
        (swedish.WRITING, "tio", 10),
        (swedish.WRITING, "femtiotusen", 50_000),
        (dutch.WRITING, "vijftigduizend", 50_000),
        (swedish.WRITING, "tusen", None),
        (swedish.WRITING, "tiotusentals", None),
    ],
)
def test_number_words(writing: object, word: str, value: int | None) -> None:
    assert writing.number(word) == value  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (SWEDISH, "Swedish"),
        ("The report of the UN has for the first time gathered data from the courts.", None),
    ],
)
def test_swedish_named(text: str, language: str | None) -> None:
    assert unread_language(text) == language
