"""Where a table's rows take their period from, when a row names none of its own.

In order: the header row, when it names one period and no other year ("| District |
Desertions to Dec. 2024 |": the column's cells count to then); a lead-in that introduces
the table (it ends with a colon, or is labelled "Table 2."); the caption, the paragraph
right after the table, unless it carries figures of its own — then it is prose that goes
on from the table ("Between November 2024 and July 2025, over 25,000 …"), whose period is
its own figures', not the rows'; then any other lead-in.
"""

from __future__ import annotations

import re

from desertcheck.audit.prose_tables import one_period
from desertcheck.audit.relative import _MONTH_RE
from desertcheck.audit.relative_months import dated_periods
from desertcheck.compiled import regex

_DIGIT = regex(r"\d")
#: A header's end point, as a column's name gives it: "Desertions to Dec. 2024", "Cases
#: (December 2024)": as of then.
_TO_POINT = regex(rf"\bto\s+(?=(?:{_MONTH_RE}\s+)?(?:19|20)\d\d\b)", re.IGNORECASE)
_POINT_IN_BRACKETS = regex(rf"\(\s*((?:{_MONTH_RE}\s+)?(?:19|20)\d\d)\s*\)", re.IGNORECASE)


def header_period(header: str) -> str:
    """A table's header with its end point said as the period words say one ("by Dec.
    2024")."""
    return _POINT_IN_BRACKETS.sub(r"as of \1", _TO_POINT.sub("by ", header))


def has_figures(text: str) -> bool:
    """Whether ``text`` holds a number besides its dates and periods."""
    kept, at = [], 0
    for p in dated_periods(text, 0):
        kept.append(text[at : p.start])
        at = max(at, p.end)
    kept.append(text[at:])
    return _DIGIT.search(" ".join(kept)) is not None


def table_periods(
    header: str, lead: str | None, caption: str | None, labelled_lead: bool
) -> list[tuple[str, str]]:
    """(text, where it was read) for each place the rows of a table may take their period
    from, the first to name one winning (see the module's docstring)."""
    header = header_period(header)
    out = [(header, "the table's header")] if one_period(header) else []
    introduces = lead is not None and (labelled_lead or lead.rstrip(" *_").endswith(":"))
    if lead is not None and introduces:
        out.append((lead, "the table's lead-in"))
    if caption is not None and not has_figures(caption):
        out.append((caption, "the table's caption"))
    if lead is not None and not introduces:
        out.append((lead, "the table's lead-in"))
    return out
