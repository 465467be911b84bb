"""An Italian draft is read as German and French ones are: its words of the field as the
English concepts the claims use ("disertato", "procedimenti", "condanne"), its articles
weighing nothing, "quasi il 10%" as nearly 10%, its periods ("dal 2022", "nel solo 2024",
"tra novembre 2024 e luglio 2025", "fino alla fine di giugno 2025") read and their years
no figures. The drafts are written for these tests; the claims are the shipped
registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit import italian
from desertcheck.audit.periods import _find_periods

from .test_audit_reading2 import judge

#: Italian sentences before the one under test, so the draft reads as Italian, with a
#: number grouped by a dot ("1.234") so that it reads in the European convention.
LEAD = (
    "Il quadro generale della guerra è stato descritto nel rapporto delle Nazioni Unite, "
    "che per la prima volta cita i dati dei tribunali e delle procure. Gli autori sono "
    "stati attenti alla fonte e alla data di ogni dato, come nelle 1.234 pagine della "
    "relazione.\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Dal 2022 hanno disertato oltre 50.000 soldati russi, quasi il 10% di quelli "
            "schierati al fronte.",
            [
                ("oltre 50.000", "supported", "euaa-un-desertions-since-2022"),
                ("quasi il 10%", "supported", "euaa-un-deserters-share-of-deployed"),
            ],
        ),
        (
            "L'intelligence militare ucraina stima che tra novembre 2024 e luglio 2025 oltre "
            "25.000 soldati abbiano lasciato i reparti del distretto centrale.",
            [
                (
                    "oltre 25.000",
                    "supported",
                    "euaa-ukraine-intel-central-md-left-units-nov-2024-jul-2025",
                )
            ],
        ),
        (
            "Le condanne per assenza ingiustificata nello stesso periodo sono state 4.373.",
            [("4.373", "supported", "mt-proekt-awol-convictions-wartime")],
        ),
        # "fino alla fine di giugno 2025": a period, its year no figure
        (
            "Mediazona conta oltre 20.000 procedimenti per rifiuto di prestare servizio fino "
            "alla fine di giugno 2025.",
            [("oltre 20.000", "supported", "isl-mediazona-refusal-to-serve-cases-over-20000")],
        ),
    ],
)
def test_italian_draft(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [it for it in judge(LEAD + sentence) if it[0] != "1.234"] == expected


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("dal 2022 hanno disertato", ("since", "dal 2022")),
        ("nel solo 2024 sono stati", ("in", "nel solo 2024")),
        ("tra novembre 2024 e luglio 2025 oltre", ("between", "tra novembre 2024 e luglio 2025")),
        ("fino alla fine di giugno 2025", ("as-of", "fino alla fine di giugno 2025")),
        ("fra il 2018 e il 2022 nove", ("between", "fra il 2018 e il 2022")),
        ("dall'inizio dell'invasione fino", ("since", "dall'inizio dell'invasione")),
        ("Nella primavera del 2025 i nuovi casi", ("in", "Nella primavera del 2025")),
    ],
)
def test_italian_periods(text: str, period: tuple[str, str]) -> None:
    assert [(p.kind, p.text) for p in _find_periods(text, 0)] == [period]


@pytest.mark.parametrize(
    ("word", "concepts"),
    [
        ("condanne", ("convictions",)),
        ("procedimenti", ("cases", "prosecution")),
        ("disertori", ("desertion",)),
        ("casi", ("cases",)),
        # near misses: English words hold no Italian part
        ("processing", ()),
        ("reducing", ()),
        ("incarcerated", ()),
        ("political", ()),
    ],
)
def test_italian_concepts(word: str, concepts: tuple[str, ...]) -> None:
    assert italian.concepts(word) == concepts


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Nel 2024 i casi di tortura documentati sono stati 258.", ["258"]),
        ("Fra il 2018 e il 2022 le condanne sono state 9.", ["9"]),
        ("Nel 2022 e 2023 sono stati aperti 501 fascicoli per diserzione.", ["501"]),
    ],
)
def test_italian_years_are_periods(sentence: str, figures: list[str]) -> None:
    assert [it[0] for it in judge(LEAD + sentence) if it[0] != "1.234"] == figures
