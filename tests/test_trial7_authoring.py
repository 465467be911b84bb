"""``add source`` and ``scan --stubs`` on a registry written by hand: the figure count at
import is scan's, a table's column header gives its cells' period and unit, and a Markdown
file's own front matter in the registry's source format is read in full."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

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


# -- a table's column header: the cells' period and unit --------------------------------

FERRIES = """---
title: "Ferry bulletin"
publisher: "Harbour Office"
language: "en"
published: "2026-02-10"
---
Ferries carried 4.2 million passengers in 2025.

By route:

| Route | Passengers 2025 | Cancelled sailings 2025 | Change on 2024 | Sales (£m) |
|---|---|---|---|---|
| North Quay | 1,800,000 | 214 | 12 | 3.5 |
"""


def stubs(registry: Path, text: str) -> dict[object, dict[str, object]]:
    """The stubs ``scan --stubs`` drafts for a source of ``text``, by value, with the
    comments of their unit and period."""
    (registry / "sources" / "ferries.md").write_text(text, encoding="utf-8")
    code, out, err = run("scan", "ferries", "--stubs", "--root", str(registry))
    assert code == 0, err
    body = out.split("\n", 1)[1]
    drafted = yaml.safe_load(body)
    comments = {}
    for line in body.splitlines():
        key = line.strip().split(":", 1)[0]
        if key in ("unit", "period", "value"):
            comments[key] = line.split("#", 1)[1].strip() if "#" in line else ""
            if key == "value":
                value = line.split(":", 1)[1].strip()
            else:
                comments.setdefault("of", {}).setdefault(value, {})[key] = comments[key]
    return {d["value"]: {**d, "comments": comments["of"].get(str(d["value"]), {})} for d in drafted}


def test_a_column_header_that_names_the_count_gives_its_cells_period_and_unit(
    registry: Path,
) -> None:
    """Every cell of the trial's table had the publication date for a period and a unit
    to fill, under the headers "Passengers 2025" and "Cancelled sailings 2025"."""
    got = stubs(registry, FERRIES)
    assert got[1800000]["period"] == "2025" and "note" not in got[1800000]
    assert got[1800000]["comments"]["period"] == "from the table's “Passengers 2025”"
    assert got[1800000]["unit"] == "passengers"
    assert got[1800000]["comments"]["unit"] == "from the column's header “Passengers 2025”"
    assert got[214]["period"] == "2025" and got[214]["unit"] == "sailings"
    assert got[1800000]["id"] == "ferries-1-800-000-passengers"


def test_a_header_of_a_change_or_of_money_gives_neither(registry: Path) -> None:
    """The year compared with is not the cells' period, and a header that names money
    names no unit of a count: both stay for a person to write."""
    got = stubs(registry, FERRIES)
    change, sales = got[12], got[3.5]
    assert change["period"] == "2026-02-10" and change["note"].startswith("todo:")
    assert change["unit"] == "todo" and sales["unit"] == "todo"
    assert sales["period"] == "2026-02-10"


@pytest.mark.parametrize(
    ("header", "period"),
    [
        ("2024", "2024"),
        ("Passengers 2025", "2025"),
        ("Homes completed in March 2025", "2025-03"),
        ("Change on 2024", None),
        ("Growth since 2019", None),
        ("2024 vs 2023", None),
        ("% of 2019", None),
    ],
)
def test_the_period_of_a_column_header(header: str, period: str | None) -> None:
    from desertcheck.authoring.periods import in_table

    text = f"| Area | {header} |\n|---|---|\n| North | 12 |\n"
    found = in_table(text, text.index("12"), "2026-02-10")
    assert (found.period if found else None) == period
