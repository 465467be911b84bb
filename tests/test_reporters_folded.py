"""A table whose cells fold, set in a pipe as rich draws it (:mod:`.reporters.folded`)."""

from __future__ import annotations

import random

import pytest
from rich.text import Text

from desertcheck.reporters.folded import folded_lines
from desertcheck.reporters.terminal import console, table

WORDS = [
    *("a", "the", "figure", "4,373", "—", "supported", "«quoted»", "…", "e\u0301"),
    *("claim-id-with-many-parts-in-it", "Миграция", "漢字テスト", "x" * 70),
]


def _drawn_by_rich(tbl: object, con: object) -> str:
    with con.capture() as captured:  # type: ignore[attr-defined]
        con.print(tbl)  # type: ignore[attr-defined]
    return "".join(line.rstrip() + "\n" for line in captured.get().splitlines())


def _set_as_rich_sets_it(tbl: object, con: object) -> bool:
    """Whether the table is set here (then as rich draws it: asserted)."""
    lines = folded_lines(tbl, con)  # type: ignore[arg-type]
    if lines is not None:
        assert "".join(line + "\n" for line in lines) == _drawn_by_rich(tbl, con)
    return lines is not None


@pytest.mark.parametrize("seed", range(6))
def test_a_folded_table_is_set_as_rich_sets_it(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    compared = 0
    for _ in range(40):
        monkeypatch.setenv("COLUMNS", str(rng.choice([60, 80, 120, 140, 200])))
        con = console()
        n = rng.randint(1, 4)
        names = [rng.choice(["where", "draft", "verdict", "claim"]) for _ in range(n)]
        ratios = [rng.choice([None, 1, 2]) for _ in range(n)] if rng.random() < 0.8 else []
        tbl = table(None, names, ratios=ratios, whole=names[:1] if rng.random() < 0.3 else [])
        for _ in range(rng.randint(0, 8)):
            row: list[Text | str] = []
            for _ in range(n):
                cell = Text(" ".join(rng.choices(WORDS, k=rng.randint(0, 30))))
                if rng.random() < 0.3:  # a verdict and its message below it
                    cell.append("\n" + " ".join(rng.choices(WORDS, k=rng.randint(0, 9))), "dim")
                row.append(cell if rng.random() < 0.9 else " ".join(rng.choices(WORDS, k=3)))
            tbl.add_row(*row)
        compared += _set_as_rich_sets_it(tbl, con)
    assert compared >= 10


def test_what_is_not_set_here_is_left_to_rich() -> None:
    con = console()
    titled = table("A title", ["where", "draft"], ratios=[None, 1])
    titled.add_row("a", "b")
    assert folded_lines(titled, con) is None
    tabbed = table(None, ["where", "draft"], ratios=[None, 1])
    tabbed.add_row("a", Text("b\tc"))
    assert folded_lines(tabbed, con) is None


def test_in_a_pipe_such_a_table_is_not_drawn_by_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.console import Console

    from desertcheck.reporters.plain import PlainConsole

    tbl = table(None, ["where", "draft", "verdict"], ratios=[None, 1, 1])
    tbl.add_row("a.md:1:1", Text("More than 60,000 soldiers " * 12), Text("mismatch\nover 50,000"))
    con = console()
    expected = _drawn_by_rich(tbl, con)

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("drawn by rich")

    monkeypatch.setattr(Console, "print", refused)
    plain = PlainConsole(con.width, console)
    plain.print(tbl)
    assert plain.text() == expected


@pytest.mark.parametrize("seed", range(4))
def test_a_cell_of_one_line_that_fits_is_set_as_rich_sets_it(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cells of one line that fit their column (kept as they are, without rich's wrap),
    with blanks before and after and of every width up to the column's, beside cells that
    fold."""
    rng = random.Random(seed)
    compared = 0
    for _ in range(40):
        monkeypatch.setenv("COLUMNS", str(rng.choice([40, 60, 80, 120])))
        con = console()
        tbl = table(None, ["where", "draft", "verdict"], ratios=[None, 1, 1])
        for _ in range(rng.randint(1, 8)):
            short = "".join(rng.choices(["a", " ", "é", "漢", "-", "4,373"], k=rng.randint(0, 24)))
            long_ = " ".join(rng.choices(WORDS, k=rng.randint(0, 20)))
            tbl.add_row(Text(short), short, Text(long_) if rng.random() < 0.5 else Text(short))
        compared += _set_as_rich_sets_it(tbl, con)
    assert compared >= 10


def test_a_cells_lines_are_richs_lines() -> None:
    from desertcheck.reporters.folded import _cell_lines

    con = console()
    tbl = table(None, ["where"])
    col = tbl.columns[0]
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(
            rng.choices(["a", " ", "é", "漢", "-", "4,373", "\u00a0"], k=rng.randint(0, 14))
        )
        width = rng.randint(1, 16)
        for justify in (None, "default", "left", "right"):
            cell = Text(text, justify=justify)  # type: ignore[arg-type]
            expected = [
                line.plain
                for line in cell.wrap(
                    con, width, justify=justify or col.justify, overflow="fold", tab_size=8
                )
            ]
            got = _cell_lines(cell, col, width, con)
            assert got is None or got == expected, (text, width, justify)
