"""A table typed in fixed width, read as a Markdown table is.

A spreadsheet pasted as text lays its table out in columns of spaces::

    TABLE C. Proekt, via The Moscow Times (Feb 2024)

    item                    period        value
    ----------------------  ------------  -------
    AWOL convictions        2021              527
    desertion cases opened  2022-2023         501

Each row is a sentence of its own (:func:`desertcheck.draft.fixed_width_rows`), and the
rows are a table (:func:`as_table`): the first row is its header, the paragraph before it
its lead-in, a cell that is a period dates its row, and a column's header says what its
cells count, as for a table written with pipes. The gap before each cell is marked with a
pipe in the draft's blanked text that the context reads (one character for one, so every
offset stays the draft's). A cell wrapped onto the lines under its row, as a rundown's
notes are (:mod:`desertcheck.wrapped_cells`), is a row whose other cells are blank: the
gaps of its row are marked on it too, so that it stands in its cell's column.
"""

from __future__ import annotations

from typing import Final

from desertcheck.audit.delimited import rows_in
from desertcheck.compiled import regex
from desertcheck.draft import fixed_width_rows

#: The first character of a gap between two cells: two spaces or more, or a tab.
_GAP: Final = regex(r"(?<=\S)(?: (?= +\S)|\t(?=[ \t]*\S))")
#: A Markdown table's row: it is read as one already.
_PIPED: Final = regex(r"[ \t]*\|")


def as_table(lines: list[str], blanked: list[str], text: str) -> frozenset[int]:
    """The lines of ``lines`` (``text``'s) that are rows of a table typed in fixed width
    or of delimited values in a fence (:mod:`.delimited`), the fixed width's
    their gaps marked with a pipe in ``blanked`` (changed in place)."""
    delimited = frozenset(rows_in(text))
    if "  " not in text and "\t" not in text:
        return delimited
    rows = frozenset(n for n in fixed_width_rows(lines) if not _PIPED.match(lines[n]))
    row = ""  # the row above, its gaps marked
    for n in sorted(rows):
        blanked[n] = _GAP.sub("|", blanked[n])
        at = len(lines[n]) - len(lines[n].lstrip(" "))
        if at and row:  # a cell wrapped under its row: its blank cells marked as the row's
            gaps = "".join("|" if c == "|" else " " for c in row[:at])
            blanked[n] = gaps + blanked[n][len(gaps) :]
        else:
            row = blanked[n]
    return rows | delimited
