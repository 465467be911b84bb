""" "Ten years since 2023": a span of time that cannot have elapsed yet is no span.

"It has been three years since 2022" says how long ago something was, and is no statistic
(:mod:`desertcheck.audit.reading` drops spans of time). But a span from a year that would
end after this year cannot be time gone by: "Desertion: 10 years since 2023" and "15
years since 2025" are penalties in force since then, and are checked as figures.
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

from desertcheck.audit.relative import _MONTH_RE
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

#: The year a span's "since" names right after its unit: "years since 2023", "since
#: (9) December (9,) 2023", "since early 2023", "since 12/2023".
_SINCE_YEAR = regex(
    r"\A\s*years?\s+since\s+(?:the\s+(?:start|end)\s+of\s+|early\s+|late\s+|mid-?\s*)?"
    rf"(?:(?:\d{{1,2}}\s+)?{_MONTH_RE}\s+(?:\d{{1,2}},?\s+)?|\d{{1,2}}/)?"
    r"((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def not_elapsed(after: str, q: Quantity, today: datetime.date | None = None) -> bool:
    """Whether ``q`` (a number of years) and the words ``after`` it ("years since 2023") make
    a span that would end after next year, so cannot have elapsed."""
    m = _SINCE_YEAR.match(after)
    if m is None:
        return False
    return int(m[1]) + q.low > (today or datetime.date.today()).year + 1
