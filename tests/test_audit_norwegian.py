"""A Norwegian (Bokmål) draft is read as a Swedish one is: its words of the field as the
English concepts the claims use ("straffeforfulgt", "dømt", "tjenestenekt", "ordrenekt"),
its stop words weighing nothing, its qualifiers ("nesten", "drøyt", "rundt", "opptil",
"i underkant av"), numbers grouped by a space, "prosent", number words ("ti år",
"femtitusen", "titusenvis", "millioner"), rates ("i måneden", "per arbeidsdag") and
periods ("siden 2022", "i 2022 og 2023", "per oktober 2025", "fram til utgangen av juni
2025"), their years no figures. The drafts are written for these tests; the claims are
the shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit import norwegian, scandinavian, swedish
from desertcheck.audit.apparatus import apparatus
from desertcheck.audit.contact_numbers import contact_spans
from desertcheck.audit.language import unread_language
from desertcheck.audit.periods import _find_periods
from desertcheck.quantity import parse_quantities

from .test_audit_reading2 import judge

#: Sentences before the one under test, so that the draft reads as Norwegian.
NORWEGIAN = (
    "Rapporten fra FN har for første gang samlet opplysninger fra domstolene og "
    "påtalemyndigheten. Forfatterne har vært nøye med kilden og datoen for hver opplysning "
    "de gjengir, og de har ikke tatt med det som mangler kilde.\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Mer enn 50 000 russiske soldater har desertert siden 2022, nesten 10 prosent av "
            "dem som ble sendt til fronten.",
            [
                ("50 000", "supported", "euaa-un-desertions-since-2022"),
                ("10 prosent", "supported", "euaa-un-deserters-share-of-deployed"),
            ],
        ),
        # "nesten" is nearly: the claim's nearly 22,580 in the southern district
        (
            "Det sørlige militærdistriktet hadde nesten 22 580 saker fram til desember 2024.",
            [("22 580", "supported", "euaa-frontelligence-desertions-southern-md-dec-2024")],
        ),
        # "straffeforfulgt" is prosecuted, not the Swedish "straff" (a sentence); another
        # source gives the number for the whole war
        (
            "Over 16 000 soldater ble straffeforfulgt for desertering i 2024.",
            [("Over 16 000", "contested", "euaa-un-desertion-prosecutions-2024")],
        ),
        # "i 2022 og 2023" is one period of two years, not the Swedish "i 2022"
        (
            "I 2022 og 2023 åpnet etterforskerne 5 260 saker om ulovlig fravær.",
            [("5 260", "supported", "mt-proekt-awol-cases-opened-2022-2023")],
        ),
        # a range of numbers grouped by spaces, its rate "i måneden"
        (
            "Ifølge Zelenskyj rekrutterer Russland 40 000–45 000 nye soldater i måneden.",
            [("40 000–45 000", "supported", "isl-zelensky-russian-recruits-per-month")],
        ),
        # "opptil 15 års fengsel": up to 15 years; "ti år" in words
        (
            "Desertering kan gi opptil 15 års fengsel, ulovlig fravær inntil ti år.",
            [
                ("15", "supported", "isl-desertion-max-sentence"),
                ("ti", "supported", "isl-awol-max-sentence"),
            ],
        ),
        # a decimal comma before "millioner"; a word for many, as "tens of thousands" is
        (
            "Dekretet setter de væpnede styrkenes størrelse til omkring 2,4 millioner.",
            [("2,4 millioner", "supported", "isl-putin-decree-armed-forces-size")],
        ),
        (
            "En advokat sier at det finnes titusenvis av straffesaker om desertering og "
            "ulovlig fravær.",
            [("titusenvis", "supported", "euaa-lawyer-desertion-awol-criminal-cases")],
        ),
        # "millioner" alone: millions
        (
            "Baghai mener at over 100 000 mennesker er drept i krigen og at millioner er "
            "drevet på flukt.",
            [
                ("over 100 000", "supported", "baghai-war-deaths"),
                ("millioner", "supported", "baghai-war-displaced"),
            ],
        ),
    ],
)
def test_norwegian_draft(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(NORWEGIAN + sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # years after a word of time are periods, not figures
        ("Siden 2022 er 200 000 fanger rekruttert.", ["200 000"]),
        ("Mellom januar og mai 2025 kom det 4 350 nye saker.", ["4 350"]),
        ("I hele 2024 talte Mediazona 4 350 nye saker.", ["4 350"]),
        # a number word glued to "tusen"; a number word after "samme" names no count
        ("Flere enn femtitusen soldater har desertert.", ["femtitusen"]),
        ("Bare 2 535 nådde domstolene i de samme fem månedene.", ["2 535"]),
        # a clock time, an article of the law, an age, a telephone number, a version, a
        # text's length: no figures
        ("Oversatt kl. 08.15 med 14 saker etter artikkel 338.", ["14"]),
        ("En 34-årig soldat er en av 14 tiltalte.", ["14"]),
        ("Spørsmål: telefon 22 33 48 10, 14 saker.", ["14"]),
        ("Versjon 2.1 av teksten har 1 240 ord og 14 saker.", ["14"]),
    ],
)
def test_norwegian_figures(sentence: str, figures: list[str]) -> None:
    assert [it[0] for it in judge(NORWEGIAN + sentence)] == figures


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("siden 2022 har over", ("since", "siden 2022")),
        ("forlatt siden fullskalainvasjonen.", ("since", "siden fullskalainvasjonen")),
        ("I 2022 og 2023 ble det åpnet", ("between", "I 2022 og 2023")),
        ("For 2024 og 2025 er 258 saker dokumentert", ("between", "For 2024 og 2025")),
        (
            "mellom november 2024 og juli 2025 forlot",
            ("between", "mellom november 2024 og juli 2025"),
        ),
        ("fra januar 2024 til juni 2025 ble", ("between", "fra januar 2024 til juni 2025")),
        (
            "fram til utgangen av juni 2025 var det",
            ("as-of", "fram til utgangen av juni 2025"),
        ),
        ("som EUAA siterte per oktober 2025, sa advokaten på", ("as-of", "per oktober 2025")),
        ("I hele 2024 talte de", ("in", "I hele 2024")),
        ("i årene 2018–2022 til sammen", ("in", "i årene 2018–2022")),
        ("Sommeren 2025 ble 1 040 stemplet", ("in", "Sommeren 2025")),
        ("per desember 2025 var det ført", ("as-of", "per desember 2025")),
        # a lower-case "i" before a date, in a table cell with no Scandinavian letter
        ("| 5 593 | rettssaker om tjenestenekt | i 2024 |", ("in", "i 2024")),
        # near misses: English "per" before a date, and a capital "I", in a text without a
        # Scandinavian letter
        ("The rate per April 2025 was the same.", None),
        ("I 2024 there were", None),
    ],
)
def test_norwegian_periods(text: str, period: tuple[str, str] | None) -> None:
    found = [(p.kind, p.text) for p in _find_periods(text, 0)]
    assert found == ([period] if period else [])


@pytest.mark.parametrize(
    ("word", "concepts"),
    [
        ("straffeforfulgt", ("prosecution",)),
        ("straffeforfølgningen", ("prosecution",)),
        ("tiltalt", ("prosecution", "defendants")),
        ("dømt", ("convictions",)),
        ("domfellelser", ("convictions",)),
        ("straffesaker", ("criminal", "cases")),
        ("rettssaker", ("trials", "cases")),
        ("tjenestenekt", ("refusal", "service")),
        ("ordrenekt", ("disobedience",)),
        ("fravær", ("absence", "awol")),
        ("desertørene", ("desertion",)),
        ("militærdistriktet", ("district", "military")),
        # Swedish words read as before, from the same table
        ("dömda", ("convictions",)),
        ("fängelse", ("sentence", "prison")),
        ("soldater", ("soldiers",)),
        # near misses: English words hold no Norwegian part
        ("deserters", ()),
        ("strafe", ()),
        ("sakes", ()),
        ("grouped", ()),
    ],
)
def test_scandinavian_concepts(word: str, concepts: tuple[str, ...]) -> None:
    assert scandinavian.concepts(word) == concepts


def test_tables_agree() -> None:
    """A word both languages' tables hold stands for the same concepts in both, and no
    stop word of either is a concept word of the other."""
    for mine, theirs in ((norwegian.PARTS, swedish.PARTS), (norwegian.WHOLE, swedish.WHOLE)):
        assert all(mine[w] == theirs[w] for w in mine.keys() & theirs.keys())
    for stop in (norwegian.STOP, swedish.STOP):
        assert not [w for w in stop if scandinavian.concepts(w)]


@pytest.mark.parametrize(
    ("word", "value"),
    [("ti", 10), ("femten", 15), ("femtitusen", 50_000), ("tusen", None), ("en", None)],
)
def test_number_words(word: str, value: int | None) -> None:
    assert norwegian.WRITING.number(word) == value


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (NORWEGIAN, "Norwegian"),
        (
            "Rapporten från FN har för första gången samlat uppgifter från domstolarna och "
            "åklagarna, och de har inte tagit med det som saknar källa.",
            "Swedish",
        ),
        ("The report of the UN has for the first time gathered data from the courts.", None),
    ],
)
def test_norwegian_named(text: str, language: str | None) -> None:
    assert unread_language(text) == language


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        ("Spørsmål: telefon 22 33 48 10.", "22 33 48 10"),
        ("Ring tlf. 22 33 48 10 i dag.", "22 33 48 10"),
        ("Deskoversettelse, versjon 2.1.", "2.1"),
    ],
)
def test_contact_words(text: str, skipped: str) -> None:
    assert [text[a:b] for a, b in contact_spans(text)] == [skipped]


def test_length_in_words() -> None:
    text = "Lengde: 1 240 ord."
    (q,) = parse_quantities(text)
    assert apparatus(text, q)
