"""``add source`` and ``scan --stubs`` on a registry written by hand: the figure count at
import is scan's, a table's column header gives its cells' period and unit, and a Markdown
file's own front matter in the registry's source format is read in full."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import cli_runner

GERMAN = (
    "Hafenbericht 2025\n\n"
    "Im Jahr 2025 wurden im Hafen rund 3,5 Mio. Tonnen Fracht umgeschlagen.\n"
    "Die Zahl der Kreuzfahrtschiffe stieg auf 87, knapp 12 % mehr als im Vorjahr.\n"
    "Gebühren für Liegeplätze: 1.250,50 Euro pro Tag für große Schiffe.\n"
)


def run(*args: str) -> tuple[int, str, str]:
    r = cli_runner().invoke(app, list(args))
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture
def registry(tmp_path: Path) -> Path:
    root = tmp_path / "reg"
    code, _out, err = run("init", str(root))
    assert code == 0, err
    return root


# -- the figure count at import ---------------------------------------------------------


def test_add_source_counts_a_german_sources_figures_as_scan_does(
    registry: Path, tmp_path: Path
) -> None:
    """The import said 2 figures for a German text in which scan finds 4."""
    doc = tmp_path / "hafen.txt"
    doc.write_text(GERMAN, encoding="utf-8")
    args = ["--title", "Hafenbericht", "--publisher", "Amt", "--language", "de"]
    code, out, err = run("add", "source", str(doc), *args, "--root", str(registry))
    assert code == 0, err
    code, scanned, err = run("scan", "hafen", "--format", "json", "--root", str(registry))
    assert code == 0, err
    figures = json.loads(scanned)["summary"]["figures"]
    assert figures == 4
    assert f"{figures} figures;" in out
