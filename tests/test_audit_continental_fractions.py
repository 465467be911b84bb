"""Fractions in German and French words are shares, as English "two-thirds" is: "zwei
Drittel", "ein Viertel", "die Hälfte"; "les deux tiers", "un quart", "la moitié". The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.continental_numbers import fractions

from .test_audit_reading2 import judge

SHARE = "isl-ukraine-exemption-requests-share-of-trials"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("in zwei Dritteln der Fälle", [("zwei Dritteln", 2 / 3)]),
        ("ein Viertel der Soldaten", [("ein Viertel", 1 / 4)]),
        ("mehr als die Hälfte", [("Hälfte", 1 / 2)]),
        ("les deux tiers des procès", [("deux tiers", 2 / 3)]),
        ("trois quarts des affaires", [("trois quarts", 3 / 4)]),
        ("la moitié des dossiers", [("moitié", 1 / 2)]),
        ("vier Drittel", []),  # no share
        ("zwei Mal", []),
    ],
)
def test_fraction_words(text: str, found: list[tuple[str, float]]) -> None:
    assert [(text[a:b], v) for a, b, v in fractions(text)] == found


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In der Ukraine verlangen die Staatsanwälte in zwei Dritteln der Prozesse, die "
            "Angeklagten von der Strafe zu befreien.",
            "zwei Dritteln",
        ),
        (
            "En Ukraine, les procureurs réclament l'exemption des accusés dans les deux tiers "
            "des procès.",
            "deux tiers",
        ),
    ],
)
def test_a_fraction_is_a_share(text: str, figure: str) -> None:
    assert judge(text + "\n") == [(figure, "supported", SHARE)]
