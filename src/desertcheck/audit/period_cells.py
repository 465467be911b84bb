"""A table cell that is a period and nothing else: a "Period" column gives its row's period."""

from __future__ import annotations

from datetime import date

from desertcheck.audit.periods import find_periods
from desertcheck.compiled import regex

#: Day numbers before a month ("24 Feb 2022"), and a note in brackets ("2021 (pre-war)"):
#: dropped from a table cell before it is read as a period.
_CELL_DAY = regex(r"\b\d{1,2}\s+(?=[^\W\d])")
_CELL_NOTE = regex(r"\([^()]*\)")


def period_cell(cell: str) -> tuple[str, tuple[date, date], tuple[date, date]] | None:
    """A table cell that is a period and nothing else, as (kind, first days, last days):
    "spring 2025", "April 2025", "2021 (pre-war)", "24 Feb 2022 to 22 Feb 2024" (a
    "Period" column gives its row's period); None for any other cell."""
    text = " ".join(_CELL_DAY.sub("", _CELL_NOTE.sub(" ", cell)).split())
    if not text or not any(c.isdigit() for c in text):
        return None
    for lead in ("from ", "in "):
        found = find_periods(lead + text)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(lead) + len(text):
            return found[0].kind, found[0].a, found[0].b
    return None
