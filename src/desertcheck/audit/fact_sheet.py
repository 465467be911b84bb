"""A fact sheet typed in fixed width for print read as its rows say them.

A printable fact sheet sets each figure at the right margin after a dot leader, inside a
box, with footnote markers and a page number::

    +--------------------------------------------------+
    | RUSSIA: DESERTION AND ITS PROSECUTION             |
    +--------------------------------------------------+
    Soldiers who deserted since 2022, over .......... 50,000
    Prosecuted in 2024 (EUAA reading), over ......... 16,000  *
      Of these (4), convicted ....................... 17,721
    (1) Figures as reported by Novaya Gazeta Europe.
                                                  Page 2 of 3

Read as it stands, the rows ran into one sentence (none ends in a full stop), a row's
qualifier stood a leader away from its figure, and the markers and the page number were
figures. :func:`read_fact_sheet` reads a dot leader as a space, so a row reads "Soldiers
who deserted since 2022, over 50,000", each row a paragraph of its own; it blanks a box's
borders (``+---+``, ``|`` at a line's ends, box-drawing lines), a footnote's marker after a
row or a word ("(2)", "*", "(4),") and the label opening a note's line ("(1) "), and a
"Page 2 of 3" line. Each character read maps back to where the sheet writes it. A text is
such a sheet when at least three of its lines have a dot leader and it is no Markdown
(:func:`is_fact_sheet`).
"""

from __future__ import annotations

from typing import Final

from desertcheck.audit.json_text import JsonOut
from desertcheck.compiled import regex
from desertcheck.typography import Plain

#: A dot leader between a row's label and its figure: "over .......... 50,000". It starts
#: right after a character that is no space or dot, so each run of dots is tried once.
_LEADER: Final = regex(r"(?<=[^\s.])[ \t]*+(?:\.[ \t]?){3,}[ \t]*+(?=[^\s.])")
#: What a printed page shows that is no prose: a box's border line, a box's side at a
#: line's start or end, a page number's line, a footnote marker after a row or a word, a
#: note's label opening its line.
_NOT_READ: Final = regex(
    r"(?m)^[ \t]*+[+|]?[-=+_]{3,}+[+|]?[ \t]*+$|^[ \t]*+[\u2500-\u257f]++[ \t]*+$"
    r"|^[ \t]*+[|\u2502\u2551][ \t]|[ \t][|\u2502\u2551][ \t]*+$"
    r"|^[ \t]*+(?:Page|p\.)[ \t]++\d{1,4}[ \t]++(?:of|/)[ \t]++\d{1,4}[ \t]*+$"
    r"|(?<=\S)[ \t]++(?:\(\d{1,2}\)|\*{1,3})[ \t]*+$|(?<=[^\W\d_])[ \t]\(\d{1,2}\)(?=,)"
    r"|^\(\d{1,2}\)(?=[ \t]+\S)"
)
_DIGITS: Final = "0123456789"
_MARKDOWN: Final = (".md", ".markdown", ".mdx", ".rst", ".org")
_FENCE: Final = regex(r"(?m)^[ \t]{0,3}(?:```|~~~)")


def _last_digit(text: str, start: int, end: int) -> int:
    """The offset of the last ASCII digit of ``text[start:end]``, or -1."""
    return max(text.rfind(d, start, end) for d in _DIGITS)


def _leaders(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The dot leaders of the line ``text[start:end]`` with a figure after them (not an
    ellipsis: "Wait... and so on")."""
    last = _last_digit(text, start, end)
    return [m.span() for m in _LEADER.finditer(text, start, end) if m.end() <= last]


def is_fact_sheet(name: str, text: str) -> bool:
    """Whether the draft ``name`` of ``text`` is a fact sheet of dot-leader rows: three or
    more of them, in plain text (not a Markdown draft, whose infobox in a code fence is
    read as a fence's lines are)."""
    if name.lower().endswith(_MARKDOWN) or _FENCE.search(text) is not None:
        return False
    rows = start = 0
    head = text[: 1 << 20]
    while rows < 3 and start < len(head):
        end = head.find("\n", start)
        end = len(head) if end < 0 else end
        if "..." in head[start:end] or ". . ." in head[start:end]:
            rows += bool(_leaders(head, start, end))
        start = end + 1
    return rows == 3


def read_fact_sheet(text: str) -> Plain:
    """``text``, a fixed-width fact sheet, read a row a paragraph (see the module's
    docstring), with its map back to ``text``."""
    out = JsonOut()
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        leaders = _leaders(text, start, end)
        _read_line(out, text, start, end, leaders)
        if leaders:
            out.read("\n", end, end)  # a row: a paragraph of its own
        if end < len(text):
            out.copy(text, end, end + 1)
        start = end + 1
    out.back.append(len(text))
    return Plain(out.text(), out.back, out.wide or None)


def _read_line(
    out: JsonOut, text: str, start: int, end: int, leaders: list[tuple[int, int]]
) -> None:
    pos = start
    marks = [(m.start(), m.end(), "") for m in _NOT_READ.finditer(text, start, end)]
    marks += [(a, b, " ") for a, b in leaders]
    for a, b, read in sorted(marks):
        if a < pos:
            continue
        out.copy(text, pos, a)
        out.read(read, a, b)
        pos = b
    out.copy(text, pos, end)
