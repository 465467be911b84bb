"""audit on a registry of another field, an ambulance service's performance (built here,
as a user's ``scan --stubs`` with filled-in measures would have it): a share in words that
misstates a claim, another claim's number given to the measure a sentence names, and the
base of a change said after a figure."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from desertcheck.audit import Auditor
from desertcheck.audit.run import prepare
from desertcheck.registry import load_registry

from .test_audit_transport import judge

SOURCE = """---
title: "Ambulance performance, Q3 2025"
publisher: "Regional Ambulance Service"
language: en
published: "2025-11-13"
---
Ambulance performance, Q3 2025

Around 12% of patients waited more than an hour outside hospital emergency departments
before handover in October 2025. Crews lost nearly 9,800 hours to handover delays in
October 2025.

Between July and September 2025 the service attended 97,450 incidents in person, 4.1%
more than a year earlier.

In October 2025 Millbrook district received 9,875 calls and Northvale district 12,410.

At the end of October 2025 the service employed 1,146 paramedics.
"""

HOUR = (
    "Around 12% of patients waited more than an hour outside hospital emergency departments "
    "before handover in October 2025."
)

#: (id, statement, value, qualifier, unit, measure, scope, period, quote)
CLAIMS = [
    ("handover-hour", HOUR, 12, "about", "percent", "handover-over-60-min-share", "region",
     "2025-10", "Around 12%"),
    ("hours-lost", "Crews lost nearly 9,800 hours to handover delays in October 2025.", 9800,
     "nearly", "hours", "handover-hours-lost", "region", "2025-10", "nearly 9,800 hours"),
    ("incidents", "Between July and September 2025 the service attended 97,450 incidents in "
     "person.", 97450, "exactly", "incidents", "incidents-attended", "region",
     "2025-07/2025-09", "97,450 incidents in person"),
    ("incidents-change", "Incidents attended in person between July and September 2025 were "
     "4.1% more than a year earlier.", 4.1, "exactly", "percent", "incidents-attended-change",
     "region", "2025-07/2025-09", "4.1%"),
    ("millbrook-calls", "Millbrook district received 9,875 calls in October 2025.", 9875,
     "exactly", "calls", "calls", "millbrook", "2025-10",
     "Millbrook district received 9,875 calls"),
    ("northvale-calls", "Northvale district received 12,410 calls in October 2025.", 12410,
     "exactly", "calls", "calls", "northvale", "2025-10", "Northvale district 12,410"),
    ("paramedics", "At the end of October 2025 the service employed 1,146 paramedics.", 1146,
     "exactly", "paramedics", "paramedics-employed", "region", "2025-10", "1,146 paramedics"),
]  # fmt: skip


_FIELDS = ("id", "statement", "value", "qualifier", "unit", "measure", "scope", "period", "quote")


def ambulance_registry(root: Path) -> Path:
    """The registry, written under ``root``."""
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    (root / "sources" / "ambulance.md").write_text(SOURCE, "utf-8")
    claims = [dict(zip(_FIELDS, row, strict=True)) | {"source": "ambulance"} for row in CLAIMS]
    text = yaml.safe_dump({"claims": claims}, allow_unicode=True, sort_keys=False)
    (root / "claims" / "ambulance.yaml").write_text(text, "utf-8")
    return root


@pytest.fixture(scope="module")
def auditor(tmp_path_factory: pytest.TempPathFactory) -> Auditor:
    return prepare(load_registry(ambulance_registry(tmp_path_factory.mktemp("amb"))))[0]


def test_the_registry_loads_and_verifies(auditor: Auditor) -> None:
    assert [e.claim.id for e in auditor.index.entries] == [row[0] for row in CLAIMS]
    assert not any(s.errors for s in auditor.standing.values())


# -- a share in words -------------------------------------------------------------------

_REST = HOUR.removeprefix("Around 12%")


@pytest.mark.parametrize(
    ("share", "status"),
    [
        ("About one in five", "mismatch"),
        ("One in five", "mismatch"),
        ("About a fifth of", "mismatch"),
        ("Two in three", "mismatch"),
        ("A third of", "mismatch"),
        ("Half of", "mismatch"),
        ("Nearly two-thirds of", "mismatch"),
        ("About 20% of", "mismatch"),  # the same share in digits
        ("About one in eight", "supported"),  # 12.5%: about 12%
        ("Around 12% of", "supported"),
    ],
)
def test_a_share_in_words_meets_the_claim_whose_sentence_it_repeats(
    auditor: Auditor, share: str, status: str
) -> None:
    """The sentence retells the claim's statement, whose measure's slug ("over 60 min") it
    does not name: a share in words in the place of its number is read as that number is,
    a share on the claim's scale, and fits it or misstates it."""
    text = share + _REST.removeprefix(" of")
    assert judge(auditor, text)[0][1:] == (status, "handover-hour")


# -- another claim's number given to the measure the sentence names -----------------------


def test_another_claims_number_given_to_a_named_measure_is_a_mismatch(auditor: Auditor) -> None:
    items = auditor.audit("Northvale employed 9,875 paramedics at the end of October 2025.")
    assert [(it.figure.text, it.status, it.claim and it.claim.id) for it in items] == [
        ("9,875", "mismatch", "paramedics")
    ]
    assert "“9,875” is millbrook-calls's" in items[0].message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the claim's own words: its own number
        ("In October 2025 Millbrook district received 9,875 calls.",
         ("supported", "millbrook-calls")),
        ("The service employed 1,146 paramedics in October 2025.", ("supported", "paramedics")),
        # the calls' number, said of calls in words that miss the claim's: not another measure's
        ("The switchboard logged 9,875 calls in October 2025.", ("supported", "millbrook-calls")),
        # the paramedics' claim is of another period than the draft says
        ("Northvale employed 9,875 paramedics in October 2023.", ("unsourced", None)),
        # no measure named: nothing to misstate
        ("Northvale counted 9,875 volunteers in October 2025.", ("unsourced", None)),
    ],
)  # fmt: skip
def test_a_claims_number_keeps_its_verdict_without_a_named_measure(
    auditor: Auditor, text: str, expected: tuple[str, str | None]
) -> None:
    assert judge(auditor, text)[0][1:] == expected


# -- the base of a change is not the figure's period --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Between July and September 2025 the service attended 97,450 incidents in person, "
            "4.1% more than a year earlier.",
            ["supported", "supported"],
        ),
        (
            "The service attended 97,450 incidents in person between July and September 2025, "
            "4.1% more than in 2024.",
            ["supported", "supported"],
        ),
        (
            "Between July and September 2025 incidents attended in person were 4.1% higher, "
            "up 4.1% on the year before.",
            ["supported", "supported"],
        ),
        (
            "Between July and September 2025 incidents attended in person grew, 4.1% compared "
            "with the same months of 2024.",
            ["supported"],
        ),
        # the sentence's own period is another: a drift, as before
        (
            "Between July and September 2024 the service attended 97,450 incidents in person, "
            "4.1% more than a year earlier.",
            ["period-drift", "period-drift"],
        ),
        # "than" of a duration compares no period: October 2024 is the share's, a drift
        (HOUR.replace("2025", "2024"), ["period-drift"]),
    ],
)
def test_the_base_of_a_change_is_not_its_figures_period(
    auditor: Auditor, text: str, expected: list[str]
) -> None:
    assert [status for _, status, _ in judge(auditor, text)] == expected
