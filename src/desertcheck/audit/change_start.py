"""The figure a change starts from takes no period words that end its sentence.

"Library spending fell by half a million pounds, from £7.3m to £6.8m, in the 2024-25
financial year": the financial year is when spending reached £6.8m; £7.3m is the level
before it, of an earlier period the sentence does not name. The sentence-final period
words (:func:`.sentence.figure_period`) date the change's end, not its start; the start
keeps period words of its own ("from 5,593 in 2023 to 6,000 in 2024")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

#: "from" right before the figure (a currency sign is the figure's)
_FROM: Final = regex(r"\bfrom[ \t]+\Z", re.IGNORECASE)
#: only "to" between it and the next figure
_TO: Final = regex(r"[ \t]+to[ \t]+\Z", re.IGNORECASE)


def start_of_change(blanked: str, figures: list[Quantity], i: int) -> bool:
    """Whether ``figures[i]`` is the value a change starts from: "from £7.3m to £6.8m"."""
    if i + 1 >= len(figures):
        return False
    q, after = figures[i], figures[i + 1]
    if not _FROM.search(blanked, max(0, q.start - 12), q.start):
        return False
    return _TO.fullmatch(blanked, q.end, after.start) is not None
