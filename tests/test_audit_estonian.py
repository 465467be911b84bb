"""An Estonian draft is read as a Finnish one is: its words of the field by the parts its
case endings are glued to ("sõdurit", "deserteerimise", "omavolilise"), without accents,
its stop words weighing nothing; numbers with a space for thousands and a decimal comma,
the case ending glued to a number by a hyphen ("10%-ni", "22 580-st") no word of its own;
scale words ("15–20 tuhat", "2,4 miljonit"); qualifiers before a number ("üle", "ligi",
"peaaegu", "umbes", "vähemalt", "kuni"), number words ("kolm", "üheksa"), words for many
("kümneid tuhandeid"), shares ("kaks kolmandikku"), rates after a number ("kuus",
"nädalas", "iga tööpäev"), "neist" pointing back, and periods ("2022. aastast alates",
"2024. aastal", "2025. aasta oktoobri seisuga", "jaanuarist maini 2025"), their years no
figures. The drafts are written for these tests; the claims are the shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit import estonian
from desertcheck.audit.language import unread_language
from desertcheck.audit.periods import _find_periods, find_periods

from .test_audit_reading2 import judge

#: Sentences before the one under test, so that the draft reads as Estonian.
ESTONIAN = (
    "Toimetuse tõlge inglise keelest: tõlkija sõnul ja toimetuse andmeil kontrolliti kõik "
    "arvud ning nende allikad. Mida ei leitud, märgiti eraldi, aga selle kohta kirjutati "
    "ka märkus.\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "üle" is over; "50 000" a number with a space of thousands
        (
            "ÜRO andmeil on 2022. aastast alates deserteerinud üle 50 000 Vene sõduri.",
            [("50 000", "supported", "euaa-un-desertions-since-2022")],
        ),
        # the case ending after the per cent sign is no word; "ligi" is nearly
        (
            "Desertööride osakaal Ukrainasse saadetud vägedest on kasvanud ligi 10%-ni.",
            [("10%", "supported", "euaa-un-deserters-share-of-deployed")],
        ),
        # "vähemalt" is at least: the claim's nearly 3,380 drifts
        (
            "2024. aasta detsembri seisuga oli Idasõjaväeringkonnas vähemalt 3 380 "
            "deserteerimise juhtumit.",
            [("3 380", "qualifier-drift", "euaa-frontelligence-desertions-eastern-md-dec-2024")],
        ),
        # a decimal comma before a scale word; "umbes" is about
        (
            "Putini dekreet määras relvajõudude suuruseks umbes 2,4 miljonit inimest.",
            [("2,4 miljonit", "supported", "isl-putin-decree-armed-forces-size")],
        ),
        # a range of thousands and a rate after it
        (
            "Ukraina uurimisasutused on 2024. aasta detsembrist alustanud 15–20 tuhat uut "
            "asja kuus.",
            [("15–20 tuhat", "supported", "isl-ukraine-new-cases-per-month-since-dec-2024")],
        ),
        (
            "2025. aasta aprillis langetasid sõjaväekohtud 38 otsust iga tööpäev.",
            [("38", "supported", "isl-mediazona-verdicts-per-working-day-april-2025")],
        ),
        (
            "Käsu täitmata jätmise eest on maksimumkaristus kolm aastat vangistust.",
            [("kolm", "supported", "isl-disobedience-max-sentence")],
        ),
        # "neist" (of them) points back
        (
            "2025. aasta mai lõpuks oli kohtus asjad 20 662 sõduri vastu; neist 17 721 "
            "mõisteti süüdi.",
            [
                ("20 662", "supported", "isl-mediazona-refusal-to-serve-defendants-may-2025"),
                ("17 721", "supported", "isl-mediazona-refusal-to-serve-convictions-may-2025"),
            ],
        ),
        (
            "Desertööride ja omavoliliselt lahkunute vastu on kümneid tuhandeid kriminaalasju.",
            [("kümneid tuhandeid", "supported", "euaa-lawyer-desertion-awol-criminal-cases")],
        ),
        # the second clause names its own offence ("käsu", of an order), the first clause's
        # maximum is its too
        (
            "Omavolilise lahkumise eest on maksimumkaristus 10 aastat, käsu täitmata "
            "jätmise eest kolm aastat.",
            [
                ("10", "supported", "isl-awol-max-sentence"),
                ("kolm", "supported", "isl-disobedience-max-sentence"),
            ],
        ),
        # "päevane" (daily) before a figure makes it a daily rate: not the month's total
        (
            "Kohtute päevane bilanss oli aprillis keskmiselt 848 otsust.",
            [("848", "mismatch", "isl-mediazona-verdicts-april-2025")],
        ),
        # "välisagendiks" (as foreign agents) with its consonant changed; "jõudis" (reached)
        (
            "2025. aasta suve seisuga oli välisagendiks kuulutatud umbes 1040 isikut ja "
            "organisatsiooni.",
            [("1040", "supported", "nge-un-foreign-agents-summer-2025")],
        ),
        # an elliptical clause after a semicolon, its qualifier no word of its own
        (
            "2022. aastast on vanglatest värvatud umbes 200 000 vangi; ainuüksi 2024. aastal "
            "väidetavalt umbes 200 000.",
            [
                ("200 000", "supported", "nge-un-prisoners-recruited-since-2022"),
                ("200 000", "period-drift", "nge-un-prisoners-recruited-since-2022"),
            ],
        ),
        # a span of months in one year
        (
            "Jaanuarist maini 2025 said Ukraina kohtud 2355 sellist kohtuasja.",
            [("2355", "supported", "isl-ukraine-court-cases-jan-may-2025")],
        ),
        (
            "2023. aastal seisis kohtu ees 5593 sõdurit ja kohtud mõistsid süüdi umbes 100 "
            "sõdurit nädalas.",
            [
                ("5593", "supported", "mt-mediazona-refusal-to-serve-trials-2023"),
                ("100", "supported", "mt-mediazona-refusal-to-serve-convictions-per-week-2023"),
            ],
        ),
        # a number in words before the word for a thousand, in its cases: one figure
        (
            "ÜRO hinnangul on 2022. aastast alates deserteerunud üle viiekümne tuhande Vene "
            "sõduri.",
            [("viiekümne tuhande", "supported", "euaa-un-desertions-since-2022")],
        ),
        # "igal tööpäeval" (on every working day) is a rate of a day
        (
            "Ainuüksi 2025. aasta aprillis langetasid sõjaväekohtud keskmiselt 38 otsust igal "
            "tööpäeval.",
            [("38", "supported", "isl-mediazona-verdicts-per-working-day-april-2025")],
        ),
        # "tuh" is the word for a thousand cut short
        (
            "Mediazona andmetel on sõjaväekohtutes registreeritud üle 20 tuh kriminaalasja "
            "teenistusest keeldumise eest.",
            [("20 tuh", "supported", "isl-mediazona-refusal-to-serve-cases-over-20000")],
        ),
        # a number in words before "protsenti" is a share
        (
            "Desertöörid on ÜRO järgi peaaegu kümme protsenti Ukrainasse saadetud vägedest.",
            [("kümme protsenti", "supported", "euaa-un-deserters-share-of-deployed")],
        ),
        # "kuni" between two numbers joins a range; "kuus" right before it is a month
        (
            "Ukraina uurimisasutused registreerivad 2024. aasta detsembrist alates kuus "
            "15 000 kuni 20 000 uut asja.",
            [("15 000 kuni 20 000", "supported", "isl-ukraine-new-cases-per-month-since-dec-2024")],
        ),
        # a scale word in the terminative case ("to 2.4 million")
        (
            "Putini dekreet suurendab relvajõudude koosseisu umbes 2,4 miljonini, neist 1,5 "
            "miljonit sõjaväelased.",
            [
                ("2,4 miljonini", "supported", "isl-putin-decree-armed-forces-size"),
                ("1,5 miljonit", "supported", "isl-putin-decree-military-personnel"),
            ],
        ),
    ],
)
def test_estonian_draft(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(ESTONIAN + sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # years with "aasta" after them are periods, not figures
        ("2024. aastal algatati 14 asja.", ["14"]),
        ("2025. aasta oktoobri seisuga algatati 14 asja.", ["14"]),
        # a date, an article of the law, a page: no figures
        ("Tallinn, 16. juuni 2026: algatati 14 asja.", ["14"]),
        ("Karistusseadustiku artikli 337 järgi algatati 14 asja.", ["14"]),
        # the years of "viie varasema aasta jooksul" (in the five years before) are no count
        (
            "2023. aastal mõisteti süüdi 289, viie varasema aasta jooksul vaid üheksa.",
            ["289", "üheksa"],
        ),
    ],
)
def test_estonian_figures(sentence: str, figures: list[str]) -> None:
    assert [it[0] for it in judge(ESTONIAN + sentence)] == figures


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2022. aastast alates on", ("since", "2022. aastast alates")),
        ("alates 2022. aastast on", ("since", "alates 2022. aastast")),
        ("2024. aasta detsembrist on", ("since", "2024. aasta detsembrist")),
        ("sõja algusest on", ("since", "sõja algusest")),
        ("2024. aastal mõisteti", ("in", "2024. aastal")),
        ("2025. aasta aprillis tegid", ("in", "2025. aasta aprillis")),
        ("2025. aasta esimesel poolel olid", ("in", "2025. aasta esimesel poolel")),
        ("2025. aasta oktoobri seisuga on", ("as-of", "2025. aasta oktoobri seisuga")),
        ("2025. aasta suve seisuga oli", ("as-of", "2025. aasta suve seisuga")),
        ("2025. aasta kevadeks jõudis", ("as-of", "2025. aasta kevadeks")),
        ("2025. aasta mai lõpuks oli", ("as-of", "2025. aasta mai lõpuks")),
        (
            "2024. aasta novembrist 2025. aasta juulini lahkus",
            ("between", "2024. aasta novembrist 2025. aasta juulini"),
        ),
        (
            "2024. aastast 2025. aasta keskpaigani võeti",
            ("between", "2024. aastast 2025. aasta keskpaigani"),
        ),
        ("Jaanuarist maini 2025 laekus", ("between", "Jaanuarist maini 2025")),
        (
            "sissetungist 2024. aasta veebruarini mõisteti",
            ("between", "sissetungist 2024. aasta veebruarini"),
        ),
        ("2022.–2023. aastal algatati", ("between", "2022.–2023. aastal")),
        # near misses: an English year, a year with no word of time after it, months
        # with no year
        ("the 2024 report", None),
        ("2024 sõdurit", None),
        ("jaanuarist juunini aga", None),
    ],
)
def test_estonian_periods(text: str, period: tuple[str, str] | None) -> None:
    found = [(p.kind, p.text) for p in _find_periods(text, 0)]
    assert found == ([period] if period else [])


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2023. aastal 289, viie varasema aasta jooksul üheksa", ("2018-01-01", "2022-12-31")),
        ("През 2023 г. 289, а за петте години преди това девет", ("2018-01-01", "2022-12-31")),
        ("през 2023 г. 289, през предходните три години 40", ("2020-01-01", "2022-12-31")),
    ],
)
def test_years_before(text: str, years: tuple[str, str]) -> None:
    # "in the five years before" in Estonian and Bulgarian: the whole years before the
    # period words before it
    found = [(p.a[0].isoformat(), p.b[1].isoformat()) for p in find_periods(text, 0)]
    assert found[-1] == years


def test_no_years_before_in_a_sentence_of_prison_years() -> None:
    # "за пет години затвор" (for five years in prison) is no period
    assert [p.text for p in find_periods("През 2023 г. осъден за пет години затвор", 0)] == [
        "През 2023 г."
    ]


def test_a_span_of_months_takes_the_year_before_it() -> None:
    # "jaanuarist juunini" with no year is of the year the sentence wrote before it
    text = "Jaanuarist maini 2025 laekus 4350 asja, jaanuarist juunini aga 4 350."
    found = [
        (p.kind, p.text, p.a[0].isoformat(), p.b[1].isoformat()) for p in _find_periods(text, 0)
    ]
    assert found == [
        ("between", "Jaanuarist maini 2025", "2025-01-01", "2025-05-31"),
        ("between", "jaanuarist juunini", "2025-01-01", "2025-06-30"),
    ]


@pytest.mark.parametrize(
    ("word", "concepts"),
    [
        ("sõdurit", ("soldiers",)),
        ("deserteerimise", ("desertion", "deserted")),
        ("desertööride", ("deserters", "desertion")),
        ("omavolilise", ("awol", "unauthorised", "absence")),
        ("kriminaalasju", ("criminal", "cases")),
        ("süüdistatud", ("charged",)),
        ("süüdimõistvat", ("convictions", "convicted")),
        ("asja", ("cases",)),
        ("desertsiooni", ("desertion",)),
        ("eiramise", ("disobedience",)),  # "käsu eiramine": disregarding an order
        ("allkirjastatud", ("signed",)),
        ("koosseisu", ("size",)),
        ("juristi", ("lawyer",)),
        # near misses: English words hold no Estonian part
        ("judgment", ()),
        ("soda", ()),
        ("desert", ()),
        ("voltage", ()),
    ],
)
def test_estonian_concepts(word: str, concepts: tuple[str, ...]) -> None:
    assert estonian.concepts(word) == concepts


def test_stop_words_are_no_concepts() -> None:
    assert not [w for w in estonian.STOP if estonian.concepts(w)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (ESTONIAN, "Estonian"),
        # Finnish shares "ja" and "ei", not Estonian's function words
        (
            "Tämä artikkeli oli toimituksen käännös englannista, ja sen luvut tarkistettiin. "
            "Kääntäjän mukaan lähteet nimettiin, ja se mitä ei löytynyt, merkittiin "
            "erikseen myös tämän jutun loppuun.",
            "Finnish",
        ),
        # Portuguese writes "õ" in "ões", not Estonian's
        (
            "Este artigo é uma tradução do inglês e os números foram verificados pela "
            "redação. As condenações e as deserções foram assinaladas nas secções.",
            "Portuguese",
        ),
    ],
)
def test_estonian_named(text: str, language: str | None) -> None:
    assert unread_language(text) == language
