"""Times of day in words ("at ten past seven", "just after nine") and a national telephone
number ("01632 960 481") are no figures in a draft; ranges and counts near them stay."""

from __future__ import annotations

import pytest

from desertcheck.audit.auditor import Auditor
from desertcheck.audit.contact_numbers import contact_spans


@pytest.mark.parametrize(
    ("draft", "figures"),
    [
        ("Her daughter dialled 999 at ten past seven in the evening.", []),
        ("The ambulance arrived just after nine.", []),
        ("The crew left at twenty to eight, an hour late.", []),
        ("The call came at nine in the evening.", []),
        ("It was a quarter past six when 14 crews were waiting.", ["14"]),
        # not times of day: a range, a duration, a count
        ("Desertion carries five to ten years in prison.", ["five to ten"]),
        ("He was released after nine years.", ["nine"]),
        ("Ten to twelve soldiers deserted each week.", ["Ten to twelve"]),
        ("Call the newsdesk on 01632 960 481.", []),
        ("Ring (020) 7946 0958 or 0800 123 4567 for help.", []),
        ("The service took 960 481 calls in 2024.", ["960 481"]),
    ],
)
def test_no_figure(draft: str, figures: list[str]) -> None:
    assert [it.figure.text for it in Auditor([]).audit(draft + "\n", "d.md")] == figures


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("on 01632 960 481.", ["01632 960 481"]),
        ("(01632) 960481 today", ["(01632) 960481"]),
        ("0800 123 4567", ["0800 123 4567"]),
        # too short, no trunk zero, a decimal before
        ("0161 496", []),
        ("1632 960 481", []),
        ("rose 0.5 1234 567", []),
    ],
)
def test_national_numbers(text: str, spans: list[str]) -> None:
    assert [text[a:b] for a, b in contact_spans(text)] == spans
