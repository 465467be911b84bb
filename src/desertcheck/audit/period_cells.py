"""A table cell that is a period and nothing else: a "Period" column gives its row's period.

A spreadsheet writes months as ISO does: "2025-04" is April 2025, "2025-03 .. 2025-05" the
months from March to May 2025 (:func:`iso_months`). Two digits after a year that are no
greater than its own last two ("2025-04", "2019-12") can only be a month, since a span of
years does not run backwards; greater ones ("2024-25") are a span of years.
"""

from __future__ import annotations

import calendar
from datetime import date

from desertcheck.audit.periods import find_periods
from desertcheck.compiled import regex

#: Day numbers before a month ("24 Feb 2022"), and a note in brackets ("2021 (pre-war)"):
#: dropped from a table cell before it is read as a period.
_CELL_DAY = regex(r"\b\d{1,2}\s+(?=[^\W\d])")
_CELL_NOTE = regex(r"\([^()]*\)")
#: A month as ISO writes it, or a span of two: "2025-04", "2022-02 .. 2025-06".
_ISO_MONTHS = regex(
    r"\s*((?:19|20)\d\d)-(\d\d)(?:\s*(?:\.\.|[–—/]|-|to)\s*((?:19|20)\d\d)-(\d\d))?\s*"
)


def iso_months(cell: str) -> tuple[date, date] | None:
    """The days of a cell that is a month or a span of months as ISO writes them
    ("2025-04", "2025-03 .. 2025-05"); None for any other cell ("2024-25" is two years)."""
    m = _ISO_MONTHS.fullmatch(cell)
    if m is None:
        return None
    y1, m1 = int(m.group(1)), int(m.group(2))
    y2, m2 = (int(m.group(3)), int(m.group(4))) if m.group(3) else (y1, m1)
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12) or (m1 > y1 % 100 and not m.group(3)):
        return None
    first, last = date(y1, m1, 1), date(y2, m2, calendar.monthrange(y2, m2)[1])
    return (first, last) if first <= last else None


def period_cell(cell: str) -> tuple[str, tuple[date, date], tuple[date, date]] | None:
    """A table cell that is a period and nothing else, as (kind, first days, last days):
    "spring 2025", "April 2025", "2021 (pre-war)", "24 Feb 2022 to 22 Feb 2024" (a
    "Period" column gives its row's period); None for any other cell."""
    months = iso_months(cell)
    if months is not None:
        return "in", months, months
    text = " ".join(_CELL_DAY.sub("", _CELL_NOTE.sub(" ", cell)).split())
    if not text or not any(c.isdigit() for c in text):
        return None
    for lead in ("from ", "in "):
        found = find_periods(lead + text)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(lead) + len(text):
            return found[0].kind, found[0].a, found[0].b
    return None
