"""Qualifier and per cent words of the languages a translated draft keeps ("ok. 16 tys.",
"blisko 22 580", "66,7 proc.", "más de 25 mil", "etwa 16.000"), read as the qualifiers
and the unit they are; words that mean something else in English are not read. The
drafts are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.convention import as_read
from desertcheck.audit.foreign_words import read
from desertcheck.audit.scales import scaled
from desertcheck.draft import sentences
from desertcheck.quantity import parse_quantities

from .test_audit_reading2 import judge


def _read(text: str) -> list[tuple[str, float, str, str | None]]:
    blanked, european = as_read(text)
    out = []
    for q in parse_quantities(blanked):
        q = read(scaled(q, blanked, european), blanked)
        out.append((q.text, q.low, q.qualifier, q.unit))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Polish: "ok." (about, lower case), "blisko", "prawie" (nearly), "ponad" (over)
        ("Zatrzymano ok. 340 osób.", [("ok. 340", 340.0, "about", "osób")]),
        ("The fund helped ok. 2 tys. people.", [("ok. 2 tys.", 2e3, "about", "people")]),
        ("The unit lost blisko 1 200 men.", [("blisko 1 200", 1200.0, "nearly", "men")]),
        ("Prawie 40 proc. odmówiło.", [("Prawie 40 proc.", 40.0, "nearly", "percent")]),
        ("Sąd skazał ponad 300 osób.", [("ponad 300", 300.0, "over", "osób")]),
        ("co najmniej 12 wyroków", [("co najmniej 12", 12.0, "at-least", "wyroków")]),
        # Spanish, Portuguese, Italian, French, German
        ("casi 9,5 por ciento de los casos", [("casi 9.5 por ciento", 9.5, "nearly", "percent")]),
        ("más de 2,5 millones de euros", [("más de 2.5 millones", 2.5e6, "over", "de")]),
        ("quase 700 casos", [("quase 700", 700.0, "nearly", "casos")]),
        ("oltre 3 050 disertori", [("oltre 3 050", 3050.0, "over", "disertori")]),
        ("environ 18 000 dossiers", [("environ 18 000", 18000.0, "about", "dossiers")]),
        ("au moins 245 organisations", [("au moins 245", 245.0, "at-least", "organisations")]),
        (
            "etwa 16 000 Verfahren und bis zu 15 Jahre",
            [
                ("etwa 16 000", 16000.0, "about", "und"),  # the unit is the parser's
                ("bis zu 15", 15.0, "up-to", "jahre"),
            ],
        ),
        ("rund 12 Prozent", [("12 Prozent", 12.0, "exactly", "percent")]),
        # a qualifier the parser read stays: "over" before "ponad" is not read twice
        ("over 25 tys. soldiers", [("over 25 tys.", 25e3, "over", "soldiers")]),
        # English words that look alike are not read: "OK." in capitals, "fast", "do"
        ("It was OK. 16 more came.", [("16", 16.0, "exactly", None)]),
        ("A fast 40 km march.", [("40", 40.0, "exactly", "km")]),
    ],
)
def test_qualifier_and_percent_words(
    text: str, expected: list[tuple[str, float, str, str | None]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Pomogła ok. 340 osobom.", 1),  # "ok." before a number stops no sentence
        ("It went ok. 16 people came.", 1),
        ("It went OK. 16 people came.", 2),
        ("Sent to ca. 2,400 units.", 1),
        ("It went ok. The rest did not.", 2),
    ],
)
def test_ok_before_a_number_is_no_stop(text: str, count: int) -> None:
    assert len(sentences(text)) == count


def test_a_translated_draft_with_its_qualifiers() -> None:
    draft = (
        "Frontelligence counted blisko 22 580 desertion cases in the Southern military "
        "district up to December 2024. The UN rapporteur says prawie 10 proc. of the "
        "troops sent to Ukraine have deserted since 2022. As of summer 2025 ok. 1 040 "
        "people and organisations were labelled foreign agents.\n"
    )
    assert judge(draft) == [
        ("blisko 22 580", "supported", "euaa-frontelligence-desertions-southern-md-dec-2024"),
        # the EUAA and Novaya Gazeta Europe state it alike: either is its source
        ("prawie 10 proc.", "supported", "nge-un-deserters-share-of-deployed"),
        ("ok. 1 040", "supported", "nge-un-foreign-agents-summer-2025"),
    ]


def test_a_translated_qualifier_that_changes_the_claim_is_a_drift() -> None:
    # the claim says "nearly 22,580": "ponad" (over) overstates it
    draft = (
        "Frontelligence counted ponad 22 580 desertion cases in the Southern military "
        "district up to December 2024.\n"
    )
    assert judge(draft) == [
        ("ponad 22 580", "qualifier-drift", "euaa-frontelligence-desertions-southern-md-dec-2024"),
    ]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        # a hedge after the figure or its noun, set off by a comma or not
        ("Two hundred thousand recruited, roughly, since 2022.", "about"),
        ("200,000 prisoners or so were recruited.", "about"),
        ("They counted 600 approximately.", "about"),
        # before another figure it is that figure's: "roughly half"
        ("They counted 600 cases, roughly half of them in 2024.", "exactly"),
        ("They counted 600, approximately 3 a day.", "exactly"),
    ],
)
def test_a_hedge_after_the_figure(text: str, qualifier: str) -> None:
    from desertcheck.audit.qualifiers import at_boundary

    q = parse_quantities(text)[0]
    assert at_boundary(q, text).qualifier == qualifier
