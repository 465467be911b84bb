"""Stub units of a German source are written as the source writes them ("Liter pro Tag",
"Kubikmeter"), not lowercased; a figure whose unit word an earlier figure of its sentence
gives with a rate gets a `todo:` comment, in German as in English (the rate is not taken
on a guess)."""

from __future__ import annotations

from pathlib import Path

import yaml

from desertcheck.cli import app

from .conftest import cli_runner, one_source

GERMAN = """---
title: "Wasserverbrauch im Tal 2025"
publisher: "Statistisches Amt"
language: "de"
published: "2026-01-20"
---
Im Jahr 2025 wurden im Tal rund 3,5 Mio. Kubikmeter Wasser durch Lecks verloren.

Der Verbrauch je Einwohner sank auf knapp 128 Liter pro Tag, gegenüber 136 Liter im Jahr 2024.
"""
ENGLISH = """---
title: "Drought report"
publisher: "Valley Supply"
language: "en"
published: "2025-10-01"
---
Average use fell to 131 litres a day during the ban, from 149 litres in June.
"""


def stubs(tmp_path: Path, text: str) -> tuple[dict[object, dict[str, object]], str]:
    root = one_source(tmp_path, text, "src")
    r = cli_runner().invoke(app, ["scan", "src", "--stubs", "--write", "--root", str(root)])
    assert r.exit_code in (0, 1), r.stdout + r.stderr
    written = (root / "claims" / "src.yaml").read_text("utf-8")
    return {c["value"]: c for c in yaml.safe_load(written)["claims"]}, written


def test_german_units_keep_the_sources_spelling(tmp_path: Path) -> None:
    claims, _ = stubs(tmp_path, GERMAN)
    assert claims[3500000]["unit"] == "Kubikmeter"
    assert claims[128]["unit"] == "Liter pro Tag"
    assert claims[136]["unit"] == "Liter"


def test_a_unit_an_earlier_figure_gives_with_a_rate_gets_a_todo_note(tmp_path: Path) -> None:
    _, written = stubs(tmp_path / "de", GERMAN)
    line = next(ln for ln in written.splitlines() if ln.strip().startswith('unit: "Liter"'))
    assert "# todo: a figure before it is in “Liter pro Tag”" in line
    assert "write unit: Liter pro Tag" in line
    assert "todo" not in next(ln for ln in written.splitlines() if "Kubikmeter" in ln)
    english, written = stubs(tmp_path / "en", ENGLISH)
    assert (english[131]["unit"], english[149]["unit"]) == ("litres a day", "litres")
    line = next(ln for ln in written.splitlines() if ln.strip().startswith("unit: litres "))
    assert "# todo: a figure before it is in “litres a day”" in line
