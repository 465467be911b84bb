"""Whether a period and a figure lie in two "that" clauses of one sentence.

A motion, a ruling or a report lists what it notes in clauses of their own: "notes that
289 were convicted of disobedience in 2023, and that 129 were tried for desertion and 31
for malingering", "that 258 cases of torture were documented in 2024 and 2025, that about
51 people were subjected to coercive psychiatry". Each "that" after a comma (or a
semicolon) opens a new statement with its own subject and verb: a period said in one is
not the period of a figure in another, however close, and the figure is read as undated
(its claim's own period stands) unless its own clause names one.

Not a "that" that restates or points back ("…, that is 38 a day", "…, that's a tenth",
"that year", "that figure"), nor a "that" with no comma before it ("the UN says that in
2024 …"), which is the sentence's own reported statement.
"""

from __future__ import annotations

import re
from typing import Final

from desertcheck.compiled import regex

__all__ = ["across_that_clause"]

#: A new "that" clause: ", that 51 people …", ", and that 129 …", "; that …".
_THAT_CLAUSE: Final = regex(
    r"[,;]\s*(?:and\s+|but\s+|while\s+)?that\s+(?!is\b|was\b|means\b|would\s+be\b|"
    r"year|month|week|day|period|time|figure|number|total|count|same\b|many\b|much\b)",
    re.IGNORECASE,
)


def across_that_clause(text: str, period: tuple[int, int], figure: tuple[int, int]) -> bool:
    """Whether a new "that" clause opens between the period words at ``period`` and the
    figure at ``figure`` (spans of ``text``), either way round."""
    if period[1] <= figure[0]:
        a, b = period[1], figure[0]
    elif figure[1] <= period[0]:
        a, b = figure[1], period[0]
    else:
        return False
    return _THAT_CLAUSE.search(text, a, b) is not None
