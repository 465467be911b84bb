"""Text and tables set in a pipe without rich (:mod:`.reporters.plaincells`): the lines rich
draws for the same cells."""

from __future__ import annotations

import random

import pytest
from rich.cells import cell_len
from rich.text import Text

from desertcheck.reporters.plain import PlainConsole
from desertcheck.reporters.plaincells import MARKS, RANGES, Grid, Line, fold, narrow
from desertcheck.reporters.terminal import console, table

WORDS = [
    *("a", "the", "figure", "4,373", "—", "supported", "«quoted»", "…", "✓", "⚠", "≈"),
    *("claim-id-with-many-parts-in-it", "Миграция", "x" * 70, "y" * 150, "2024–2025"),
]
WIDE = ["漢字テスト", "e\u0301", "\u200bzero", "a\tb"]


def _drawn_by_rich(tbl: object, con: object) -> str:
    with con.capture() as captured:  # type: ignore[attr-defined]
        con.print(tbl)  # type: ignore[attr-defined]
    return "".join(line.rstrip() + "\n" for line in captured.get().splitlines())


def test_every_narrow_character_is_one_cell_wide_for_rich() -> None:
    chars = [*(chr(c) for a, b in RANGES for c in range(a, b + 1)), *MARKS]
    assert all(narrow(c) and cell_len(c) == 1 for c in chars)
    assert not narrow("\x7f") and not narrow("\xad") and not narrow("\u0301")
    assert not any(narrow(w) for w in WIDE)
    assert narrow("plain ASCII, 1,234 — «Миграция» ✓") and not narrow("tab\there")


@pytest.mark.parametrize("seed", range(8))
def test_a_grid_is_set_as_rich_sets_the_same_table(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(seed)
    set_here = 0
    for _ in range(40):
        width = rng.choice([40, 60, 80, 120, 140, 200])
        monkeypatch.setenv("COLUMNS", str(width))
        n = rng.randint(1, 4)
        header = [rng.choice(["", "claim", "figure", "finding", "period"]) for _ in range(n)]
        whole = header[1:2] if rng.random() < 0.7 else []
        title = rng.choice([None, "claims/a.yaml", "claims/b.yaml", "x" * 250])
        grid = Grid(title, header, whole)
        words = WORDS + (WIDE if rng.random() < 0.1 else [])
        for _ in range(rng.randint(0, 8)):
            grid.add_row(*(" ".join(rng.choices(words, k=rng.randint(0, 25))) for _ in range(n)))
        expected = _drawn_by_rich(grid.rich(), console())
        lines = grid.lines(width)
        if lines is not None:
            set_here += 1
            assert "".join(line + "\n" for line in lines) == expected
        plain = PlainConsole(width, console)
        plain.print(grid)  # set here, or by rich: trimmed as a report is
        assert "".join(line.rstrip() + "\n" for line in plain.text().splitlines()) == expected
    assert set_here >= 10


def test_a_grid_is_the_table_of_the_terminal() -> None:
    grid = Grid("claims/a.yaml", ["", "claim", "finding"], ["claim"])
    grid.add_row(Line("✓"), "an-id", Line("a finding").append(", said"))
    tbl = table("claims/a.yaml", ["", "claim", "finding"], whole=["claim"])
    tbl.add_row(Text("✓"), Text("an-id"), Text("a finding, said"))
    con = console()
    assert _drawn_by_rich(grid.rich(), con) == _drawn_by_rich(tbl, con)


@pytest.mark.parametrize("seed", range(4))
def test_a_line_folds_as_rich_wraps_its_text(seed: int) -> None:
    rng = random.Random(seed)
    con = console()
    for _ in range(200):
        text = " ".join(rng.choices(WORDS, k=rng.randint(0, 30)))
        width = rng.randint(1, 90)
        wrapped = [line.plain.rstrip() for line in Text(text).wrap(con, width)]
        assert fold(text, width) == wrapped


def test_a_line_in_a_pipe_is_its_text() -> None:
    plain = PlainConsole(80, console)
    plain.print(Line.assemble(("✓", "green"), " ", Line("an-id")))
    plain.print(Line("a\tb"))
    plain.print(Line("end", end=""))
    assert plain.text() == "✓ an-id\na       b\nend"


# Found by the property test of any registry: a finding about no claim's row whose text is not
# all one-cell characters (a period written "҃", a combining mark) is wrapped by rich, and its
# lines came back as rich Text into a plain Line: TypeError, an internal error in a pipe.
@pytest.mark.parametrize("period", ["\u0483", "e\u0301", "漢字"])
def test_a_finding_of_wide_or_combining_text_is_written_in_a_pipe(tmp_path, period) -> None:  # type: ignore[no-untyped-def]
    from desertcheck.cli import app

    from .conftest import cli_runner

    (tmp_path / "claims").mkdir()
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "s.md").write_text(
        "---\ntitle: T\npublisher: P\nlanguage: en\n---\nSome 5 cases.\n", encoding="utf-8"
    )
    (tmp_path / "claims" / "c.yaml").write_text(
        "claims:\n  - id: c\n    statement: Some 5 cases.\n    value: 5\n    unit: cases\n"
        f'    measure: cases\n    scope: here\n    period: "{period}"\n    source: s\n'
        '    quote: "Some 5 cases"\n',
        encoding="utf-8",
    )
    r = cli_runner().invoke(app, ["verify", "--root", str(tmp_path), "--no-cache"])
    assert r.exit_code == 1, r.stdout + r.stderr
    assert "invalid-period" in r.stdout and "internal error" not in r.stderr
