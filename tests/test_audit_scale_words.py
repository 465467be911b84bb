"""Scale words of other languages after a number ("2,4 millones", "16 Tausend", "16 mil"),
read as scales; "mil", "mila", "mille" and the Turkish "bin" only in a part of the draft
written in the European number convention (in English "$2 mil" is two million, a bin a
bin). The drafts are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.convention import as_read
from desertcheck.audit.scales import SCALE_WORDS, scaled
from desertcheck.quantity import parse_quantities

from .test_audit_reading2 import judge


def _read(text: str) -> list[tuple[str, float, str | None]]:
    blanked, european = as_read(text)
    return [
        (q.text, q.low, q.unit)
        for q in (scaled(q, blanked, european) for q in parse_quantities(blanked))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army is to grow to 2.4 millones.", [("2.4 millones", 2.4e6, None)]),
        ("Sie zählten 16 Tausend Soldaten.", [("16 Tausend", 16e3, "soldaten")]),
        ("Skazano 16 tys. żołnierzy.", [("16 tys.", 16e3, "żołnierzy")]),
        ("Un budget de 3 milliards.", [("3 milliards", 3e9, None)]),
        ("El gasto fue de 2 mil millones.", [("2 mil millones", 2e9, None)]),
        # "mil" in a European draft (a dot groups thousands): a thousand, and the noun
        # after it is the figure's unit as after "thousand"
        (
            "Some 18.159 cases and 1.010 more; more than 25 mil soldiers left.",
            [
                ("Some 18,159", 18159.0, "cases"),
                ("1,010", 1010.0, None),
                ("more than 25 mil", 25e3, "soldiers"),
            ],
        ),
        # in an English draft "mil" is no thousand: "$2 mil", "16 mil. police"
        (
            "Some 18,159 cases, and 25 mil soldiers.",
            [("Some 18,159", 18159.0, "cases"), ("25", 25.0, "mil")],
        ),
        ("A $2 mil contract.", [("$2", 2.0, "USD")]),
        # Turkish "bin" (a thousand) and "milyon" in a European part; an ending after an
        # apostrophe does not hide the word
        (
            "Rakam 2.355 değil; 100 bin'in üzerinde, 2,4 milyon.",
            [("2,355", 2355.0, "değil"), ("100 bin", 1e5, None), ("2.4 milyon", 2.4e6, None)],
        ),
        ("Put 16 bin bags out.", [("16", 16.0, "bin")]),
        # Hungarian "ezer" and "millió", Greek "χιλιάδες" and "εκατομμύρια", in any part
        (
            "Havonta 15–20 ezer ügy; 2,4 millió fő.",
            [("15–20 ezer", 15e3, "ügy"), ("2.4 millió", 2.4e6, "fő")],
        ),
        (
            "Περίπου 16 χιλιάδες στρατιώτες και 1,5 εκατομμύρια.",
            [("16 χιλιάδες", 16e3, "στρατιώτες"), ("1.5 εκατομμύρια", 1.5e6, None)],
        ),
        # a figure with a scale of its own keeps it
        ("About 2.4 million soldiers.", [("About 2.4 million", 2.4e6, "soldiers")]),
        # shorthand: a lower-case "m" right after the number is a million, as "1.5M" is
        ("army to ~2.4m, 1.5m military", [("~2.4m", 2.4e6, None), ("1.5m", 1.5e6, "military")]),
        # metres: a length word or a hyphen after it
        ("a 2.5m high fence", [("2.5", 2.5, "m")]),
        ("a 3m-long wall", [("3", 3.0, "m")]),
    ],
)
def test_scale_words_of_other_languages(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _read(text) == expected


def test_only_the_english_lookalikes_wait_for_the_convention() -> None:
    gated = {w for w, (_, only_european) in SCALE_WORDS.items() if only_european}
    assert gated == {"mil", "mila", "mille", "bin"}


def test_a_translated_draft_with_its_scale_words() -> None:
    draft = (
        "A decree raised the authorised size of the armed forces to about 2,4 millones, "
        "of whom 1,5 millones are military personnel. Courts have registered 18.159 "
        "absence cases.\n"
    )
    assert judge(draft) == [
        ("about 2,4 millones", "supported", "isl-putin-decree-armed-forces-size"),
        ("1,5 millones", "supported", "isl-putin-decree-military-personnel"),
        ("18.159", "supported", "isl-mediazona-awol-cases"),
    ]
