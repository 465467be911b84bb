"""A Dutch or Portuguese draft is read as an Italian one is: its words of the field as the
English concepts the claims use ("vervolgingen", "veroordelingen", "condenações"), its
articles weighing nothing, its qualifiers ("ruim", "bijna", "cerca de"), ranges ("700 à
800", "15.000 tot 20.000", "15 a 20 mil", "entre 20 e 30%"), units of time ("15 jaar",
"dois anos"), periods ("sinds 2022", "tussen november 2024 en juli 2025", "até ao fim de
maio de 2025") and dates read, their years no figures. The drafts are written for these
tests; the claims are the shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit import dutch, portuguese
from desertcheck.audit.periods import _find_periods
from desertcheck.audit.relative import other_language_dates

from .test_audit_reading2 import judge

#: Sentences before the one under test, so the draft reads as Dutch or Portuguese, with a
#: number grouped by a dot ("1.234") so that it reads in the European convention.
DUTCH = (
    "Het overzicht van de oorlog is door de Verenigde Naties beschreven in een rapport dat "
    "voor het eerst de gegevens van de rechtbanken en het openbaar ministerie noemt. De "
    "auteurs letten op de bron en de datum van elk gegeven, zoals in de 1.234 pagina's van "
    "het verslag.\n"
)
PORTUGUESE = (
    "O quadro geral da guerra foi descrito num relatório das Nações Unidas que pela "
    "primeira vez cita os dados dos tribunais e das procuradorias. Os autores tiveram "
    "cuidado com a fonte e a data de cada dado, como nas 1.234 páginas do relatório.\n"
)


@pytest.mark.parametrize(
    ("lead", "sentence", "expected"),
    [
        (
            DUTCH,
            "Sinds 2022 zijn ruim 50.000 Russische militairen gedeserteerd, bijna 10 procent "
            "van de ingezette troepen.",
            [
                ("50.000", "supported", "euaa-un-desertions-since-2022"),
                ("10 procent", "supported", "euaa-un-deserters-share-of-deployed"),
            ],
        ),
        (
            DUTCH,
            "Tussen november 2024 en juli 2025 verlieten ruim 25.000 soldaten uit het "
            "Centraal district hun eenheid.",
            [("25.000", "supported", "euaa-ukraine-intel-central-md-left-units-nov-2024-jul-2025")],
        ),
        # a range with "tot", its rate "per maand"
        (
            DUTCH,
            "In Oekraïne worden sinds december 2024 15.000 tot 20.000 zaken per maand geopend.",
            [("15.000 tot 20.000", "supported", "isl-ukraine-new-cases-per-month-since-dec-2024")],
        ),
        # "tot 15 jaar": up to 15 years; "drie jaar" in words
        (
            DUTCH,
            "Op desertie staat tot 15 jaar cel, op insubordinatie tot drie jaar.",
            [
                ("15", "supported", "isl-desertion-max-sentence"),
                ("drie", "supported", "isl-disobedience-max-sentence"),
            ],
        ),
        # "in 2022 en 2023": both years, not 2022 alone
        (
            DUTCH,
            "In 2022 en 2023 werden 5.260 zaken wegens afwezigheid en 501 wegens desertie geopend.",
            [
                ("5.260", "supported", "mt-proekt-awol-cases-opened-2022-2023"),
                ("501", "supported", "mt-proekt-desertion-cases-opened-2022-2023"),
            ],
        ),
        (
            PORTUGUESE,
            "Mais de 50 mil militares russos desertaram desde 2022, quase 10% dos efetivos "
            "enviados para a frente.",
            [
                ("Mais de 50 mil", "supported", "euaa-un-desertions-since-2022"),
                ("quase 10%", "supported", "euaa-un-deserters-share-of-deployed"),
            ],
        ),
        # words for many, as "tens of thousands" is read
        (
            PORTUGUESE,
            "Um advogado citado pela agência fala em dezenas de milhares de processos por "
            "deserção e ausência sem licença.",
            [("dezenas de milhares", "supported", "euaa-lawyer-desertion-awol-criminal-cases")],
        ),
        # "15 a 20 mil": 15,000 to 20,000; "por mês" a rate
        (
            PORTUGUESE,
            "Desde dezembro de 2024, a Ucrânia abre 15 a 20 mil processos por mês.",
            [("15 a 20 mil", "supported", "isl-ukraine-new-cases-per-month-since-dec-2024")],
        ),
        (
            PORTUGUESE,
            "Entre 20 e 30% dos detidos preventivos estão presos por motivos políticos.",
            [("Entre 20 e 30%", "supported", "nge-un-political-prisoners-share-h1-2025")],
        ),
        # "no final de maio de 2024": a period the claim's May 2025 is not
        (
            PORTUGUESE,
            "Já no final de maio de 2024, 20.662 militares tinham sido julgados.",
            [("20.662", "period-drift", "isl-mediazona-refusal-to-serve-defendants-may-2025")],
        ),
        (
            PORTUGUESE,
            "Houve 129 julgamentos por deserção; a pena média por recusa de combater foi de "
            "dois anos.",
            [
                ("129", "supported", "mt-proekt-desertion-trials-wartime"),
                ("dois", "supported", "mt-proekt-refusal-to-fight-average-sentence"),
            ],
        ),
    ],
)
def test_translated_draft(
    lead: str, sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [it for it in judge(lead + sentence) if it[0] != "1.234"] == expected


@pytest.mark.parametrize(
    ("lead", "sentence", "figures"),
    [
        # years after a word of time are periods, not figures
        (DUTCH, "Sinds 2022 telde Mediazona 1.010 zaken.", ["1.010"]),
        (DUTCH, "Voor 2024 noemt de EUAA ruim 13.500 veroordelingen.", ["13.500"]),
        (PORTUGUESE, "Até ao fim de maio de 2025, 17.721 tinham sido condenados.", ["17.721"]),
        # a clock time, a date: no figures
        (PORTUGUESE, "Revista em 17 de junho de 2026, às 16h20, com 245 organizações.", ["245"]),
        (DUTCH, "Laatste bewerking 3 maart 2026, met 245 organisaties.", ["245"]),
        # words for many: a vague range, as "tens of thousands" is ("2,4 milhões" is one
        # figure, its scale word no second)
        (DUTCH, "Een advocaat spreekt van tienduizenden strafzaken.", ["tienduizenden"]),
        (
            PORTUGUESE,
            "Um advogado fala em dezenas de milhares de processos e 2,4 milhões de homens.",
            ["dezenas de milhares", "2,4 milhões"],
        ),
        # near misses: a number word after an article names years, not a count; two
        # figures with a word of their own between them are no range
        (DUTCH, "Tegen 9 in de vijf jaren 2018–2022 werden er 289 veroordeeld.", ["9", "289"]),
        (DUTCH, "Er waren 700 zaken tot 800 veroordelingen.", ["700", "800"]),
    ],
)
def test_translated_figures(lead: str, sentence: str, figures: list[str]) -> None:
    assert [it[0] for it in judge(lead + sentence) if it[0] != "1.234"] == figures


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("sinds 2022 zijn", ("since", "sinds 2022")),
        (
            "tussen november 2024 en juli 2025 ruim",
            ("between", "tussen november 2024 en juli 2025"),
        ),
        ("van januari tot en met mei 2025 werden", ("between", "van januari tot en met mei 2025")),
        ("tot eind juni 2025 ruim", ("as-of", "tot eind juni 2025")),
        ("Eind mei 2025 stonden", ("as-of", "Eind mei 2025")),
        ("In het voorjaar van 2025 kwamen", ("in", "In het voorjaar van 2025")),
        ("In 2022 en 2023 werden", ("between", "In 2022 en 2023")),
        ("desde 2022 —", ("since", "desde 2022")),
        (
            "entre novembro de 2024 e julho de 2025.",
            ("between", "entre novembro de 2024 e julho de 2025"),
        ),
        ("De janeiro a maio de 2025 foram", ("between", "De janeiro a maio de 2025")),
        ("Até ao fim de maio de 2025, 17.721", ("as-of", "Até ao fim de maio de 2025")),
        ("Na primavera de 2025 abriam-se", ("in", "Na primavera de 2025")),
        ("em todo o ano de 2021.", ("in", "em todo o ano de 2021")),
        # near misses: English words are not read as these languages' ("no 2024 figures")
        ("There are no 2024 figures yet.", None),
        ("the 2022 and 2023 figures", None),
    ],
)
def test_translated_periods(text: str, period: tuple[str, str] | None) -> None:
    found = [(p.kind, p.text) for p in _find_periods(text, 0)]
    assert found == ([period] if period else [])


@pytest.mark.parametrize(
    ("read", "word", "concepts"),
    [
        (dutch.concepts, "veroordelingen", ("convictions",)),
        (dutch.concepts, "vervolgingen", ("cases", "prosecution")),
        (dutch.concepts, "zaken", ("cases",)),
        (dutch.concepts, "afwezigheid", ("awol", "absence")),
        (portuguese.concepts, "condenações", ("convictions",)),
        (portuguese.concepts, "deserção", ("desertion",)),
        (portuguese.concepts, "processos", ("cases", "prosecution")),
        (portuguese.concepts, "julgamentos", ("cases", "trials")),
        # near misses: English words hold no Dutch or Portuguese part
        (dutch.concepts, "processing", ()),
        (dutch.concepts, "media", ()),
        (portuguese.concepts, "media", ()),
        (portuguese.concepts, "political", ()),
        (portuguese.concepts, "organization", ()),
    ],
)
def test_translated_concepts(read: object, word: str, concepts: tuple[str, ...]) -> None:
    assert callable(read)
    assert read(word) == concepts


def test_dutch_dates_are_dates() -> None:
    assert other_language_dates("laatste bewerking 3 maart 2026, 09:40") == [(18, 30)]
