"""Finnish and Romanian drafts are read as Czech ones are: their words of the field as the
English concepts the claims use (Finnish by the stems its case endings are glued to:
"karkuruudesta", "tuomittiin"; Romanian with "ș" and "ț" written with a comma below, a
cedilla or neither), their stop words weighing nothing, their qualifiers ("yli", "lähes",
"noin", "jopa"; "peste", "aproape", "cel puțin", "până la"), numbers grouped by a space
("50 000") or a dot ("50.000"), the Romanian "de" between a number and its noun, number
words in their cases ("kymmenen", "viidestä"; "zece"), words for many ("kymmeniä tuhansia",
"zeci de mii"), rates ("viikossa", "pe lună") and periods ("vuodesta 2022", "joulukuuhun
2024 mennessä"; "din 2022", "până în decembrie 2024"), their years no figures. The drafts
are written for these tests; the claims are the shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit import finnish, romanian
from desertcheck.audit.language import unread_language
from desertcheck.audit.periods import _find_periods

from .test_audit_reading2 import judge

#: Sentences before the one under test, so that the draft reads as Finnish or Romanian.
FINNISH = (
    "Tämä juttu on käännetty, ja kaikki sen luvut on tarkistettu. Kääntäjä kertoo, että "
    "lähteet ovat mukana, mutta myös se, mitä ei löytynyt, on merkitty.\n"
)
ROMANIAN = (
    "Acest articol este o traducere, iar cifrele din el au fost verificate. Traducătorul "
    "spune că sursele sunt citate și că tot ce nu a fost găsit a fost marcat pentru redacție.\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Venäjän armeijasta on karannut vuodesta 2022 lähtien yli 50 000 sotilasta.",
            [("50 000", "supported", "euaa-un-desertions-since-2022")],
        ),
        # a no-break space groups the thousands; "lähes" is nearly
        (
            "Eteläisessä sotilaspiirissä karkuruustapauksia oli joulukuuhun 2024 mennessä "
            "lähes 22\u00a0580.",
            [("22\u00a0580", "supported", "euaa-frontelligence-desertions-southern-md-dec-2024")],
        ),
        # a number word in its case before "vuotta" (years), "jopa" up to
        (
            "Karkuruudesta voi saada jopa viisitoista vuotta vankeutta.",
            [("viisitoista", "supported", "isl-desertion-max-sentence")],
        ),
        # a decimal comma before "miljoonaa"
        (
            "Asetus määrää asevoimien vahvuudeksi noin 2,4 miljoonaa henkilöä.",
            [("2,4 miljoonaa", "supported", "isl-putin-decree-armed-forces-size")],
        ),
        # a word for many, as "tens of thousands" is read
        (
            "Lakimiehen mukaan oikeuksissa on kymmeniä tuhansia karkuruus- ja poissaolojuttuja.",
            [("kymmeniä tuhansia", "supported", "euaa-lawyer-desertion-awol-criminal-cases")],
        ),
        # the year after "vuonna" is a period, not a figure, and not the claim's 2023
        (
            "Vuonna 2024 oikeuteen joutui 5 593 sotilasta palveluksesta kieltäytymisestä.",
            [("5 593", "period-drift", "mt-mediazona-refusal-to-serve-trials-2023")],
        ),
    ],
)
def test_finnish_draft(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(FINNISH + sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Peste 50.000 de soldați au dezertat din armata rusă din 2022.",
            [("50.000", "supported", "euaa-un-desertions-since-2022")],
        ),
        # the cedilla "ţ" is the comma-below "ț"; "aproape" is nearly
        (
            "Frontelligence a numărat până în decembrie 2024 aproape 22.580 de cazuri de "
            "dezertare în districtul sudic, în care au fost militari trimişi pe front.",
            [("22.580", "supported", "euaa-frontelligence-desertions-southern-md-dec-2024")],
        ),
        # a number word before "ani" (years), "până la" up to
        (
            "Pentru dezertare pedeapsa este de până la cincisprezece ani de închisoare.",
            [("cincisprezece", "supported", "isl-desertion-max-sentence")],
        ),
        (
            "Decretul stabilește efectivul armatei la circa 2,4 milioane de persoane.",
            [("circa 2,4 milioane", "supported", "isl-putin-decree-armed-forces-size")],
        ),
        (
            "Un avocat vorbește despre zeci de mii de dosare penale pentru dezertare și "
            "absență nejustificată.",
            [("zeci de mii", "supported", "euaa-lawyer-desertion-awol-criminal-cases")],
        ),
        # "în 2024" is a period, not a figure, and not the claim's 2023
        (
            "În 2024, instanțele au judecat 5.593 de militari pentru refuzul de a servi.",
            [("5.593", "period-drift", "mt-mediazona-refusal-to-serve-trials-2023")],
        ),
    ],
)
def test_romanian_draft(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(ROMANIAN + sentence) == expected


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # years after a word of time are periods; a section of the law, a page, a clock
        # time and a day of a month are no figures
        (FINNISH + "Vuonna 2024 tuomioistuimiin tuli 14 juttua.", ["14"]),
        (FINNISH + "Pykälä 338 koskee 14 sotilasta.", ["14"]),
        (FINNISH + "Päivätty 12. kesäkuuta 2026, yhteensä 14 tapausta.", ["14"]),
        # a number word in its case is a figure
        (FINNISH + "Hän avusti seitsemää karkuria.", ["seitsemää"]),
        (ROMANIAN + "Până în decembrie 2024 au fost 14 dosare.", ["14"]),
        (ROMANIAN + "Potrivit articolului 337, art. 338 și paginii 11, 14 dosare.", ["14"]),
        (ROMANIAN + "Dintre aceștia, șase au primit azil.", ["șase"]),
        # a day before its month and year is a date
        (ROMANIAN + "Versiunea din 7 noiembrie 2026 numără 14 dosare.", ["14"]),
    ],
)
def test_figures(text: str, figures: list[str]) -> None:
    assert [it[0] for it in judge(text)] == figures


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("karannut vuodesta 2022 lähtien", ("since", "vuodesta 2022")),
        ("tammikuusta 2024 alkaen", ("since", "tammikuusta 2024")),
        ("syytettyä vuonna 2024.", ("in", "vuonna 2024")),
        ("vuoden 2024 aikana", ("in", "vuoden 2024")),
        ("vuosina 2018–2022 heitä", ("in", "vuosina 2018–2022")),
        ("Huhtikuussa 2025 annettiin", ("in", "Huhtikuussa 2025")),
        ("Keväällä 2025 tuli", ("in", "Keväällä 2025")),
        ("oli joulukuuhun 2024 mennessä", ("as-of", "joulukuuhun 2024")),
        ("oli kesäkuun 2025 loppuun mennessä", ("as-of", "kesäkuun 2025")),
        (
            "lähti marraskuun 2024 ja heinäkuun 2025 välillä",
            ("between", "marraskuun 2024 ja heinäkuun 2025 välillä"),
        ),
        ("tammikuusta 2024 kesäkuuhun 2025", ("between", "tammikuusta 2024 kesäkuuhun 2025")),
        ("au dezertat din 2022.", ("since", "din 2022")),
        ("se deschid din decembrie 2024", ("since", "din decembrie 2024")),
        # a noun with its article before "din": the decree of 2024
        ("Decretul din 2024 stabilește", ("in", "din 2024")),
        ("numai în 2024.", ("in", "numai în 2024")),
        ("În primăvara lui 2025, instanțele", ("in", "În primăvara lui 2025")),
        ("până în decembrie 2024:", ("as-of", "până în decembrie 2024")),
        ("până la sfârșitul lui iunie 2025", ("as-of", "până la sfârșitul lui iunie 2025")),
        ("între noiembrie 2024 și iulie 2025", ("between", "între noiembrie 2024 și iulie 2025")),
        ("Între ianuarie și mai 2025", ("between", "Între ianuarie și mai 2025")),
        # near misses: a month that ends a span of months, a date said
        ("kesä–elokuussa 2025 nimettiin", None),
        ("scria în decembrie 2023 că", None),
    ],
)
def test_periods(text: str, period: tuple[str, str] | None) -> None:
    found = [(p.kind, p.text) for p in _find_periods(text, 0)]
    assert found == ([period] if period else [])


@pytest.mark.parametrize(
    ("reader", "word", "concepts"),
    [
        (finnish.concepts, "karkuruudesta", ("desertion", "deserters")),
        (finnish.concepts, "tuomittiin", ("convictions", "verdicts")),
        (finnish.concepts, "tuomioistuimiin", ("courts",)),
        (finnish.concepts, "luvattomasta", ("awol",)),
        (finnish.concepts, "sotilasta", ("soldiers", "military")),
        (romanian.concepts, "condamnări", ("convictions",)),
        (romanian.concepts, "soldați", ("soldiers", "military")),
        (romanian.concepts, "soldaţi", ("soldiers", "military")),
        (romanian.concepts, "soldati", ("soldiers", "military")),
        (romanian.concepts, "instanțele", ("courts",)),
        # near misses: English words hold no Finnish or Romanian part
        (finnish.concepts, "jutting", ()),
        (romanian.concepts, "military", ()),
        (romanian.concepts, "instantly", ()),
        (romanian.concepts, "absentee", ()),
        (romanian.concepts, "domestic", ()),
    ],
)
def test_concepts(reader: object, word: str, concepts: tuple[str, ...]) -> None:
    assert callable(reader)
    assert reader(word) == concepts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (FINNISH, "Finnish"),
        (ROMANIAN, "Romanian"),
        ("The report of the UN has for the first time gathered data from the courts.", None),
    ],
)
def test_named(text: str, language: str | None) -> None:
    assert unread_language(text) == language


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        (FINNISH + "Tuomittuja oli yli 13 500.", "over"),
        (FINNISH + "Tuomittuja oli lähes 13 500.", "nearly"),
        (FINNISH + "Tuomittuja oli noin 13 500.", "about"),
        (FINNISH + "Tuomittuja oli vähintään 13 500.", "at-least"),
        (FINNISH + "Tuomittuja oli alle 13 500.", "up-to"),
        (FINNISH + "Tuomittuja oli peräti 13 500.", "up-to"),
        (FINNISH + "Tuomittuja oli 13 500.", "exactly"),
        (ROMANIAN + "Au fost condamnați peste 13.500 de militari.", "over"),
        (ROMANIAN + "Au fost condamnați aproape 13.500 de militari.", "nearly"),
        (ROMANIAN + "Au fost condamnați în jur de 13.500 de militari.", "about"),
        (ROMANIAN + "Au fost condamnați cel puţin 13.500 de militari.", "at-least"),
        (ROMANIAN + "Au fost condamnați cel putin 13.500 de militari.", "at-least"),
        (ROMANIAN + "Au fost condamnați mai puțin de 13.500 de militari.", "up-to"),
        (ROMANIAN + "Au fost condamnați mai mult de 13.500 de militari.", "over"),
        (ROMANIAN + "Au fost condamnați 13.500 de militari.", "exactly"),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    from .test_audit_reading2 import auditor

    assert [it.figure.qualifier for it in auditor().audit(text, "d.md")] == [qualifier]


def test_number_words() -> None:
    words = ("kymmenen", "viidestä", "kymmeneen", "seitsemää", "viisitoista", "yksi")
    assert [finnish.WRITING.number(w) for w in words] == [10, 5, 10, 7, 15, None]
    words = ("zece", "cincisprezece", "două", "nouă", "un")
    assert [romanian.WRITING.number(w) for w in words] == [10, 15, 2, 9, None]
