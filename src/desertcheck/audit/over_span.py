""" "Over five years" after a count and its verb: the span the count was made over ("nine
soldiers were convicted of disobeying orders over five years": during five years), not a
duration stated with a qualifier ("sentenced to over five years", "punishable by over five
years", "jailed for over five years" are)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

#: "over" with the span's unit after the figure, ending its clause
_SPAN_END = regex(r"\s*(?:years?|months?|weeks?|days?)\b\s*(?:[,.;:!?)—–\n]|\Z)", re.I)
#: the clause before it: a count (digits or a number word), then a verb in -ed or -en
#: ("convicted", "opened", "taken"), and "over" right after a word that is no preposition
_COUNTED = regex(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|hundreds?|thousands?|dozens?|millions?)\b)[^.;:!?\n]*?"
    r"\b[^\W\d_]+(?:ed|en)\b[^.;:!?\n]*?"
    r"(?<!\bby)(?<!\bto)(?<!\bfor)(?<!\bof)(?<!\bthan)(?<!\bwith)(?<!\bat)(?<!\bfrom)"
    r"\s+\Z",
    re.I,
)


def over_a_span(text: str, q: Quantity) -> bool:
    """Whether ``q`` ("over five", of years) is the span a count before it was made over."""
    if q.qualifier != "over" or not q.text.lower().startswith("over"):
        return False
    if not _SPAN_END.match(text, q.end):
        return False
    line = max(text.rfind("\n", 0, q.start), text.rfind(". ", 0, q.start)) + 1
    return _COUNTED.search(text, max(line, q.start - 200), q.start) is not None
