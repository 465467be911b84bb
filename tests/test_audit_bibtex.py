"""audit reads a BibTeX file as the prose of its entries: titles, notes, abstracts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desertcheck.audit.bibtex_drafts import is_bibtex, read_bibtex
from desertcheck.cli import app

from .conftest import PROJECT, cli_runner

BIB = """% superseded: over 40{,}000 deserters -- do not cite
@string{nge = "Novaya Gazeta Europe"}
@comment{an old count: 30{,}000}

@article{nge2025,
  author  = {{Novaya Gazeta Europe}},
  title   = {{UN} report finds that over 50{,}000 {Russian} soldiers have deserted},
  journal = nge,
  year    = {2025},
  volume  = 12,
  number  = "3",
  pages   = {112--118},
  doi     = {10.1234/nge.2025.5093},
  urldate = {2026-09-12},
  note    = {Some 16{,}000 prosecuted since 2022; nearly 10\\% of those deployed.},
}

@misc(euaa2025,
  title = "Over 13 500 convicted in {2024}",
  annote = {Between 700--800 convictions a month in spring 2025.}
)
"""


def _figures(text: str) -> list[str]:
    from desertcheck.quantity import parse_quantities

    plain = read_bibtex(text)
    assert plain is not None
    return [" ".join(q.text.split()) for q in parse_quantities(plain.text)]


def test_only_the_prose_fields_are_read() -> None:
    # no year, volume, issue, page range, DOI, date, comment, macro or @comment
    assert _figures(BIB) == ["over 50,000", "Some 16,000", "nearly 10%", "Over 13 500", "700–800"]


@pytest.mark.parametrize(
    ("figure", "written"),
    [("over 50,000", "over 50{,}000"), ("nearly 10%", "nearly 10\\%"), ("700–800", "700--800")],
)
def test_each_figure_maps_back_to_where_the_file_writes_it(figure: str, written: str) -> None:
    plain = read_bibtex(BIB)
    assert plain is not None
    at = plain.text.index(figure)
    assert BIB[plain.start(at) : plain.end(at + len(figure))] == written


def test_each_field_is_a_paragraph() -> None:
    plain = read_bibtex(BIB)
    assert plain is not None
    paragraphs = [" ".join(p.split()) for p in plain.text.split("\n\n") if p.strip()]
    assert paragraphs == [
        "UN report finds that over 50,000 Russian soldiers have deserted",
        "Some 16,000 prosecuted since 2022; nearly 10% of those deployed.",
        "Over 13 500 convicted in 2024",
        "Between 700–800 convictions a month in spring 2025.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "% only a comment\n",
        "@string{a = {50{,}000}}\n",
        "no entry here, 50,000\n",
    ],
)
def test_a_file_of_no_entry_is_read_as_it_stands(text: str) -> None:
    assert read_bibtex(text) is None


def test_unbalanced_and_deep_braces_end_the_reading() -> None:
    deep = "@misc{k, note = {" + "{" * 5000 + "50{,}000" + "}" * 10 + "\n"
    assert read_bibtex(deep) is not None  # bounded: no recursion, no error
    assert read_bibtex("@misc{k, note = {over 50{,}000 deserted\n") is not None


def test_escaped_characters_neither_open_nor_close_a_field() -> None:
    """An escaped brace (``\\}``) inside a field closed it there, and the rest of the note,
    its figure with it, went unread; ``\\\\`` (TeX's line break) before the closing brace
    and an escaped quote (``\\"o``) in a quoted field leave the field whole."""
    text = (
        "@misc{k,\n  note = {the set \\{a\\} of over 50{,}000 deserted\\\\},\n"
        '  year = {2025},\n  annote = "G\\"odel counts some 16{,}000"\n}\n'
    )
    plain = read_bibtex(text)
    assert plain is not None
    paragraphs = [" ".join(p.split()) for p in plain.text.split("\n\n") if p.strip()]
    assert "over 50,000 deserted" in paragraphs[0]
    assert "2025" not in plain.text
    assert paragraphs[-1].endswith("counts some 16,000")


def test_only_bib_files() -> None:
    assert is_bibtex("reading-list.bib") and is_bibtex("A.BIB")
    assert not is_bibtex("notes.tex") and not is_bibtex("bib.md")


def test_audit_of_a_bib_file(tmp_path: Path) -> None:
    draft = tmp_path / "reading-list.bib"
    draft.write_text(BIB, encoding="utf-8")
    args = ["audit", str(draft), "--root", str(PROJECT), "--format", "json", "--no-cache"]
    r = cli_runner().invoke(app, args)
    items = json.loads(r.stdout)["items"]
    got = [(i["line"], i["status"]) for i in items]
    assert [line for line, _ in got] == [7, 15, 15, 19, 20], got  # no year, page, DOI
    assert got[0] == (7, "supported") and got[-1] == (20, "supported")
