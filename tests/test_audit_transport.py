"""audit on a registry of another field, a city's transport (built here, as a user's
``scan --stubs`` and filled-in measures would have it): the noun that names what a figure
counts, a count in brackets beside a share, ages, the words of a reporting frame."""

from __future__ import annotations

from pathlib import Path

import pytest

from desertcheck.audit import Auditor
from desertcheck.audit.run import prepare
from desertcheck.registry import load_registry

SOURCE = """---
title: "Public transport in 2025"
publisher: "Metro Transport"
language: en
published: "2026-02-10"
---
Public transport in 2025

The city's trams carried about 22 million passengers in 2025. Its buses carried 31 million
passengers in 2025.

The fleet had 412 buses at the end of 2025, 96 of them electric.

In the rider survey, 67% of riders asked for more night services.
"""

#: (id, statement, value, qualifier, unit, measure, quote)
CLAIMS = [
    ("trams", "The city's trams carried about 22 million passengers in 2025.", 22_000_000,
     "about", "passengers", "tram-passengers", "about 22 million passengers"),
    ("buses", "Its buses carried 31 million passengers in 2025.", 31_000_000, "exactly",
     "passengers", "bus-passengers", "31 million passengers"),
    ("fleet", "The fleet had 412 buses at the end of 2025.", 412, "exactly", "buses",
     "bus-fleet", "412 buses"),
    ("electric", "96 of the fleet's buses were electric at the end of 2025.", 96, "exactly",
     "buses", "electric-buses", "96 of them electric"),
    ("night", "67% of riders asked for more night services.", 67, "exactly", "percent",
     "night-service-requests", "67% of riders asked"),
]  # fmt: skip


def transport_registry(root: Path) -> Path:
    """The registry, written under ``root``."""
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    (root / "sources" / "transport.md").write_text(SOURCE, "utf-8")
    lines = ["claims:"]
    for cid, statement, value, qualifier, unit, measure, quote in CLAIMS:
        lines += [
            f"  - id: transport-{cid}",
            f'    statement: "{statement}"',
            f"    value: {value}",
            f"    qualifier: {qualifier}",
            f"    unit: {unit}",
            f"    measure: {measure}",
            "    scope: city-transport",
            '    period: "2025"',
            "    source: transport",
            f'    quote: "{quote}"',
        ]
    (root / "claims" / "transport.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    return root


@pytest.fixture(scope="module")
def auditor(tmp_path_factory: pytest.TempPathFactory) -> Auditor:
    root = transport_registry(tmp_path_factory.mktemp("transport"))
    return prepare(load_registry(root))[0]


def judge(auditor: Auditor, text: str) -> list[tuple[str, str, str | None]]:
    return [
        (it.figure.text, it.status, it.claim.id if it.claim else None)
        for it in auditor.audit(text, "d.md")
    ]


def test_the_registry_verifies(auditor: Auditor) -> None:
    assert len(auditor.index.entries) == len(CLAIMS)
    assert not any(s.errors for s in auditor.standing.values())


# -- the noun that names what is counted ------------------------------------------------


def test_a_neighbours_value_given_to_the_noun_of_another_is_a_mismatch(auditor: Auditor) -> None:
    """22 million is the trams' count: said of the buses, it misstates the buses' 31 million,
    and the message says whose number it is."""
    items = auditor.audit("Buses carried about 22 million passengers in 2025.", "d.md")
    assert [(it.figure.text, it.status, it.claim and it.claim.id) for it in items] == [
        ("about 22 million", "mismatch", "transport-buses")
    ]
    assert "transport-trams's (tram-passengers)" in items[0].message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trams carried about 22 million passengers in 2025.", "transport-trams"),
        ("The trams carried about 22 million passengers in 2025.", "transport-trams"),
        ("Buses carried 31 million passengers in 2025.", "transport-buses"),
    ],
)
def test_the_noun_of_its_own_claim_keeps_it(auditor: Auditor, text: str, expected: str) -> None:
    assert [(s, c) for _, s, c in judge(auditor, text)] == [("supported", expected)]


def test_only_the_first_figure_of_a_line_reads_its_subject(auditor: Auditor) -> None:
    """After another figure, the words before a figure are that one's: the trams' 22
    million said after the buses' 31 million keeps its claim."""
    text = "Buses carried 31 million passengers in 2025 and trams about 22 million."
    assert [(s, c) for _, s, c in judge(auditor, text)] == [
        ("supported", "transport-buses"),
        ("supported", "transport-trams"),
    ]


# -- a count in brackets beside a share ---------------------------------------------------


def test_a_count_in_brackets_beside_a_share_is_audited(auditor: Auditor) -> None:
    got = judge(auditor, "About half of the buses (96) were electric.")
    assert [(text, status) for text, status, _ in got][1:] == [("96", "supported")]
    assert got[1][2] == "transport-electric"
    # another count in its place: the electric buses' number misstated
    assert judge(auditor, "About half of the buses (69) were electric.")[1][:2] == (
        "69",
        "mismatch",
    )


@pytest.mark.parametrize(
    "text",
    [
        "About half of the buses (para. 91) were electric.",
        "About half of the buses (2023) were electric.",
        "About half of the buses were electric (see 4.5).",
        "About half of the buses were electric (see section 4).",
    ],
)
def test_a_reference_in_brackets_beside_a_share_is_no_figure(auditor: Auditor, text: str) -> None:
    assert [t for t, _, _ in judge(auditor, text)] == ["About half"]


# -- an age is no statistic -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("People over 65 make up a fifth of riders.", ["a fifth"]),
        ("Riders aged over 65 travel free.", []),
        ("Rides are free for children under 12 all summer.", []),
        ("Those under 18 ride free, as do residents over 70.", []),
        # a share or a count of people stays a figure
        ("Over 65% of people ride the trams.", ["Over 65%"]),
        ("There were 65 people on the tram.", ["65"]),
    ],
)
def test_an_age_in_a_noun_phrase_is_no_figure(
    auditor: Auditor, text: str, figures: list[str]
) -> None:
    assert [t for t, _, _ in judge(auditor, text)] == figures


# -- the verbs of a reporting frame ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # "asked me" says who spoke, not what was requested: no word the claim shares
        ("About two in three asked me the same thing.", "unsourced"),
        ("About two in three asked us: why so few?", "unsourced"),
        # what was asked for is the claim's measure
        ("About two in three asked for more night services.", "supported"),
        ("About two in three riders asked for more night services.", "supported"),
    ],
)
def test_a_verb_of_the_reporting_frame_is_no_shared_word(
    auditor: Auditor, text: str, status: str
) -> None:
    assert [s for _, s, _ in judge(auditor, text)] == [status]


# -- a table row's period from the prose before it ----------------------------------------

ROWS = "| Vehicle | Passengers |\n|---|---|\n| Trams | about 22 million |\n"


def test_a_rows_period_from_its_lead_in_names_the_line(auditor: Auditor) -> None:
    text = f"# Fleet\n\nPassengers carried in 2025, by vehicle:\n\n{ROWS}"
    (item,) = auditor.audit(text, "d.md")
    assert (item.status, item.period and item.period.text) == ("supported", "in 2025")
    assert item.explanation is not None
    assert "period “in 2025” from the table's lead-in, line 3" in item.explanation.line()
    explained = item.to_dict()["explanation"]
    assert isinstance(explained, dict)
    assert explained["period"] == {"text": "in 2025", "from": "the table's lead-in, line 3"}


def test_a_row_takes_no_period_from_a_sentence_that_does_not_introduce_its_table(
    auditor: Auditor,
) -> None:
    """The year of the sentence before the one that introduces the table is that
    sentence's: the rows have none (and so no drift from it)."""
    text = f"The trams had a record year in 2024.\nThe city's vehicles carried:\n\n{ROWS}"
    (item,) = auditor.audit(text, "d.md")
    assert (item.status, item.period) == ("supported", None)
    # the introducing sentence's own period dates the rows
    text = f"The trams had a record year.\nIn 2024 the city's vehicles carried:\n\n{ROWS}"
    (item,) = auditor.audit(text, "d.md")
    assert item.status == "period-drift"
    assert item.explanation is not None
    assert item.explanation.period_from == "the table's lead-in, line 2"


# -- "at the end of YEAR" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The city had 412 buses at the end of 2025.", "supported"),
        ("The city had 412 buses at the end of December 2025.", "supported"),
        ("The city had 412 buses at the end of 2024.", "period-drift"),
    ],
)
def test_at_the_end_of_a_year_is_a_point_as_by_the_end_of_it_is(
    auditor: Auditor, text: str, status: str
) -> None:
    (item,) = auditor.audit(text, "d.md")
    assert item.status == status
    assert item.period is not None and item.period.kind == "as-of"
