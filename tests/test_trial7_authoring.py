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
    result = cli_runner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def registry(tmp_path: Path) -> Path:
    """An empty registry, as ``desertcheck init`` makes it."""
    assert run("init", str(tmp_path / "reg"))[0] == 0
    return tmp_path / "reg"


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
    from desertcheck.authoring.table_period import in_table

    text = f"| Area | {header} |\n|---|---|\n| North | 12 |\n"
    found = in_table(text, text.index("12"), "2026-02-10")
    assert (found.period if found else None) == period


# -- a Markdown file's own front matter ------------------------------------------------

FRONT = """---
title: "Port staffing (fictional)"
publisher: Harbour Bay Statistics Office (fictional)
language: en
published: 2025-05-01
kind: report
author: Staffing desk
url: https://stats.example/port-staff
cites: [port-census]
tags: [harbour]
layout: post
---
The harbour employed 312 staff in 2025.
"""


def imported(registry: Path, tmp_path: Path, text: str, *args: str) -> tuple[int, str, str]:
    doc = tmp_path / "staff.md"
    doc.write_text(text, encoding="utf-8")
    (registry / "sources" / "origins.yaml").write_text(
        'port-census:\n  title: "Port census 2025"\n', encoding="utf-8"
    )
    return run("add", "source", str(doc), *args, "--root", str(registry))


def written(registry: Path) -> dict[str, object]:
    text = (registry / "sources" / "staff.md").read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---\n")[1])


def test_every_key_of_the_registrys_source_format_is_read_from_the_front_matter(
    registry: Path, tmp_path: Path
) -> None:
    """publisher and kind were not read: the import asked for --publisher, then dropped
    kind: report."""
    code, _out, err = imported(registry, tmp_path, FRONT)
    assert code == 0, err
    assert written(registry) == {
        "title": "Port staffing (fictional)",
        "publisher": "Harbour Bay Statistics Office (fictional)",
        "language": "en",
        "author": "Staffing desk",
        "published": "2025-05-01",
        "url": "https://stats.example/port-staff",
        "kind": "report",
        "cites": ["port-census"],
    }
    # the keys it cannot use are named, not dropped silently
    assert "note: front matter tags, layout not used" in err
    code, _out, err = run("verify", "--quiet", "--root", str(registry))
    assert code == 0, err


def test_the_command_line_wins_over_the_front_matter(registry: Path, tmp_path: Path) -> None:
    code, _out, err = imported(
        registry, tmp_path, FRONT, "--kind", "news", "--publisher", "Other office"
    )
    assert code == 0, err
    meta = written(registry)
    assert (meta["kind"], meta["publisher"]) == ("news", "Other office")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("kind: report", "kind: newz", "front matter kind: 'newz': use one of news, report"),
        (
            "published: 2025-05-01",
            "date: 14 March 2024",
            "front matter date: '14 March 2024' is not a date",
        ),
        (
            "publisher: Harbour Bay Statistics Office (fictional)",
            "publisher: [Harbour Bay, Statistics Office]",
            "front matter publisher: give some text",
        ),
        ("cites: [port-census]", "cites: [Port Census]", "front matter cites: 'Port Census'"),
    ],
)
def test_a_front_matter_value_is_checked_as_its_option_is(
    registry: Path, tmp_path: Path, old: str, new: str, message: str
) -> None:
    text = FRONT.replace(old, new, 1)
    assert text != FRONT
    code, _out, err = imported(registry, tmp_path, text)
    assert code == 2 and message in err, err
    assert "or give the option" in err and "(nothing was written)" in err
    assert not (registry / "sources" / "staff.md").exists()
    given = {"kind": ["--kind", "news"], "date": ["--published", "2024-03-14"]}
    if flag := given.get(new.split(":")[0]):  # the option given, the key is not read
        code, _out, err = imported(registry, tmp_path, text, *flag)
        assert code == 0, err


# A front matter YAML cannot read was taken for text, and imported into the source's text
# with no word (its keys unread, its --- lines in the source).
@pytest.mark.parametrize(
    ("old", "new", "where", "message"),
    [
        ('(fictional)"\npublisher', "(fictional)\npublisher", ":2:", "is not valid YAML"),
        ("publisher: Harbour", "publisher: [Harbour", ":3:", "is not valid YAML"),
        ("language: en", "language: en: x", ":4:", "is not valid YAML"),
        (FRONT.split("---\n")[1], "- a list\n- of items\n", ":2:", "is not a mapping of keys"),
    ],
)
def test_a_front_matter_yaml_cannot_read_is_an_error_at_its_line(
    registry: Path, tmp_path: Path, old: str, new: str, where: str, message: str
) -> None:
    text = FRONT.replace(old, new, 1)
    assert text != FRONT
    code, _out, err = imported(registry, tmp_path, text, "--publisher", "P", "--language", "en")
    assert code == 2, err
    assert f"staff.md{where} its front matter" in err and message in err, err
    assert "fix it" in err and "Traceback" not in err
    assert not (registry / "sources" / "staff.md").exists()
