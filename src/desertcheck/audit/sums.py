"""A figure the draft says its own figures add up to is the writer's arithmetic.

"The five districts add up to 50,590", "the rows sum to 1,200", "sum of bars is 50590",
"sum of districts: 50680": the writer has added the
draft's numbers, and says so. The sum is no one's claim, so a claim of the measure the
sentence names with another value ("50,500 desertion cases") is not misstated by it: the
figure stays ``unsourced``, its message saying it is the draft's own sum. (Whether the
figures it adds are right is each figure's own verdict; a sum that happens to be a claim's
own number is still that claim's.) The named slip's rule leaves such sentences alone for
the same reason (:mod:`.named_slip`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from desertcheck.audit.verdicts import MISMATCH, UNSOURCED
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.verdicts import Verdict
    from desertcheck.quantity import Quantity

#: Right before the figure: "add up to", "adds up to", "sum to", "summed to".
_SUM_TO: Final = regex(
    r"\b(?:(?:add(?:s|ed|ing)?\s+up|sums?|summed|summing)\s+to"
    # "sum of bars is 50590", "sum of districts: 50680": the sum of the draft's rows
    r"|sum\s+of\s+(?:the\s+)?[^\W\d_][^\W\d_ ]*+(?:\s+[^\W\d_]++){0,2}?(?:\s+(?:is|was)|\s*[:=]))"
    r"\s+\Z",
    re.IGNORECASE,
)


def writers_sum(q: Quantity, verdict: Verdict, blanked: str) -> Verdict:
    """``verdict``, or ``unsourced`` for a ``mismatch`` of a figure said as the draft's own
    sum (see the module's docstring)."""
    status, listed, _ = verdict
    if status != MISMATCH or not _SUM_TO.search(blanked, max(0, q.start - 24), q.start):
        return verdict
    return (
        UNSOURCED,
        listed,
        f"“{q.text}” is the draft's own sum: no claim in the registry states it",
    )
