"""Text and tables for a pipe, without rich: the lines rich would write, for plain cells.

In a pipe a report has no colour, so a text is its characters and a table is its cells.
:class:`Line` and :class:`Grid` stand for rich's ``Text`` and for the table of
:func:`.terminal.table` where a reporter paints on a
:class:`~desertcheck.reporters.plain.PlainConsole`: importing rich's text and table (and
their styles, segments and colours) is a tenth of a cold ``verify`` of a small registry.
The console sets what it can here — text whose every character is one cell wide
(:func:`narrow`), wrapped as rich wraps it (:func:`divide_line`, :func:`collapse_widths`:
rich's own rules, written again for such text) — and hands anything else to rich
(:meth:`Line.rich`, :meth:`Grid.rich`), so the output is the same either way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.table import Table
    from rich.text import Text

#: Characters that every terminal (and rich) gives one cell: printable Latin, Greek and
#: Cyrillic, the common punctuation, box drawing and geometric shapes, and the reports'
#: marks. A text of other characters (wide, combining, invisible) is measured by rich.
RANGES = (
    (0x20, 0x7E),
    (0xA0, 0xAC),
    (0xAE, 0x2FF),
    (0x370, 0x482),
    (0x2010, 0x2027),
    (0x2030, 0x205E),
    (0x2500, 0x25FC),
)
MARKS = "✓⚠≈✗ℹ€₽"
_OTHER = re.compile(
    "[^" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in RANGES) + re.escape(MARKS) + "]"
)


def narrow(text: str) -> bool:
    """Whether each character of ``text`` is one cell wide (its length is its width)."""
    return _OTHER.search(text) is None


class Line:
    """A line of text, as much of rich's ``Text`` as the reporters use, without styles."""

    __slots__ = ("end", "plain")

    def __init__(self, text: str = "", style: object = None, end: str = "\n") -> None:
        self.plain = text
        self.end = end

    def append(self, text: str | Line | Text, style: object = None) -> Line:
        # a rich Text too: a line of text that is not all one-cell characters is wrapped by
        # rich (:meth:`rich`), and comes back as its Text
        self.plain += text if isinstance(text, str) else text.plain
        return self

    @classmethod
    def assemble(cls, *parts: str | Line | Text | tuple[str, object]) -> Line:
        line = cls()
        for part in parts:
            line.append(part[0] if isinstance(part, tuple) else part)
        return line

    def stylize(self, *args: object) -> None:
        """Styles are colours: none in a pipe."""

    def rich(self) -> Text:
        """The rich ``Text`` of the same characters (a pipe shows no style)."""
        from rich.text import Text

        return Text(self.plain, end=self.end)


class Grid:
    """The table of :func:`.terminal.table` (no ratios), its cells plain strings."""

    def __init__(self, title: str | None, header: Sequence[str], whole: Sequence[str]) -> None:
        from desertcheck.reporters.terminal import clean

        self.title = clean(title) if title else None
        self.header = list(header)
        self.whole = [name in whole for name in header]
        self.rows: list[list[str]] = []

    def add_row(self, *cells: str | Line) -> None:
        self.rows.append([c.plain if isinstance(c, Line) else c for c in cells])

    def rich(self) -> Table:
        from rich.text import Text

        from desertcheck.reporters.terminal import table

        whole = [name for name, w in zip(self.header, self.whole, strict=True) if w]
        tbl = table(self.title, self.header, whole=whole)
        for row in self.rows:
            tbl.add_row(*(Text(cell) for cell in row))
        return tbl

    def lines(self, width: int) -> list[str] | None:
        """The lines rich draws for this table in a pipe ``width`` columns wide, or None
        when a cell is not :func:`narrow` (or holds a tab or a line break)."""
        from desertcheck.reporters.folded import set_flat, set_rows

        columns = [[name, *(row[i] for row in self.rows)] for i, name in enumerate(self.header)]
        if not narrow("".join(["".join(col) for col in columns])):  # one scan of every cell
            return None
        longest = widths = [max(map(len, col)) for col in columns]
        inner = sum(w + 2 for w in widths) + len(widths) - 1
        if inner + 2 > width:
            available = width - 2 - (len(widths) - 1)
            if available < 3:
                return None
            natural = [min(w, available - 2) for w in widths]
            padded = collapse_widths(
                [w + 2 for w in natural], [not w for w in self.whole], available
            )
            if sum(padded) > available or min(padded) < 3:
                return None
            widths = [min(w, p - 2) for w, p in zip(natural, padded, strict=True)]
            inner = sum(w + 2 for w in widths) + len(widths) - 1
        lines: list[str] = []
        if self.title is not None:
            if not narrow(self.title) or len(self.title) > inner + 2:
                return None
            lines.append(self.title.rstrip())
        if all(whole or n <= w for n, w, whole in zip(longest, widths, self.whole, strict=True)):
            # no cell folds: a line a row
            return [*lines, *set_flat([self.header, *self.rows], widths)]
        lined = [
            [fold(cell, w) if not whole and len(cell) > w else [cell] for cell in col]
            for col, w, whole in zip(columns, widths, self.whole, strict=True)
        ]
        return [*lines, *set_rows(lined, widths, measure=len)]


def collapse_widths(widths: list[int], wrapable: list[bool], max_width: int) -> list[int]:
    """rich's ``Table._collapse_widths``: the widest foldable columns narrowed in turn
    until the widths fit ``max_width`` (or none can be narrowed further)."""
    total = sum(widths)
    excess = total - max_width
    if any(wrapable):
        while total and excess > 0:
            widest = max(w for w, wraps in zip(widths, wrapable, strict=True) if wraps)
            second = max(
                w if wraps and w != widest else 0 for w, wraps in zip(widths, wrapable, strict=True)
            )
            difference = widest - second
            ratios = [int(w == widest and wraps) for w, wraps in zip(widths, wrapable, strict=True)]
            if not any(ratios) or not difference:
                break
            widths = _ratio_reduce(excess, ratios, min(excess, difference), widths)
            total = sum(widths)
            excess = total - max_width
    return widths


def _ratio_reduce(total: int, ratios: list[int], most: int, values: list[int]) -> list[int]:
    """rich's ``ratio_reduce`` with one maximum for every slot."""
    ratios = [r if most else 0 for r in ratios]
    total_ratio = sum(ratios)
    if not total_ratio:
        return values[:]
    out = []
    for ratio, value in zip(ratios, values, strict=True):
        if ratio and total_ratio > 0:
            distributed = min(most, round(ratio * total / total_ratio))
            out.append(value - distributed)
            total -= distributed
            total_ratio -= ratio
        else:
            out.append(value)
    return out


_WORD = re.compile(r"\s*\S+\s*")


def divide_line(text: str, width: int) -> list[int]:
    """rich's ``divide_line`` with ``fold`` for :func:`narrow` text: where ``text`` breaks
    into lines of ``width`` cells (a word longer than a line is cut into lines)."""
    breaks: list[int] = []
    offset = 0
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group()
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:
            pieces = [word[i : i + width] for i in range(0, len(word), width)]
            for k, piece in enumerate(pieces):
                if start:
                    breaks.append(start)
                if k == len(pieces) - 1:
                    offset = len(piece)
                else:
                    start += len(piece)
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    return breaks


def fold(text: str, width: int) -> list[str]:
    """:func:`narrow` ``text`` in lines of ``width`` cells, as rich wraps a ``Text`` with
    ``overflow="fold"``, each line without the spaces of its end."""
    bounds = [0, *divide_line(text, width), len(text)]
    return [text[a:b][:width].rstrip() for a, b in pairwise(bounds)]


def kit(con: Any) -> tuple[Any, Any]:
    """(text, table) for painting on ``con``: :class:`Line` and :class:`Grid` on a
    :class:`~desertcheck.reporters.plain.PlainConsole`, rich's ``Text`` and
    :func:`.terminal.table` on a rich console."""
    from desertcheck.reporters.plain import PlainConsole

    if isinstance(con, PlainConsole):
        return Line, lambda title, header, whole=(): Grid(title, header, whole)
    from rich.text import Text

    from desertcheck.reporters.terminal import table

    return Text, table
