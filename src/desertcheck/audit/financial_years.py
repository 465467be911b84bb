"""A financial or school year in a draft, read as the registry's authoring reads it.

"in the 2024-25 financial year", "FY2024/25", "financial year 2024 to 2025" name one UK
financial year, April to March (``2024-04/2025-03``), as ``add claim`` and ``scan --stubs``
read the same words (:data:`desertcheck.authoring.periods.FINANCIAL`). A bare "in 2024-25"
is a year and the next written as one span: both whole years, a financial year or a school
year; authoring takes it as both years and says it may be either. Read as "over 2024 and
2025" is (a period that starts in the first year and ends in the second), it agrees with
each. "2022-24" and "2024-2025" are left to :mod:`.periods`, which reads them as the years
from one to the other.

The patterns are tried before the English ones of :mod:`.periods`, so "in the 2024-25" is
not read again there as two whole years.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from desertcheck.authoring.periods import FINANCIAL, financial_years
from desertcheck.compiled import regex
from desertcheck.datehints import financial_year

_Days = tuple[date, date]

#: Words before the year that say how the figure relates to it: "in", "by", "since".
_PREP: Final = (
    r"(?:\b(?P<prep>(?i:in|during|for|over|throughout|across|by|as\s+of|as\s+at|until|since))"
    r"\s+)?(?:(?i:the)\s+)?"
)
_AS_OF: Final = frozenset({"by", "as of", "as at", "until"})


def _kind(m: re.Match[str]) -> str:
    prep = " ".join((m["prep"] or "in").lower().split())
    return "as-of" if prep in _AS_OF else "since" if prep == "since" else "in"


def _financial(kind: str, m: re.Match[str]) -> tuple[str, _Days, _Days] | None:
    """ "the 2024-25 financial year": April 2024 to March 2025."""
    first, second = financial_years(m)
    if financial_year(first, second) is None:  # not a year and the next
        return None
    days = (date(int(first), 4, 1), date(int(first) + 1, 3, 31))
    return (_kind(m), days, days)


def _pair(kind: str, m: re.Match[str]) -> tuple[str, _Days, _Days] | None:
    """ "in 2024-25": a period from within 2024 to within 2025."""
    first, second = m["p1"], m["p2"]
    if financial_year(first, second) is None:
        return None
    y = int(first)
    return ("between", (date(y, 1, 1), date(y, 12, 31)), (date(y + 1, 1, 1), date(y + 1, 12, 31)))


#: (kind, pattern, reader), tried before the English ones of :mod:`.periods`.
PATTERNS: Final = [
    ("in", regex(_PREP + "(?:" + FINANCIAL.pattern + ")"), _financial),
    (
        "between",
        regex(
            r"\b(?i:in|during|for|over|throughout|across)\s+(?:(?i:the)\s+)?"
            r"(?P<p1>(?:19|20)[0-9]{2})\s*[-–—/]\s*(?P<p2>[0-9]{2})(?![0-9%]|[.,][0-9])"
        ),
        _pair,
    ),
]
