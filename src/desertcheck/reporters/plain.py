"""Reports in a pipe, written as plain lines rather than laid out by rich.

In a pipe a report has no colour and its lines are never broken, so laying it out is
writing lines: :class:`PlainConsole` takes what the reporters print — ``Text``, strings and
tables — and appends their plain text. A table whose columns all fit the width is set
here, exactly as rich sets it (the ``SIMPLE_HEAD`` box of :func:`.terminal.table`: a title,
a blank top border, the header, a rule, the rows, a blank bottom border). Anything else —
a table too wide for the width (rich folds its cells), a renderable of another kind — is
drawn by a rich console of the same settings, so the output is the same either way; only
the time differs (rich measures every cell of every table: most of a large report's time).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

from desertcheck.reporters.folded import folded_lines, set_rows
from desertcheck.reporters.plaincells import Grid, Line


class PlainConsole:
    """The part of rich's ``Console`` that the reporters use, for a pipe."""

    is_terminal = False

    def __init__(self, width: int, fallback: Callable[[], Console]) -> None:
        self.width = width
        self._fallback = fallback
        self._rich: Console | None = None
        self.parts: list[str] = []

    def print(self, *objects: Any, **options: Any) -> None:
        if not objects and not options:
            self.parts.append("\n")
            return
        if len(objects) == 1 and not options:
            (obj,) = objects
            if isinstance(obj, Line):  # rich's Text, without rich
                if "\t" not in obj.plain:
                    self.parts.append(obj.plain + obj.end)
                    return
                obj = obj.rich()
            elif isinstance(obj, Grid):
                grid_lines = obj.lines(self.width)
                if grid_lines is not None:
                    self.parts.extend(line + "\n" for line in grid_lines)
                    return
                obj = obj.rich()
            objects = (obj,)
            from rich.table import Table
            from rich.text import Text

            if isinstance(obj, Text) and "\t" not in obj.plain:
                self.parts.append(obj.plain + obj.end)
                return
            if isinstance(obj, Table):
                lines = _table_lines(obj, self.width)
                if lines is None and self._rich_console().width == self.width:
                    lines = folded_lines(obj, self._rich_console())
                if lines is not None:
                    self.parts.extend(line + "\n" for line in lines)
                    return
        self._draw(*objects, **options)

    def _rich_console(self) -> Console:
        if self._rich is None:
            self._rich = self._fallback()
        return self._rich

    def _draw(self, *objects: Any, **options: Any) -> None:
        objects = tuple(o.rich() if isinstance(o, Line | Grid) else o for o in objects)
        con = self._rich_console()
        with con.capture() as captured:
            con.print(*objects, **options)
        self.parts.append(captured.get())

    def text(self) -> str:
        return "".join(self.parts)


def _cell(value: Any) -> str | None:
    from rich.text import Text

    if isinstance(value, Text):
        value = value.plain
    if not isinstance(value, str) or "\n" in value or "\t" in value:
        return None
    return value


def _table_lines(tbl: Table, width: int) -> list[str] | None:
    """The lines rich draws for ``tbl`` in a pipe, or None when it cannot be said here."""
    from rich import box
    from rich.cells import cell_len

    if (
        tbl.box is not box.SIMPLE_HEAD
        or tbl.expand
        or not tbl.show_header
        or not tbl.show_edge
        or tbl.show_footer
        or tbl.show_lines
        or tbl.caption
        or tbl.padding != (0, 1, 0, 1)
        or tbl.collapse_padding
        or tbl.pad_edge is not True
        or tbl.width is not None
        or tbl.min_width is not None
        or not tbl.columns
        or any(c.ratio or c.width or c.min_width or c.max_width for c in tbl.columns)
        or any(c.justify != "left" or c.vertical != "top" for c in tbl.columns)
    ):
        return None
    columns: list[list[str]] = []
    for col in tbl.columns:
        cells = [_cell(col.header), *(_cell(v) for v in col._cells)]
        if any(c is None for c in cells):
            return None
        columns.append([c for c in cells if c is not None])
    widths = [max(cell_len(c) for c in col) for col in columns]
    inner = sum(w + 2 for w in widths) + len(widths) - 1
    if inner + 2 > width:
        folded = _folded_widths(tbl, columns, widths, width - 2 - (len(widths) - 1))
        if folded is None:
            return None
        widths = folded
        inner = sum(w + 2 for w in widths) + len(widths) - 1
    lined = [
        [_fold(cell, w) if not c.no_wrap and cell_len(cell) > w else [cell] for cell in col]
        for col, w, c in zip(columns, widths, tbl.columns, strict=True)
    ]
    lines: list[str] = []
    if tbl.title is not None:
        title = _cell(tbl.title)
        if title is None or cell_len(title) > inner + 2 or tbl.title_justify != "left":
            return None
        lines.append(title.rstrip())
    return [*lines, *set_rows(lined, widths)]


def _folded_widths(
    tbl: Table, columns: list[list[str]], widths: list[int], available: int
) -> list[int] | None:
    """The widths rich gives the columns of a table too wide for ``available`` cells (their
    padding and borders aside): each as wide as its widest cell, up to the table's width;
    then the widest foldable columns narrowed in turn, as ``Table._collapse_widths`` does.
    None when rich would go further (narrow every column evenly, when one that may not fold
    is too wide), when a column is left no room, or when a cell's characters are not each
    one cell wide."""
    from rich.cells import cell_len
    from rich.table import Table

    if available < 3 or any(cell_len(c) != len(c) for col in columns for c in col):
        return None
    natural = [min(w, available - 2) for w in widths]
    padded = Table._collapse_widths(
        [w + 2 for w in natural],
        [not c.no_wrap and c.width is None for c in tbl.columns],
        available,
    )
    if sum(padded) > available or min(padded) < 3:  # a column left no room: rich's own way
        return None
    return [min(w, p - 2) for w, p in zip(natural, padded, strict=True)]


def _fold(cell: str, width: int) -> list[str]:
    """``cell`` in lines of ``width`` cells, as rich wraps a ``Text`` with ``overflow="fold"``:
    broken before the words that :func:`rich._wrap.divide_line` moves on, a longer word cut."""
    from rich._wrap import divide_line

    bounds = [0, *divide_line(cell, width, fold=True), len(cell)]
    return [cell[a:b][:width].rstrip() for a, b in pairwise(bounds)]
