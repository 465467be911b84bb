"""Fractions in German and French words are shares, as English "two-thirds" is: "zwei
Drittel", "ein Viertel", "die Hälfte"; "les deux tiers", "un quart", "la moitié". The
sentences are written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desertcheck.audit.continental_numbers import fractions
from desertcheck.cli import app

from .conftest import cli_runner
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
        # every n-th, in any of its endings, and x of y in words
        ("fast jeder zehnte Soldat", [("jeder zehnte", 1 / 10)]),
        ("Jede vierte Ehe", [("Jede vierte", 1 / 4)]),
        ("jeden Fünften", [("jeden Fünften", 1 / 5)]),
        ("jeder Dritte", [("jeder Dritte", 1 / 3)]),
        ("jeder Achte", [("jeder Achte", 1 / 8)]),
        ("jedes sechste Verfahren", [("jedes sechste", 1 / 6)]),
        ("jeder zwanzigste", [("jeder zwanzigste", 1 / 20)]),
        ("jedes Jahr", []),
        ("jede Woche", []),
        ("drei von zehn Befragten", [("drei von zehn", 3 / 10)]),
        ("einer von fünf", [("einer von fünf", 1 / 5)]),
        ("acht von zehn Verfahren", [("acht von zehn", 8 / 10)]),
        ("zwei von ihnen", []),
        ("zehn von zehn", []),  # all: no share
        ("von 700 bis 800", []),
        ("3 von 10", []),  # digits: the two numbers they are
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "nearly 10%" of the forces deployed: the number words are no figures of their own
        (
            "Fast jeder zehnte Soldat, der an die Front geschickt wurde, ist desertiert.",
            [("Fast jeder zehnte", "supported", "euaa-un-deserters-share-of-deployed")],
        ),
        (
            "Damit endeten mehr als acht von zehn Verfahren mit einem Schuldspruch.",
            [("mehr als acht von zehn", "unsourced", None)],
        ),
    ],
)
def test_a_german_share_in_words_is_one_figure(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text + "\n") == expected


def test_a_german_source_states_a_share_in_words(tmp_path: Path) -> None:
    """verify reads the share of a German source's quote as audit reads a draft's."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "sources" / "bericht.md").write_text(
        '---\ntitle: "Bericht"\npublisher: "Testamt"\nlanguage: "de"\n'
        'published: "2025-10-01"\n---\nTESTDATEN, erfunden. Fast jeder zehnte Soldat ist '
        "desertiert. Knapp zwei Drittel der Verfahren endeten mit Haft.\n",
        encoding="utf-8",
    )
    claims = [
        ("jeder-zehnte", 0.1, "nearly", "Fast jeder zehnte Soldat ist desertiert."),
        ("zwei-drittel", 0.667, "nearly", "Knapp zwei Drittel der Verfahren endeten mit Haft."),
    ]
    text = "claims:\n" + "".join(
        f"  - id: {cid}\n    statement: {quote}\n    value: {value}\n"
        f"    qualifier: {qualifier}\n    unit: share\n    measure: share\n"
        f"    scope: armee\n    period: '2024'\n    source: bericht\n    quote: {quote!r}\n"
        for cid, value, qualifier, quote in claims
    )
    (tmp_path / "claims" / "bericht.yaml").write_text(text, encoding="utf-8")
    r = cli_runner().invoke(app, ["verify", "--root", str(tmp_path), "--format", "json"])
    findings = [f for f in json.loads(r.stdout)["findings"] if f["severity"] == "error"]
    assert findings == []
