"""A DokuWiki table's header rows read as a table's rows (called by
:func:`desertcheck.draft.blank`).

DokuWiki writes a table's header cells between carets, its other cells between pipes::

    ^ Figure  ^ Measure          ^ Period               ^
    | 4,373   | AWOL convictions | invasion to Feb 2024 |

Read as it stands, the caret row was a paragraph of its own and the table began at its
first row of figures, so that row was taken for the table's header: its "over 4,600"
qualified every cell of the column below it, and its cells named the columns. A line that
opens with a caret (after any indentation) and ends with a caret or a pipe is a header row
(a row may open with a caret that heads it, "^ Southern | 22,580 |", too): its carets read
as pipes, so that audit sees the table it is. Lengths and lines are kept.
"""

from __future__ import annotations

import re
from typing import Final

#: A DokuWiki table row that holds a header cell: it opens with a caret and ends with a
#: caret or a pipe, with a cell between them.
HEADER_ROW: Final = re.compile(r"^[ \t]*+\^[^\n]*[|^][ \t]*+$", re.MULTILINE)


def with_header_rows(text: str) -> str:
    """``text`` with the carets of its DokuWiki header rows read as pipes."""
    if "^" not in text:
        return text
    return HEADER_ROW.sub(lambda m: m.group().replace("^", "|"), text)
