"""A period in a table row's label, in brackets or after a comma that ends the label:
"| Convicted (2024) | 13,500 |", an infobox's "| Deaths (to 2025) | … |", "| Disobedience
convictions, 2023 | 289 |": the period of the row's figures, before one the table
inherits from its header, caption or lead-in."""

from __future__ import annotations

from desertcheck.audit.period_cells import period_cell
from desertcheck.audit.periods import DraftPeriod
from desertcheck.compiled import regex

#: A bracketed aside in a label cell, or the words after a comma that end a label cell
#: ("Disobedience convictions, 2023 |"), with no "|" between
_BRACKETED = regex(r"\(([^()|\n]{1,40})\)|,[ \t]*([^,()|\n]{1,40}?)[ \t]*(?=\|)")


def label_period(blanked: str, row_start: int, figure_start: int) -> DraftPeriod | None:
    """The one period in the cells of a table row before its figure
    (``blanked[row_start:figure_start]``), in brackets or after a comma that ends its cell,
    that is a period and nothing else; None when there is none or more than one."""
    found = []
    for m in _BRACKETED.finditer(blanked, row_start, figure_start):
        group = 1 if m.group(1) is not None else 2
        read = period_cell(m.group(group))
        if read is not None:
            kind, a, b = read
            found.append(
                DraftPeriod(kind, a, b, m.group(group).strip(), m.start(group), m.end(group))
            )
    return found[0] if len(found) == 1 else None
