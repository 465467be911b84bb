"""A span written as two bare month-years: "Feb 2022–Dec 2024", "Feb 2022 to Dec 2024",
"Feb. 2022-Dec. 2024", "February 2022 – December 2024", "Nov 2024 through Jul 2025".

A table's header, a chart's caption or a tight line of prose gives the period of its
figures so, with no "from" or "between" before it; the English period patterns
(:mod:`.periods`) read a span only after such a word ("from February 2022 to December
2024"), so the header said no period and its rows took the one of the paragraph before
(a ``period-drift`` of correct figures). Read as a ``between`` period from the first
month's first day to the last month's last day. A month and a year alone ("Dec 2024") is
left to the other patterns, as is a span of one year ("February–December 2024").
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from desertcheck.audit.period_match import month_end
from desertcheck.audit.relative import _MONTH_RE, _MONTHS
from desertcheck.compiled import regex

_Days = tuple[date, date]

_YEAR: Final = r"(?:19|20)[0-9]{2}(?![0-9])"
#: Two month-years joined by a dash or "to", "until", "through".
SPAN: Final = regex(
    rf"(?<![\w-])(?<!from\s)(?<!between\s)(?P<m1>{_MONTH_RE})\s+(?P<y1>{_YEAR})\s*(?:[–—-]|\s(?:to|until|through|till)\s)"
    rf"\s*(?P<m2>{_MONTH_RE})\s+(?P<y2>{_YEAR})",
    re.IGNORECASE,
)


def _month(name: str, year: str) -> _Days:
    y, n = int(year), _MONTHS[name.rstrip(".").casefold()]
    return date(y, n, 1), month_end(y, n)


def read(kind: str, m: re.Match[str]) -> tuple[str, _Days, _Days] | None:
    """The period :data:`SPAN` matched: its first month and its last, None when the last
    comes before the first."""
    first, last = _month(m["m1"], m["y1"]), _month(m["m2"], m["y2"])
    if last[0] < first[0]:
        return None
    return (kind, first, last)


#: (kind, pattern, reader), tried before the English ones, which read "through Dec 2024" of
#: "Feb 2022 through Dec 2024" as a total as of December; a span after "from" or "between"
#: is theirs.
PATTERNS: Final = [("between", SPAN, read)]
