"""An HTML table pasted into a draft read as the pipe table it shows (same length).

A CMS's table copied into a Markdown draft keeps its markup: ``<table>``, a ``<caption>``,
rows of ``<tr><td>AWOL</td><td>18&nbsp;159</td></tr>``. Markdown's blanking reads the tags
as spaces, so left alone the whole table is one paragraph and one sentence: a period said
in one row's cell ("527 in 2021") dates the figures of every row after it, and a row's
words ("AWOL") are read with the next row's figure. A reader sees a grid of rows, each
read on its own under the table's header and caption. So, before a draft's figures are
read (:func:`desertcheck.typography.plain`), each line that is one whole row
(``<tr …>`` to ``</tr>``, with its cells ``<td>`` or ``<th>``) is read as a pipe table's
row: every cell's opening tag and the row's closing tag a ``|`` followed by spaces, the
other tags spaces. A line of the table's frame alone (``<thead>``, ``</tbody>``,
``<table class="…">``…) between two rows is read as a delimiter row (``|---``), so the
table stays one block; before its first row or after its last, as blank, so the
``<caption>`` line (its tags blanked later, as every tag is) is the paragraph right
before the table: its lead-in, whose period dates the rows that name none. A row written
over several lines, a nested table or a table inside a paragraph's line is left as it is.

Every change keeps the text's length and its lines, so offsets need no map.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["html_tables"]

#: A line that is one whole table row: ``<tr …>`` cells ``</tr>``, whitespace around.
_ROW: Final = re.compile(
    r"[ \t]*+<tr\b[^<>\n]*+>(?=[^\n]*?<t[dh]\b)[^\n]*?</tr\s*+>[ \t\r]*+", re.IGNORECASE
)
#: A line of the table's frame alone: ``<table class="x">``, ``</thead>``, ``<tbody>``.
_FRAME: Final = re.compile(
    r"[ \t]*+(?>(?:</?(?:table|thead|tbody|tfoot|colgroup|col)\b[^<>\n]*+>[ \t]*+)+)\r?",
    re.IGNORECASE,
)
#: A tag of a row's line: a cell's opening tag or the row's closing tag (a ``|``), or any
#: other (spaces).
_TAG: Final = re.compile(r"<(/?)(t[dhr])\b[^<>\n]*+>", re.IGNORECASE)
#: Whether a text may hold an HTML table row at all.
_ANY_ROW: Final = re.compile(r"<tr\b", re.IGNORECASE)


def _as_pipes(line: str) -> str:
    def tag(m: re.Match[str]) -> str:
        closing, name = m.group(1), m.group(2).lower()
        pipe = (not closing and name != "tr") or (closing and name == "tr")
        return ("|" + " " * (len(m.group()) - 1)) if pipe else " " * len(m.group())

    return _TAG.sub(tag, line)


def html_tables(text: str) -> str:
    """``text`` with the one-line rows of its HTML tables read as a pipe table's rows, and
    the frame's lines between them as delimiter rows (see the module's docstring)."""
    if _ANY_ROW.search(text) is None:
        return text
    lines = text.split("\n")
    rows = [_ROW.fullmatch(line) is not None for line in lines]
    if not any(rows):
        return text
    out = list(lines)
    last_row: int | None = None
    frame: list[int] = []  # frame lines since the last row (or the text's start)
    for n, line in enumerate(lines):
        if rows[n]:
            if last_row is not None:
                for f in frame:  # between two rows: the table goes on
                    out[f] = "|" + "-" * (len(lines[f]) - 1) if lines[f] else lines[f]
            else:
                for f in frame:  # before the table's first row
                    out[f] = " " * len(lines[f])
            frame = []
            out[n] = _as_pipes(line)
            last_row = n
        elif _FRAME.fullmatch(line) is not None:
            frame.append(n)
        else:
            for f in frame:  # before a table's first row or after its last
                out[f] = " " * len(lines[f])
            last_row, frame = None, []
    for f in frame:
        out[f] = " " * len(lines[f])
    return "\n".join(out)
