"""A table whose cells fold, in a pipe: the lines rich draws, without rich's rendering.

A table that shares the width between its columns (``ratios``, :func:`.terminal.table`)
or has cells of several lines is laid out by rich: the columns' widths
(``Table._calculate_column_widths``, rich's own) and each cell's lines (``Text.wrap``,
as rich's ``Text`` renders itself in a cell) come from rich; setting them side by side,
as the ``SIMPLE_HEAD`` box of :func:`.terminal.table` does, is writing lines. rich turns
every line of every cell into styled segments, pads and crops them and joins them again:
most of the time of a long report in a pipe, for text without colour. Anything else (a
title, a caption, lines between rows, a cell that is not text, a tab) is left to rich.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table


def folded_lines(tbl: Table, con: Console) -> list[str] | None:
    """The lines ``con`` (a console for a pipe) draws for ``tbl``, or None when they are
    not set here."""
    from rich import box

    if (
        tbl.box is not box.SIMPLE_HEAD
        or not tbl.show_header
        or not tbl.show_edge
        or tbl.show_footer
        or tbl.show_lines
        or tbl.leading
        or tbl.title is not None
        or tbl.caption is not None
        or tbl.width is not None
        or tbl.min_width is not None
        or tbl.padding != (0, 1, 0, 1)
        or tbl.collapse_padding
        or tbl.pad_edge is not True
        or any(row.end_section for row in tbl.rows)
        or any(c.vertical != "top" for c in tbl.columns)
        or not tbl.columns
        or con.is_terminal
    ):
        return None
    options = con.options
    widths = tbl._calculate_column_widths(
        con, options.update_width(options.max_width - tbl._extra_width)
    )
    cells: list[list[list[str]]] = []
    for col, width in zip(tbl.columns, widths, strict=True):
        column = []
        for k, value in enumerate([col.header, *col._cells]):
            lines = _cell_lines(value, col, width - 2, con)
            if lines is None or (k == 0 and len(lines) != 1):
                return None  # a header row is aligned at its bottom: left to rich
            column.append(lines)
        cells.append(column)
    return set_rows(cells, [w - 2 for w in widths])


def set_rows(
    cells: list[list[list[str]]],
    widths: list[int],
    measure: Callable[[str], int] | None = None,
) -> list[str]:
    """The lines of a ``SIMPLE_HEAD`` table in a pipe: ``cells[column][row]`` the lines of
    each cell, ``widths`` each column's width inside its padding. A row is as tall as its
    tallest cell; the header's cells stand at the bottom of their row, as rich sets them,
    the others at the top; a rule under the header, a blank line above and below.
    ``measure`` gives a line's width in cells (rich's ``cell_len`` unless given: ``len``
    for text of characters one cell wide)."""
    if measure is None:
        from rich.cells import cell_len

        measure = cell_len

    flat = _flat(widths) if measure is len else None  # a row of one-line cells: one format
    out = [""]  # the top border: spaces
    for i in range(len(cells[0])):
        row = [col[i] for col in cells]
        height = max(map(len, row))
        if height == 1 and flat is not None:
            out.append(flat(*[cell[0] for cell in row]).rstrip())
            if i == 0:
                out.append(_rule(widths))
            continue
        if i == 0:
            row = [[""] * (height - len(cell)) + cell for cell in row]
        for n in range(height):
            line = " ".join(
                " " + (part := cell[n] if n < len(cell) else "") + " " * (w - measure(part)) + " "
                for cell, w in zip(row, widths, strict=True)
            )
            out.append((" " + line).rstrip())
        if i == 0:
            out.append(_rule(widths))
    out.append("")  # the bottom border
    return out


def set_flat(rows: Sequence[Sequence[str]], widths: Sequence[int]) -> list[str]:
    """:func:`set_rows` for cells of one line each whose characters are one cell wide:
    ``rows[row][column]``, the header's first. A line a row, each cell padded to its
    column's width (a wider one, in a column that never folds, left as it is)."""
    line = _flat(widths)
    out = ["", line(*rows[0]).rstrip(), _rule(widths)]
    out += [line(*row).rstrip() for row in rows[1:]]
    out.append("")
    return out


def _flat(widths: Sequence[int]) -> Callable[..., str]:
    """A row of one-line cells of characters one cell wide, each padded to its column's
    width, as :func:`set_rows` sets it (before the spaces of its end are trimmed)."""
    return ("  " + "   ".join(f"{{:<{w}}}" for w in widths)).format


def _rule(widths: Sequence[int]) -> str:
    """The rule under a table's header."""
    return (" " + "─" * (sum(w + 2 for w in widths) + len(widths) - 1)).rstrip()


def _cell_lines(value: Any, col: Any, width: int, con: Console) -> list[str] | None:
    """A cell's lines as rich's ``Text`` renders itself in ``width`` columns of ``col``."""
    from rich.cells import cell_len
    from rich.text import Text

    if isinstance(value, str):
        value = Text(value)
    if not isinstance(value, Text) or "\t" in value.plain or width < 1:
        return None
    justify = value.justify or col.justify or "default"
    plain = value.plain
    if justify in ("default", "left") and "\n" not in plain:
        # one line that fits: rich breaks it nowhere and crops nothing; it pads it to the
        # width when justified left
        room = width - cell_len(plain)
        if room >= 0:
            return [plain + " " * room if justify == "left" else plain]
    no_wrap = value.no_wrap if value.no_wrap is not None else bool(col.no_wrap)
    lines = value.wrap(
        con,
        width,
        justify=justify,
        overflow=value.overflow or col.overflow or "fold",
        tab_size=8,
        no_wrap=no_wrap,
    )
    shown = [line.plain for line in lines]
    if any(cell_len(line) > width for line in shown):
        return None
    return shown
