"""An HTML page's title loses a trailing "| Site name" only when that is the site's name
(og:site_name, or the publisher given); anything else after a separator stays ("| Water
Company (fictional)"), and `add source` says which title it chose."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from desertcheck.authoring.extract import page_title
from desertcheck.cli import app

from .conftest import cli_runner

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{title}</title>
<meta property="og:site_name" content="Riverbend Valley Water Company">
</head><body><article>
<h1>Leakage falls for a third year</h1>
<p>The company lost an average of 61.4 million litres a day to leaks in 2025, down from
68.9 million litres a day in 2024, after it repaired 7,322 leaks across its network.</p>
<p>Over 22,000 customers now have a smart meter, more than double the number in 2023.</p>
</article></body></html>
"""


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Leakage falls | Riverbend Water", "Leakage falls"),
        ("Leakage falls – riverbend  water", "Leakage falls"),  # case and spaces aside
        (
            "Leakage falls | Riverbend Water (fictional)",
            "Leakage falls | Riverbend Water (fictional)",
        ),
        ("Leakage falls - a third year", "Leakage falls - a third year"),  # a subtitle
        ("Leakage - falls | Riverbend Water", "Leakage - falls"),
    ],
)
def test_only_the_sites_name_is_dropped(title: str, kept: str) -> None:
    assert page_title(title, ["Riverbend Water", None]) == kept


def add(tmp_path: Path, title: str, *more: str) -> tuple[str, str]:
    root = tmp_path / "reg"
    assert cli_runner().invoke(app, ["init", str(root)]).exit_code == 0
    page = tmp_path / "leakage.html"
    page.write_text(PAGE.format(title=title), encoding="utf-8")
    r = cli_runner().invoke(app, ["add", "source", str(page), "--root", str(root), *more])
    assert r.exit_code == 0, r.stdout + r.stderr
    text = (root / "sources" / "leakage.md").read_text("utf-8")
    meta = yaml.safe_load(text.split("---\n")[1])
    assert f"  title: {meta['title']}\n" in r.stdout  # the title chosen, shown
    return meta["title"], r.stderr


def test_a_parenthesis_after_the_sites_name_keeps_the_whole_title(tmp_path: Path) -> None:
    whole = "Leakage falls for a third year | Riverbend Valley Water Company (fictional)"
    title, err = add(tmp_path, whole)
    assert title == whole and "title:" not in err


def test_the_sites_name_is_dropped_and_said(tmp_path: Path) -> None:
    title, err = add(tmp_path, "Leakage falls for a third year | Riverbend Valley Water Company")
    assert title == "Leakage falls for a third year"
    assert "the page's title “Leakage falls for a third year | Riverbend" in " ".join(err.split())


def test_the_publisher_given_is_a_sites_name_too(tmp_path: Path) -> None:
    whole = "Leakage falls for a third year | Riverbend (fictional)"
    title, _ = add(tmp_path, whole, "--publisher", "Riverbend (fictional)")
    assert title == "Leakage falls for a third year"


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        ("Chief Dana Whitlock (invented)", "Chief Dana Whitlock (invented)"),
        ("  Dana   Whitlock ", "Dana Whitlock"),  # whitespace folded, nothing else
    ],
)
def test_the_pages_author_line_is_kept_as_written(tmp_path: Path, meta: str, author: str) -> None:
    root = tmp_path / "reg"
    assert cli_runner().invoke(app, ["init", str(root)]).exit_code == 0
    page = tmp_path / "leakage.html"
    head = f'<meta name="author" content="{meta}">\n</head>'
    page.write_text(PAGE.format(title="Leakage").replace("</head>", head), encoding="utf-8")
    r = cli_runner().invoke(app, ["add", "source", str(page), "--root", str(root)])
    assert r.exit_code == 0, r.stdout + r.stderr
    text = (root / "sources" / "leakage.md").read_text("utf-8")
    assert yaml.safe_load(text.split("---\n")[1])["author"] == author
