"""A share said as a count: "nearly 10,000 of the troops deployed have deserted" against
the claim that the deserters are nearly 10% of them.

A count left ``unsourced`` that is written as a part of a group ("N of the …", "of those
…", "of these …", "of them") and whose number is a percentage claim's own number times a
hundred, a thousand or ten thousand (10% read as 1,000, 10,000, 100,000) is that claim's
``mismatch`` when the claim scores at least ``min_score`` with no disagreeing period: the
mirror of :func:`desertcheck.audit.named_slip.percent_of_a_count` (a count said as a
share), at its ordinary bar. On the odd-numbered labelled sets any bar from 15 to 70 moves
the same figures, all planted errors; the even-numbered ones were held out
(docs/audit-rounds.md, the twenty-fifth round). A sentence that names no desertion may
still score the claim some 40 by a synonym ("sent" for "deployed"): the ordinary bar, not
a lower one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desertcheck.audit.named_slip import said_otherwise
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.index import ClaimIndex
    from desertcheck.audit.matcher import Figure
    from desertcheck.audit.verdicts import Verdict

#: A part of a group right after the figure (or its unit word): "of the troops", "of those
#: deployed", "of these", "of them".
_PART_OF = regex(r"\s*(?:[^\W\d_]+\s+)?of\s+(?:the|those|these|them)\b", re.IGNORECASE)
#: The scales a percentage's number is misread at: 10% as 1,000, 10,000 or 100,000.
_SCALES = (100.0, 1000.0, 10000.0)


def share_as_a_count(
    index: ClaimIndex, figure: Figure, min_score: float, text: str
) -> Verdict | None:
    """The ``mismatch`` of an unsourced count, of a part of a group (``text`` the draft),
    that writes a percentage claim's number at a scale of :data:`_SCALES`, the claim
    scoring at least ``min_score``; None if there is none."""
    q = figure.quantity
    if figure.kind != "count" or q.low != q.high or q.low < 100:
        return None
    if not _PART_OF.match(text, q.end):
        return None
    ids = [i for scale in _SCALES for i in index.by_value("percent", q.low / scale, q.low / scale)]
    what = "percentage as a number of people: a share said as a count"
    return said_otherwise(index, figure, ids, min_score, what)
