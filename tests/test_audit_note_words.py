"""Qualifiers a note or a translation writes its own way, and a range whose thousands are
written once: "abt 16k", "nr 10%", "near enough one in ten", "a rounded one in ten",
"exceeds 3,050", German "gut 3 050" and French "dépasse les 3 050" (over), "40-45,000"
(40,000 to 45,000), a hedge said as an afterthought ("3,380, almost."). The drafts are
written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.convention import as_read
from desertcheck.audit.foreign_words import read
from desertcheck.audit.qualifiers import at_boundary
from desertcheck.quantity import parse_quantities

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Notes: abt 16k prosecuted since '22.", "about"),
        ("Notes: nr 10% of those deployed.", "nearly"),
        ("Near enough one in ten have gone.", "nearly"),
        ("It is shown as a rounded one in ten.", "about"),
        ("Cases in the district exceed 3,050.", "over"),  # not a round figure: still over
        ("Form Nr 12 was filed.", "exactly"),  # "Nr" in capitals numbers a form
        ("The band played 12 songs.", "exactly"),
    ],
)
def test_a_notes_qualifier_words(text: str, qualifier: str) -> None:
    q = parse_quantities(text)[0]
    assert at_boundary(q, text).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("The Eastern district lost 3,380, almost.", "nearly"),
        ("Kazan for 3,380 cases, nearly; Perm for 2,100.", "nearly"),
        ("Kazan 3,380, nearly all of them conscripts.", "exactly"),  # "nearly all"
        ("Kazan 3,380, almost half of the region.", "exactly"),
        ("Kazan lost 3,380 nearly.", "exactly"),  # no comma: no afterthought
        # after a digest's label set off by a dash
        ("🏙️ 3,380 — Kazan region, nearly; Perm, 2,100", "nearly"),
        ("🏙️ 3,380 — Kazan, almost.", "nearly"),
        ("🏙️ 3,380 — Kazan region, nearly all conscripts", "exactly"),
        ("🏙️ 3,380 — the whole Kazan region, nearly", "exactly"),  # a label of four words
    ],
)
def test_a_hedge_said_after_the_figure(text: str, qualifier: str) -> None:
    q = parse_quantities(text)[0]
    assert at_boundary(q, text).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Der Bezirk meldete gut 3 050 Fälle.", "over"),
        ("Die Zahl übersteigt 3 050.", "over"),
        ("Le district dépasse les 3 050 cas.", "over"),
        ("Das Gutachten nannte 3 050 Fälle.", "exactly"),  # "gut" inside a word
    ],
)
def test_exceeding_in_german_and_french(text: str, qualifier: str) -> None:
    blanked, _ = as_read(text)
    q = parse_quantities(blanked)[0]
    assert read(q, blanked).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Russia signs up 40-45,000 men a month.", 40e3, 45e3),
        ("Between 15–20,000 cases a month.", 15e3, 20e3),
        ("Some 900-45,000 cases.", 900.0, 45e3),  # 900,000 is over the second end
    ],
)
def test_a_range_whose_thousands_are_written_once(text: str, low: float, high: float) -> None:
    q = at_boundary(parse_quantities(text)[0], text)
    assert (q.low, q.high) == (low, high)


def test_notes_and_ranges_support_their_claims() -> None:
    draft = (
        "Zelensky said Russia signs up 40-45,000 new soldiers every month.\n\n"
        "Zelensky said Russia signs up 50-55,000 new soldiers every month.\n\n"
        "Notes from the hearing: nr 10% of the soldiers deployed to Ukraine have deserted.\n\n"
        "Frontelligence: in the Leningrad military district desertion cases exceed 3,050.\n"
    )
    assert judge(draft) == [
        ("40-45,000", "supported", "isl-zelensky-russian-recruits-per-month"),
        ("50-55,000", "mismatch", "isl-zelensky-russian-recruits-per-month"),
        ("10%", "supported", "euaa-un-deserters-share-of-deployed"),
        ("3,050", "supported", "euaa-frontelligence-desertions-leningrad-md-dec-2024"),
    ]
