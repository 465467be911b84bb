"""Slugs made for ids (``add claim``, ``add source``) keep what a letter says: "ß" is "ss" in
any language (it was dropped: "Straße" made "strae"), and a German source's umlauts are
written out as German writes them without dots ("Nächtigungen": "naechtigungen"), while
Swedish, Finnish or an unnamed language keep the letter without its dots."""

from __future__ import annotations

import pytest

from desertcheck.authoring.drafting import slug, suggest_id
from desertcheck.authoring.source import suggest_id as source_id


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Nächtigungen 2024", "de", "naechtigungen-2024"),
        ("Nächtigungen 2024", "de-AT", "naechtigungen-2024"),
        ("Nächtigungen 2024", None, "nachtigungen-2024"),
        ("Straße und Größe", None, "strasse-und-grosse"),
        ("Straße und Größe", "de", "strasse-und-groesse"),
        ("ÜBER 16.000 Fälle", "de", "ueber-16-000-faelle"),
        ("Överlämnade ärenden", "sv", "overlamnade-arenden"),
        ("Käräjäoikeus", "fi", "karajaoikeus"),
        ("Déserteurs: 50 000", "fr", "deserteurs-50-000"),
    ],
)
def test_a_slug_writes_letters_as_the_language_does(
    text: str, language: str | None, expected: str
) -> None:
    assert slug(text, language) == expected


def test_ids_follow_their_sources_language() -> None:
    assert suggest_id("statistik", "Nächtigungen", set(), "de") == "statistik-naechtigungen"
    assert source_id("Übernachtungen.pdf", None, "de") == "uebernachtungen"
    assert source_id("https://example.org/", "Straßenverkehr 2024", None) == "strassenverkehr-2024"
