"""A Czech draft is read as a Swedish one is: its words of the field as the English concepts
the claims use ("dezerce", "odsouzeno", "svévolné opuštění jednotky"), its stop words
weighing nothing, its qualifiers ("přes", "téměř", "zhruba", "až"), numbers grouped by a
space ("50 000"), decimal commas before "milionu" and "%", number words ("deset let"),
words for many ("desítky tisíc"), rates ("měsíčně", before the figure or after it), and
periods in Czech cases ("od roku 2022", "v dubnu 2025", "mezi listopadem 2024 a červencem
2025", "do konce června 2025"), their years no figures; a date ("24. září"), an article of
the law and a page are no figures. The drafts are written for these tests; the claims are
the shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit import czech
from desertcheck.audit.language import unread_language
from desertcheck.audit.periods import _find_periods

from .test_audit_reading2 import judge

#: Sentences before the one under test, so that the draft reads as Czech.
CZECH = (
    "Zpráva OSN poprvé shrnuje údaje, které se týkají soudů i státních zástupců. Autoři "
    "jsou velmi pečliví a u každého údaje uvádějí zdroj a datum, přičemž to, co zdroj "
    "nemá, do zprávy nezahrnuli.\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Od roku 2022 dezertovalo přes 50 000 ruských vojáků, téměř 10 % všech nasazených.",
            [
                ("50 000", "supported", "euaa-un-desertions-since-2022"),
                ("10 %", "supported", "euaa-un-deserters-share-of-deployed"),
            ],
        ),
        # "v roce 2024" is a period, not a figure, and not the claim's 2023
        (
            "Mediazona napočítala v roce 2024 soudní řízení s 5 593 vojáky za odmítnutí služby.",
            [("5 593", "period-drift", "mt-mediazona-refusal-to-serve-trials-2023")],
        ),
        # number words before "let" (years), qualified by "až"
        (
            "Za dezerci hrozí až patnáct let vězení, za svévolné opuštění jednotky až deset let.",
            [
                ("patnáct", "supported", "isl-desertion-max-sentence"),
                ("deset", "supported", "isl-awol-max-sentence"),
            ],
        ),
        # a decimal comma before "milionu"; a rate adverb before its figure
        (
            "Dekret stanoví velikost ozbrojených sil na zhruba 2,4 milionu osob.",
            [("2,4 milionu", "supported", "isl-putin-decree-armed-forces-size")],
        ),
        (
            "Podle Zelenského Rusko měsíčně naverbuje 40 000–45 000 nových vojáků.",
            [("40 000–45 000", "supported", "isl-zelensky-russian-recruits-per-month")],
        ),
        # a word for many, as "tens of thousands" is read
        (
            "Obhájce mluví o desítkách tisíc trestních věcí pro dezerci a svévolné opuštění "
            "jednotky.",
            [("desítkách tisíc", "supported", "euaa-lawyer-desertion-awol-criminal-cases")],
        ),
    ],
)
def test_czech_draft(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(CZECH + sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # years after a word of time are periods, not figures
        ("V roce 2024 soudy projednaly 5 593 případů.", ["5 593"]),
        ("Od ledna do května 2025 přišlo 4 350 nových případů.", ["4 350"]),
        # a date, an article of the law, a page: no figures
        ("Přeloženo 24. září 2026, celkem 14 případů.", ["14"]),
        ("Podle článku 338 bylo stíháno 14 vojáků.", ["14"]),
        ("Viz strana 7, kde je 14 dalších případů.", ["14"]),
    ],
)
def test_czech_figures(sentence: str, figures: list[str]) -> None:
    assert [it[0] for it in judge(CZECH + sentence)] == figures


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("od roku 2022 dezertovalo", ("since", "od roku 2022")),
        ("od invaze do února 2024 přes", ("as-of", "od invaze do února 2024")),
        ("jen v roce 2024 bylo", ("in", "v roce 2024")),
        ("V dubnu 2025 padlo", ("in", "V dubnu 2025")),
        ("Na jaře 2025 přicházelo", ("in", "Na jaře 2025")),
        ("v letech 2018–2022 odsouzeno", ("in", "v letech 2018–2022")),
        ("(první pololetí 2025)", ("in", "první pololetí 2025")),
        (
            "mezi listopadem 2024 a červencem 2025 odešlo",
            ("between", "mezi listopadem 2024 a červencem 2025"),
        ),
        ("od ledna 2024 do června 2025 čelilo", ("between", "od ledna 2024 do června 2025")),
        ("do konce června 2025 zaznamenal", ("as-of", "do konce června 2025")),
        ("do prosince 2024 napočítala", ("as-of", "do prosince 2024")),
        # near misses: "do" before a bare year is not read (Portuguese "do 2024")
        ("o número do 2024 foi", None),
    ],
)
def test_czech_periods(text: str, period: tuple[str, str] | None) -> None:
    found = [(p.kind, p.text) for p in _find_periods(text, 0)]
    assert found == ([period] if period else [])


@pytest.mark.parametrize(
    ("word", "concepts"),
    [
        ("odsouzeno", ("convictions",)),
        ("stíháno", ("cases", "prosecution")),
        ("dezerce", ("desertion",)),
        ("svévolné", ("awol",)),
        ("neuposlechnutí", ("disobedience",)),
        ("případů", ("cases",)),
        ("rozsudků", ("verdicts",)),
        # near misses: English words hold no Czech part
        ("deserters", ()),
        ("soldiers", ()),
        ("political", ()),
        ("jointly", ()),
    ],
)
def test_czech_concepts(word: str, concepts: tuple[str, ...]) -> None:
    assert czech.concepts(word) == concepts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (CZECH, "Czech"),
        # Polish shares "że", "na", "do", "od", "z" with Czech; its letters tell it apart
        (
            "Raport ONZ po raz pierwszy zbiera dane, które dotyczą sądów i prokuratorów. "
            "Autorzy są bardzo dokładni i przy każdej danej podają źródło oraz datę, a to, "
            "czego źródło nie ma, pominęli, że tak powiem, na zawsze.",
            "Polish",
        ),
        ("The report of the UN has for the first time gathered data from the courts.", None),
    ],
)
def test_czech_named(text: str, language: str | None) -> None:
    assert unread_language(text) == language


def test_czech_number_words() -> None:
    assert [czech.WRITING.number(w) for w in ("deset", "patnáct", "dvě", "tisíc")] == [
        10,
        15,
        2,
        None,
    ]
