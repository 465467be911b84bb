"""A CSV file imported by `add source` as the Markdown table it is (a user trial: it was
imported as plain text, and scan then found "0 figures" in a table of numbers)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desertcheck.authoring.csvtable import markdown_table
from desertcheck.authoring.extract import detect
from desertcheck.cli import app

from .conftest import cli_runner


@pytest.mark.parametrize(
    ("csv", "table"),
    [
        (
            "line,stops,daily_riders\n1,34,12000\n2,28,9500\n",
            "| line | stops | daily_riders |\n|---|---|---|\n"
            "| 1 | 34 | 12000 |\n| 2 | 28 | 9500 |\n",
        ),
        # a semicolon file (a spreadsheet in a decimal-comma locale) and its decimal commas
        (
            "Bezirk;Anteil\nNord;12,5\nSüd;7,25\n",
            "| Bezirk | Anteil |\n|---|---|\n| Nord | 12,5 |\n| Süd | 7,25 |\n",
        ),
        ("area\tcases\nNorth\t1,204\n", "| area | cases |\n|---|---|\n| North | 1,204 |\n"),
        # a quoted cell keeps its comma; a line break in one is a space; a | is escaped
        (
            'route,riders\n"Harbour, East",12000\n"Line\n2|3",9500\n',
            "| route | riders |\n|---|---|\n| Harbour, East | 12000 |\n| Line 2\\|3 | 9500 |\n",
        ),
        # a short row padded, a blank record left out
        (
            "a,b,c\n1,2\n\n,,\n4,5,6\n",
            "| a | b | c |\n|---|---|---|\n| 1 | 2 |  |\n| 4 | 5 | 6 |\n",
        ),
        ("just one column\n42\n", "| just one column |\n|---|\n| 42 |\n"),
        ("\n\n", ""),
    ],
)
def test_a_csv_is_its_markdown_table(csv: str, table: str) -> None:
    assert markdown_table(csv) == table


@pytest.mark.parametrize(
    ("name", "ctype", "kind"),
    [
        ("stops.csv", None, "csv"),
        ("STOPS.TSV", None, "csv"),
        ("https://data.example/export?id=3", "text/csv; charset=utf-8", "csv"),
        ("stops.txt", None, "text"),
        ("stops.csv.md", None, "markdown"),
    ],
)
def test_a_csv_is_known_by_its_name_or_content_type(
    name: str, ctype: str | None, kind: str
) -> None:
    assert detect(b"a,b\n1,2\n", name, ctype) == kind


def test_add_source_imports_a_csv_whose_cells_scan_reads(tmp_path: Path) -> None:
    runner = cli_runner()
    root = tmp_path / "reg"
    assert runner.invoke(app, ["init", str(root)]).exit_code == 0
    data = tmp_path / "stops.csv"
    data.write_text("line,stops,daily_riders\n1,34,12000\n2,28,9500\n", "utf-8")
    args = ["add", "source", str(data), "--root", str(root)]
    r = runner.invoke(app, [*args, "--title", "Stops", "--publisher", "HTA", "--language", "en"])
    assert r.exit_code == 0, r.stdout + r.stderr
    assert "(csv) as sources/stops.md" in r.stdout
    text = (root / "sources" / "stops.md").read_text("utf-8")
    assert text.endswith(
        "| line | stops | daily_riders |\n|---|---|---|\n| 1 | 34 | 12000 |\n| 2 | 28 | 9500 |\n"
    )
    r = runner.invoke(app, ["scan", "stops", "--root", str(root), "--format", "json"])
    figures = [f["text"] for f in json.loads(r.stdout)["figures"]]
    assert {"34", "12000", "28", "9500"} <= set(figures)
