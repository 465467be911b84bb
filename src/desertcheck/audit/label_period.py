"""A period in brackets in a table row's label: "| Convicted (2024) | 13,500 |", an
infobox's "| Deaths (to 2025) | … |": the period of the row's figures, before one the
table inherits from its caption or lead-in."""

from __future__ import annotations

from desertcheck.audit.period_cells import period_cell
from desertcheck.audit.periods import DraftPeriod
from desertcheck.compiled import regex

#: A bracketed aside in a label cell, and the cell it stands in (no "|" between)
_BRACKETED = regex(r"\(([^()|\n]{1,40})\)")


def label_period(blanked: str, row_start: int, figure_start: int) -> DraftPeriod | None:
    """The one period in brackets in the cells of a table row before its figure
    (``blanked[row_start:figure_start]``) that is a period and nothing else; None when
    there is none or more than one."""
    found = []
    for m in _BRACKETED.finditer(blanked, row_start, figure_start):
        read = period_cell(m.group(1))
        if read is not None:
            kind, a, b = read
            found.append(DraftPeriod(kind, a, b, m.group(1).strip(), m.start(1), m.end(1)))
    return found[0] if len(found) == 1 else None
