"""A figure matched by its value whose own words name another measure (the forty-third
labelled set's dominant class): "davon endeten 4350 mit einer Verurteilung", 4,350 being
the new cases of January to May 2025, passed as ``supported`` for the claim whose value it
is. The words said of it veto the value: the ``mismatch`` of the claim of the measure they
name (:mod:`desertcheck.audit.measure_veto`)."""

from __future__ import annotations

import pytest

from .test_audit import auditor

NEW_CASES = "isl-mediazona-russia-new-cases-jan-may-2025"
DEFENDANTS = "isl-mediazona-refusal-to-serve-defendants-may-2025"
CONVICTED = "isl-mediazona-refusal-to-serve-convictions-may-2025"
TOTAL = "isl-mediazona-refusal-to-serve-cases-over-20000"
AWOL = "isl-mediazona-awol-cases"
DESERTION = "isl-mediazona-desertion-cases"
DISOBEDIENCE = "isl-mediazona-disobedience-cases"


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        # the new cases' number given to the convictions: the convictions' claim misstated
        (
            "Bis Ende Mai 2025 lagen Verfahren gegen 20.662 Männer vor, davon endeten 4350 mit "
            "einer Verurteilung.",
            [("20.662", "supported", DEFENDANTS), ("4350", "mismatch", CONVICTED)],
        ),
        (
            "By the end of May 2025, 20,662 men had faced trial, and 4,350 of them ended with a "
            "conviction.",
            [("20,662", "supported", DEFENDANTS), ("4,350", "mismatch", CONVICTED)],
        ),
        # the desertion trials' number given to the AWOL convictions: of its series (the same
        # source and period), the claim its words name
        (
            "Le média Proekt recensait en février 2024 plus de 4 600 soldats condamnés depuis "
            "l'invasion. Parmi eux, 129 l'ont été pour absence sans permission, contre 527 en "
            "2021.",
            [
                (
                    "plus de 4 600",
                    "supported",
                    "mt-proekt-refusal-to-serve-convictions-since-invasion",
                ),
                ("129", "mismatch", "mt-proekt-awol-convictions-wartime"),
                ("527", "supported", "mt-proekt-awol-convictions-2021"),
            ],
        ),
        # its subject names the measure: "those who left their units without permission"
        (
            "Mediazona counted over 20,000 cases against soldiers since the war began. The "
            "largest single category, those who left their units without permission, accounted "
            "for 1,010 of such cases.",
            [("over 20,000", "supported", TOTAL), ("1,010", "mismatch", AWOL)],
        ),
        # the quote the claim shares with its series mate says "faking illness" of the 31,
        # not of the 129: its subject names malingering, which the 129's words do not
        (
            "Cases opened for absence without leave in 2022 and 2023: 5,260; for desertion: "
            "501. Those who faked illness to get out: 129.",
            [
                ("5,260", "supported", "mt-proekt-awol-cases-opened-2022-2023"),
                ("501", "supported", "mt-proekt-desertion-cases-opened-2022-2023"),
                ("129", "mismatch", "mt-proekt-malingering-trials-wartime"),
            ],
        ),
        (
            "During the war, 129 soldiers faced trial for desertion and 31 for faking illness.",
            [
                ("129", "supported", "mt-proekt-desertion-trials-wartime"),
                ("31", "supported", "mt-proekt-malingering-trials-wartime"),
            ],
        ),
        # left unsourced by its words, but a claim's own number all the same: its words veto it
        (
            "Видання «Медіазона» нарахувало понад 20 тис. справ про відмову від служби, які з "
            "2022 року надійшли до військових судів. З них 1010 стосуються самовільного "
            "залишення частини.",
            [("понад 20 тис", "supported", TOTAL), ("1010", "mismatch", AWOL)],
        ),
        # a small number, which many claims hold, is no claim's own: left unsourced
        (
            "Reminder: our volunteer hotline took 27 calls this week, 9 from deserters' families.",
            [("27", "unsourced", None), ("9", "unsourced", None)],
        ),
        # its words name its own claim's measure: kept
        (
            "Mediazona counted over 20,000 cases against soldiers since the war began. Those "
            "charged with desertion accounted for 1,010 of such cases.",
            [("over 20,000", "supported", TOTAL), ("1,010", "supported", DESERTION)],
        ),
        # "new cases" are the claim's own words, whatever other measure counts cases opened
        (
            "Between January and May 2025, Russian courts received 4,350 new cases.",
            [("4,350", "supported", NEW_CASES)],
        ),
        # the words after the whole are the part's: "17,721 of 20,662 men had been convicted"
        (
            "By the end of May 2025, 17,721 of 20,662 men had been convicted.",
            [("17,721", "supported", CONVICTED), ("20,662", "supported", DEFENDANTS)],
        ),
        # a list's words before a figure are the item before's ("…, а 1369"; "и 501 — о
        # дезертирстве")
        (
            "От тях 18 159 са по чл. 337 за самоволно напускане на частта, а 1369 – по чл. 332 "
            "за неизпълнение на заповед.",
            [
                ("18 159", "supported", AWOL),
                ("337", "unsourced", None),
                ("1369", "supported", DISOBEDIENCE),
                ("332", "unsourced", None),
            ],
        ),
        (
            "В 2022–2023 годах возбуждено 5260 дел о СОЧ и 501 — о дезертирстве.",
            [
                ("5260", "supported", "mt-proekt-awol-cases-opened-2022-2023"),
                ("501", "supported", "mt-proekt-desertion-cases-opened-2022-2023"),
            ],
        ),
    ],
)
def test_the_words_said_of_a_figure_veto_its_value(
    draft: str, expected: list[tuple[str, str, str | None]]
) -> None:
    items = auditor().audit(draft + "\n", "d.md")
    assert [(it.figure.text, it.status, it.claim and it.claim.id) for it in items] == expected


def test_the_message_says_whose_number_it_is_and_what_its_words_name() -> None:
    items = auditor().audit(
        "Bis Ende Mai 2025 lagen Verfahren gegen 20.662 Männer vor, davon endeten 4350 mit "
        "einer Verurteilung.\n",
        "d.md",
    )
    message = items[-1].message
    assert f"“4350” is {NEW_CASES}'s (refusal-to-serve-cases)" in message
    assert "the words said of it name refusal-to-serve-convictions" in message


def test_refus_d_obeir_is_disobedience() -> None:
    """ "refus d'obéir" (refusal to obey) is disobedience, as "Befehlsverweigerung" is: the
    nine of 2018 to 2022 are its convictions, named by it, not refusal to serve's."""
    items = auditor().audit(
        "La même année, 289 militaires ont été condamnés pour refus d'obéir, contre 9 entre "
        "2018 et 2022.\n",
        "d.md",
    )
    assert [(it.figure.text, it.status, it.claim and it.claim.id) for it in items] == [
        ("289", "supported", "mt-proekt-disobedience-convictions-2023"),
        ("9", "supported", "mt-proekt-disobedience-convictions-2018-2022"),
    ]
