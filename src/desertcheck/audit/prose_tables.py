"""Tables whose cells are prose: a script's two columns, read as prose.

A broadcast or video script is often laid out as a two-column table, what is seen beside
what is heard::

    | PICTURE | SOUND |
    |---|---|
    | Lower third: "Moscow district: ~7,800" | NARRATOR: Close to eight thousand left. |

Its cells are sentences, not data: the table's header ("PICTURE", "SOUND") names no measure,
no cell is a period of its row, and the rows do not count one measure each. Such a table is
read as prose (:func:`prose_table_lines`): each cell is a passage of its own
(:func:`split_at_cells`), and each row is a block whose cells are each other's context (the
graphic's caption says what the voice-over's figure counts, and of when), under the
section's heading and the draft's title like any paragraph (:mod:`.context`).

A table is prose when most of its body cells (:data:`PROSE_SHARE`) hold a few words
(:data:`PROSE_WORDS`) and none is a bare figure or a year ("| 2021 | 527 |"): a data table
with a column of notes stays a data table.
"""

from __future__ import annotations

from typing import Final

from desertcheck.audit.relative_months import dated_periods
from desertcheck.compiled import regex

#: A table row: a line that starts with a pipe (as ``context`` reads a table).
_ROW: Final = regex(r"[ \t]*\|")
#: The row under a table's header: pipes, dashes, colons.
_SEPARATOR: Final = regex(r"[ \t|:\-]*-[ \t|:\-]*")
_WORD: Final = regex(r"[^\W\d_]{2,}")
#: A cell that is a figure or a year with a word at most: "527", "22,580 (approx.)", "2021".
_BARE_FIGURE: Final = regex(r"\W*[~≈<>≤≥+\-]?\s*\d[\d\s.,%]*\W*(?:[^\W\d_]+\W*)?")
#: The fewest words of a prose cell, and the share of a table's non-empty body cells that
#: must hold that many for the table to be read as prose.
PROSE_WORDS: Final = 3
PROSE_SHARE: Final = 0.75


def _cells(line: str) -> list[str]:
    text = line.strip()
    text = text[1:] if text.startswith("|") else text
    text = text[:-1] if text.endswith("|") and not text.endswith("\\|") else text
    return text.split("|")


def _is_prose(body: list[str]) -> bool:
    cells = [c for line in body for c in _cells(line) if c.strip()]
    if not cells or any(_BARE_FIGURE.fullmatch(c) for c in cells):
        return False
    worded = sum(1 for c in cells if len(_WORD.findall(c)) >= PROSE_WORDS)
    return worded >= PROSE_SHARE * len(cells)


def prose_table_lines(lines: list[str]) -> frozenset[int]:
    """The numbers (0-based) of the lines of every table of ``lines`` whose cells are prose:
    its header, the separator under it and its body rows."""
    out: set[int] = set()
    n = 0
    while n < len(lines):
        if not _ROW.match(lines[n]):
            n += 1
            continue
        end = n
        while end < len(lines) and _ROW.match(lines[end]):
            end += 1
        body_from = n + 2 if n + 1 < end and _SEPARATOR.fullmatch(lines[n + 1]) else n + 1
        if _is_prose(lines[body_from:end]):
            out.update(range(n, end))
        n = end
    return frozenset(out)


def one_period(row: str) -> bool:
    """Whether a prose table's ``row`` names one period and no other year: its cells share
    it (a caption's "since 2022" is the period of the narrator's figure beside it); a row
    of two ("2021: 527 → wartime: 4,373") gives neither to its cells."""
    found = dated_periods(row, 0)
    if len(found) != 1:
        return False
    outside = row[: found[0].start] + " " + row[found[0].end :]
    return _YEAR.search(outside) is None


_YEAR: Final = regex(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def split_at_cells(
    spans: list[tuple[int, int]], text: str, rows: frozenset[int]
) -> list[tuple[int, int]]:
    """The sentence ``spans`` of ``text`` with each one that crosses a cell boundary of a
    prose table's row (a line number in ``rows``) cut there: a cell is a passage of its
    own. The pieces are stripped of white space and pipes; empty ones are dropped."""
    if not rows:
        return spans
    pipes: list[int] = []
    start = 0
    for n, line in enumerate(text.split("\n")):
        if n in rows:
            pipes.extend(start + m.start() for m in _PIPE.finditer(line))
        start += len(line) + 1
    out: list[tuple[int, int]] = []
    k = 0
    for a, b in spans:
        while k < len(pipes) and pipes[k] < a:
            k += 1
        begin = a
        while k < len(pipes) and pipes[k] < b:
            _add(text, begin, pipes[k], out)
            begin = pipes[k] + 1
            k += 1
        _add(text, begin, b, out)
    return out


_PIPE: Final = regex(r"(?<!\\)\|")


def _add(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and (text[start].isspace() or text[start] == "|"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "|"):
        end -= 1
    if end > start:
        out.append((start, end))
