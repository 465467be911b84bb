"""A Danish draft is read as a Danish one, no longer as Norwegian: its own words of the
field ("retsforfulgt", "straffesager", "domme", "tjenestenægtelse", "væbnede") in the table
it shares with Swedish and Norwegian, its qualifiers ("knap", "godt", "mindst", "cirka",
"omkring", "op til"), numbers with a dot for thousands, number words ("tre år", "tusind"),
words for many ("titusindvis", "millioner"), rates ("om måneden", "pr. retsdag") and
periods ("siden 2022", "pr. oktober 2025", "fra januar til maj 2025", "i foråret 2025", "i
første halvår 2025", "til udgangen af juni 2025"), their years and days no figures. The
drafts are written for these tests; the claims are the shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit import danish, norwegian, scandinavian, swedish
from desertcheck.audit.language import unread_language
from desertcheck.audit.periods import _find_periods

from .test_audit_norwegian import NORWEGIAN
from .test_audit_reading2 import judge

#: Sentences before the one under test, so that the draft reads as Danish.
DANISH = (
    "Rapporten fra FN har for første gang samlet oplysninger fra domstolene og "
    "anklagemyndigheden. Forfatterne havde været omhyggelige med kilden og datoen for hver "
    "oplysning, de gengiver, og de har ikke taget det med, som mangler en kilde.\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "knap" is nearly
        (
            "Over 50.000 russiske soldater er deserteret siden 2022, knap 10 procent af dem, "
            "der blev sendt til fronten.",
            [
                ("Over 50.000", "supported", "euaa-un-desertions-since-2022"),
                ("10 procent", "supported", "euaa-un-deserters-share-of-deployed"),
            ],
        ),
        # "mindst" is at least; "retsforfulgt" prosecuted
        (
            "Mindst 912 mennesker blev retsforfulgt af politiske grunde fra januar 2024 til "
            "juni 2025.",
            [("912", "supported", "nge-un-political-prosecutions-2024-mid-2025")],
        ),
        # "tusind" alone is a thousand; "om måneden" a rate
        (
            "I foråret 2025 modtog domstolene omkring tusind nye sager om måneden.",
            [("tusind", "supported", "isl-mediazona-new-cases-per-month-spring-2025")],
        ),
        (
            "Ifølge en advokat verserede der titusindvis af straffesager mod desertører og "
            "soldater med ulovligt fravær.",
            [("titusindvis", "supported", "euaa-lawyer-desertion-awol-criminal-cases")],
        ),
        # a day before its month is no figure; "pr." before a date is as of
        (
            "Pr. 31. maj 2025 var 20.662 soldater tiltalt for tjenestenægtelse.",
            [("20.662", "supported", "isl-mediazona-refusal-to-serve-defendants-may-2025")],
        ),
        # "væbnede" is Danish for the Norwegian "væpnede"
        (
            "Ifølge dekretet fra 2024 skal de væbnede styrker have 1,5 millioner militært "
            "personel.",
            [("1,5 millioner", "supported", "isl-putin-decree-military-personnel")],
        ),
        # "domme" are convictions; "i foråret 2025" a season
        (
            "Domstolene afsagde 700–800 domme om måneden i foråret 2025.",
            [("700–800", "supported", "isl-mediazona-convictions-per-month-spring-2025")],
        ),
        (
            "I april 2025 faldt der 38 domme pr. retsdag.",
            [("38", "supported", "isl-mediazona-verdicts-per-working-day-april-2025")],
        ),
        (
            "I første halvår 2025 var 20–30 procent af de varetægtsfængslede politiske fanger.",
            [("20–30 procent", "supported", "nge-un-political-prisoners-share-h1-2025")],
        ),
        # a share in words, as "two thirds" is read; "halvdelen" (half) of six interviewees
        (
            "I to tredjedele af retssagerne beder anklagerne om fritagelse for strafansvar.",
            [("to tredjedele", "supported", "isl-ukraine-exemption-requests-share-of-trials")],
        ),
        (
            "Vi har talt med seks desertører; halvdelen af dem har søgt asyl.",
            [("seks", "unsourced", None), ("halvdelen", "unsourced", None)],
        ),
        # a qualifier alone in the table cell after the figure's: "knap" (nearly) for the
        # claim's over 3,050
        (
            "| Distrikt | Sager | Kvalifikator |\n|---|---|---|\n| Leningrad | 3.050 | knap |",
            [("3.050", "qualifier-drift", "euaa-frontelligence-desertions-leningrad-md-dec-2024")],
        ),
        (
            "| Distrikt | Sager | Kvalifikator |\n|---|---|---|\n| Østlige | 3.380 | knap |",
            [("3.380", "supported", "euaa-frontelligence-desertions-eastern-md-dec-2024")],
        ),
    ],
)
def test_danish_draft(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(DANISH + sentence) == expected


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("at der pr. oktober 2025 verserede sager mod desertører", ("as-of", "pr. oktober 2025")),
        ("Pr. 31. maj 2025 var 20.662 tiltalt for nægtelse", ("as-of", "Pr. 31. maj 2025")),
        ("fra invasionen til december 2024.", ("as-of", "fra invasionen til december 2024")),
        ("fra 2022 til 2025.", ("between", "fra 2022 til 2025")),
        ("I foråret 2025 modtog", ("in", "I foråret 2025")),
        ("i første halvår 2025 var", ("in", "i første halvår 2025")),
        (
            "fra februar 2022 til udgangen af juni 2025.",
            ("between", "fra februar 2022 til udgangen af juni 2025"),
        ),
        ("Fra januar til maj 2025 kom", ("between", "Fra januar til maj 2025")),
        ("siden december 2024 åbnet", ("since", "siden december 2024")),
        # near miss: English "pr." is no word of time, in a text without a Danish letter
        ("The rate pr. April 2025 was", None),
    ],
)
def test_danish_periods(text: str, period: tuple[str, str] | None) -> None:
    found = [(p.kind, p.text) for p in _find_periods(text, 0)]
    assert found == ([period] if period else [])


@pytest.mark.parametrize(
    ("word", "concepts"),
    [
        ("retsforfulgt", ("prosecution",)),
        ("straffesager", ("criminal", "cases")),
        ("desertionssager", ("desertion", "cases")),
        ("tjenestenægtelse", ("refusal", "service")),
        ("ordrenægtelse", ("disobedience",)),
        ("domme", ("verdicts", "convictions")),
        ("sager", ("cases",)),
        ("væbnede", ("armed", "forces", "military")),
        ("efterretningstjeneste", ("intelligence", "service")),
        # Norwegian and Swedish words read as before, from the same table
        ("straffeforfulgt", ("prosecution",)),
        ("dömda", ("convictions",)),
        # near misses: English words hold no Danish part
        ("massager", ()),
        ("enhanced", ()),
        ("sagebrush", ()),
    ],
)
def test_danish_concepts(word: str, concepts: tuple[str, ...]) -> None:
    assert scandinavian.concepts(word) == concepts


def test_tables_agree() -> None:
    """A word two of the three languages' tables hold stands for the same concepts in
    both, and no stop word of any is a concept word of the table."""
    tables = (danish, norwegian, swedish)
    for mine in tables:
        for theirs in tables:
            for a, b in ((mine.PARTS, theirs.PARTS), (mine.WHOLE, theirs.WHOLE)):
                assert all(a[w] == b[w] for w in a.keys() & b.keys())
    for stop in (danish.STOP, norwegian.STOP, swedish.STOP):
        assert not [w for w in stop if scandinavian.concepts(w)]


@pytest.mark.parametrize(
    ("word", "value"),
    [("ti", 10), ("tre", 3), ("tusind", 1000), ("femtusind", 5000), ("en", None)],
)
def test_number_words(word: str, value: int | None) -> None:
    assert danish.WRITING.number(word) == value


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (DANISH, "Danish"),
        # a text of the words both write, and Norwegian's own, reads as Norwegian
        (NORWEGIAN, "Norwegian"),
    ],
)
def test_danish_named(text: str, language: str | None) -> None:
    assert unread_language(text) == language
