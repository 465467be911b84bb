"""Where a table's rows take their period from, when a row names none of its own.

In order: the figure's column header, when it names one period and no other year ("|
District | Desertions to Dec. 2024 |": the column's cells count to then; not a
"Population (2021)" column beside it); a lead-in that introduces
the table (it ends with a colon, or is labelled "Table 2."); the caption, the paragraph
right after the table, unless it carries figures of its own — then it is prose that goes
on from the table ("Between November 2024 and July 2025, over 25,000 …"), whose period is
its own figures', not the rows'; then any other lead-in. Of a lead-in, only the sentence
right before the table introduces it: a period in the paragraph's earlier sentences is
theirs ("Courts were busy in 2023. The districts' counts:" gives the rows no period).
The explanation names the line the period was read on (:func:`read_on`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desertcheck.audit.prose_tables import one_period
from desertcheck.audit.relative import _MONTH_RE
from desertcheck.audit.relative_months import dated_periods
from desertcheck.compiled import regex
from desertcheck.draft import sentences

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
    lead: tuple[str, int] | None, caption: tuple[str, int] | None, labelled_lead: bool
) -> list[tuple[str, str, int]]:
    """(text, where it was read, its first line) for each place beyond its column's header
    the rows of a table may take their period from, the first to name one winning (see the
    module's docstring); ``lead`` and ``caption``: a paragraph's text and first line."""
    out: list[tuple[str, str, int]] = []
    intro = None
    if lead is not None:  # of the sentence that introduces the table, not those before
        text, first = lead
        spans = sentences(text)
        if spans and not labelled_lead:
            text, first = text[spans[-1][0] :], first + text.count("\n", 0, spans[-1][0])
        intro = (text, "the table's lead-in", first)
    introduces = lead is not None and (labelled_lead or lead[0].rstrip(" *_").endswith(":"))
    if intro is not None and introduces:
        out.append(intro)
    note = None if caption is None else first_sentence(caption[0])  # the caption's note
    if note is not None and caption is not None and not has_figures(note):
        out.append((note, "the table's caption", caption[1]))
    if intro is not None and not introduces:
        out.append(intro)
    return out


def first_sentence(text: str) -> str:
    """A paragraph's first sentence: after a table, its note on the table; the rest of the
    paragraph goes on to other things ("An earlier draft gave it as over 25,000 for 2024")."""
    spans = sentences(text)
    return text[: spans[0][1]] if spans else text


def read_on(where: str, text: str, first: int, period: DraftPeriod) -> str:
    """``where`` a period was read, with its line (1-based) in the draft: ``text`` starts
    on line ``first`` (0-based) and says ``period``."""
    return f"{where}, line {first + text.count(chr(10), 0, period.start) + 1}"


def column_period(context: DraftContext, offset: int) -> DraftPeriod | None:
    """The period the column header of the table cell at ``offset`` names, when it names
    one and no other year, or None."""
    header = header_period(context.column_header(offset))
    return dated_periods(header, 0)[0] if header and one_period(header) else None
