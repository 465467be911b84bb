"""A count in brackets beside a share: "About half of the buses (96) were electric".

The quantity parser leaves out a number of one to three digits alone in brackets, a
footnote's or a list's marker ("(3)"). Said right after a share, in its clause, it is the
count the share is of, a statistic of its own (:func:`counts_beside_shares`). A bracket
with words in it is a reference, not a count ("(para. 91)", "(see 4.5)"), and a year
("(2023)") is no marker the parser leaves out.
"""

from __future__ import annotations

from typing import Final

from desertcheck.compiled import regex
from desertcheck.quantity import Quantity

#: From a share to the bracket after it: words only, in its clause ("of the buses ").
_TO_BRACKET: Final = regex(r"(?:\s+[^\W\d]+(?:['’-][^\W\d]+)*){0,6}\s*(?=\()")
#: The count alone in brackets.
_COUNT: Final = regex(r"\((\d{1,3})\)")
#: The units of a share.
_SHARES: Final = frozenset({"share", "percent"})


def counts_beside_shares(blanked: str, parsed: list[Quantity]) -> list[Quantity]:
    """The counts in brackets right after a share of ``parsed`` (figures of ``blanked``)
    that none of ``parsed`` holds, as figures of their own."""
    out: list[Quantity] = []
    for q in parsed:
        if q.unit not in _SHARES:
            continue
        gap = _TO_BRACKET.match(blanked, q.end)
        m = _COUNT.match(blanked, gap.end()) if gap else None
        if m is None or any(p.start < m.end() and m.start() < p.end for p in parsed):
            continue
        value = float(m.group(1))
        out.append(Quantity(value, value, "exactly", None, m.start(1), m.end(1), m.group(1)))
    return out
