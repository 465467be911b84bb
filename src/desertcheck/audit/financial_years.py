"""A financial year in a draft, read as the registry's authoring reads it.

"in the 2024-25 financial year", "FY2024/25", "financial year 2024 to 2025" name one UK
financial year, April to March (``2024-04/2025-03``), as ``add claim`` and ``scan --stubs``
read the same words (:data:`desertcheck.authoring.periods.FINANCIAL`). A bare "in 2024-25"
is left to :mod:`.periods`, which reads it as authoring does, both whole years: a financial
or a school year within them agrees (it covers half of them).

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


#: (kind, pattern, reader), tried before the English ones of :mod:`.periods`.
PATTERNS: Final = [("in", regex(_PREP + "(?:" + FINANCIAL.pattern + ")"), _financial)]
