"""A fixed-width table's cell wrapped onto lines of its own, read as rows of the table.

A TV rundown or a printed schedule wraps its last column's text onto the lines under the
row, indented to where that column starts::

    SEG   SLUG              TIME   NOTES / READ ON AIR
    A5    DISTRICTS-OTS     00:40  Frontelligence via EUAA, to Dec 2024: 50,500 cases
                                   Of them, 7,780 in the Central district
    A6    CENTRAL-MD-VO     00:25  Ukraine intel: over 25,000 left Central district units

Read as they stand, the wrapped lines were no rows (a row has three cells or more), so
they cut the table in two, and the row after them began a table of its own, its first row
taken for the header: "A6"'s column was headed by the notes of "A5", and their period
dated it. A line that starts, after blanks alone, exactly where a cell of the row above
starts (or of the row above the wrapped lines before it), is that row's cell wrapped
(:func:`wrapped_lines`): a row of the table, and a sentence of its own, as each row is.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

#: Where a cell starts on a fixed-width row: after two blanks or a tab.
_CELL_START: Final = re.compile(r"(?:(?<=  )|(?<=\t))(?=\S)")
#: The least indentation of a wrapped cell: a sentence's own indentation is less.
_MIN_INDENT: Final = 8


def cell_starts(line: str) -> list[int]:
    """The offsets on ``line`` (a fixed-width row) where its cells start, but the first."""
    return [m.start() for m in _CELL_START.finditer(line.rstrip())]


def wrapped_lines(lines: list[str], rows: Collection[int]) -> frozenset[int]:
    """The numbers of the lines of ``lines`` that carry on a cell of the fixed-width row
    above them (``rows``: the numbers of the rows), each under a row or another such line,
    its text starting, after blanks alone, where one of that row's cells starts."""
    out: set[int] = set()
    row: int | None = None  # the row above, while every line since it is wrapped
    for n, line in enumerate(lines):
        if n in rows:
            row = n
            continue
        at = len(line) - len(line.lstrip(" "))
        if (
            row is not None
            and _MIN_INDENT <= at < len(line.rstrip())
            and at in cell_starts(lines[row])
        ):
            out.add(n)
            continue
        row = None
    return frozenset(out)


def table_runs(rows: Collection[int], wrapped: Collection[int]) -> frozenset[int]:
    """The lines of ``rows`` and ``wrapped`` that stand in a run of such lines holding two
    rows or more: a table (a lone row is a line of prose that has gaps)."""
    out: set[int] = set()
    run: list[int] = []
    for n in [*sorted({*rows, *wrapped}), -2]:
        if run and n != run[-1] + 1:
            if sum(1 for k in run if k in rows) >= 2:
                out.update(run)
            run = []
        run.append(n)
    return frozenset(out)
