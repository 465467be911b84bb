"""Where a table's rows take their period from, when a row names none of its own.

In order: the figure's column header, when it names one period and no other year ("|
District | Desertions to Dec. 2024 |": the column's cells count to then; not a
"Population (2021)" column beside it); a lead-in that introduces
the table (it ends with a colon, or is labelled "Table 2."); the caption, the paragraph
right after the table, unless it carries figures of its own — then it is prose that goes
on from the table ("Between November 2024 and July 2025, over 25,000 …"), whose period is
its own figures', not the rows'; then any other lead-in.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desertcheck.audit.prose_tables import one_period
from desertcheck.audit.relative import _MONTH_RE
from desertcheck.audit.relative_months import dated_periods
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.context import DraftContext
    from desertcheck.audit.periods import DraftPeriod

_DIGIT = regex(r"\d")
#: A header's end point, as a column's name gives it: "Desertions to Dec. 2024", "Cases
#: (December 2024)": as of then (not the end of a span: "Jan. to May 2025", "2022 to 2024").
_TO_POINT = regex(rf"(\S*)(\s+)to\s+(?=(?:{_MONTH_RE}\s+)?(?:19|20)\d\d\b)", re.IGNORECASE)
_SPAN_START = regex(rf"{_MONTH_RE}|.*\d", re.IGNORECASE)
_POINT_IN_BRACKETS = regex(rf"\(\s*((?:{_MONTH_RE}\s+)?(?:19|20)\d\d)\s*\)", re.IGNORECASE)


def header_period(header: str) -> str:
    """A table's header with its end point said as the period words say one ("by Dec.
    2024")."""

    def as_of(m: re.Match[str]) -> str:
        if _SPAN_START.fullmatch(m[1]):  # "Jan. to May 2025", "2022 to 2024": a span
            return m[0]
        return f"{m[1]}{m[2]}by "

    return _POINT_IN_BRACKETS.sub(r"as of \1", _TO_POINT.sub(as_of, header))


def has_figures(text: str) -> bool:
    """Whether ``text`` holds a number besides its dates and periods."""
    kept, at = [], 0
    for p in dated_periods(text, 0):
        kept.append(text[at : p.start])
        at = max(at, p.end)
    kept.append(text[at:])
    return _DIGIT.search(" ".join(kept)) is not None


def table_periods(
    lead: str | None, caption: str | None, labelled_lead: bool
) -> list[tuple[str, str]]:
    """(text, where it was read) for each place beyond its column's header the rows of a
    table may take their period from, the first to name one winning (see the module's
    docstring)."""
    out: list[tuple[str, str]] = []
    introduces = lead is not None and (labelled_lead or lead.rstrip(" *_").endswith(":"))
    if lead is not None and introduces:
        out.append((lead, "the table's lead-in"))
    if caption is not None and not has_figures(caption):
        out.append((caption, "the table's caption"))
    if lead is not None and not introduces:
        out.append((lead, "the table's lead-in"))
    return out


def column_period(context: DraftContext, offset: int) -> DraftPeriod | None:
    """The period the column header of the table cell at ``offset`` names, when it names
    one and no other year, or None."""
    header = header_period(context.column_header(offset))
    return dated_periods(header, 0)[0] if header and one_period(header) else None
