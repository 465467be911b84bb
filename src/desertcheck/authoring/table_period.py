"""The period a Markdown table gives a figure in one of its cells, as a registry writes
periods: its row's one period cell, else its column's header, else the caption above it
(:func:`in_table`). The time words are read as :mod:`desertcheck.authoring.periods` reads
a sentence's."""

from __future__ import annotations

import dataclasses
import itertools
import re

from desertcheck.authoring.periods import PeriodGuess, period_of, time_hits

CAPTION_MAX = 200  # characters of a table's caption line


def in_table(
    text: str, start: int, published: str | None, title: str | None = None
) -> PeriodGuess | None:
    """The period a Markdown table gives the figure at ``start``: its row's one period cell
    ("| 2022 | 612 | 388 |": 2022 for both), else its column's header cell ("| Region |
    2023 | 2024 |"), a period alone or beside the words of what the column counts
    ("Passengers 2025"; not "Change on 2023": :func:`head_period`), else the one period of
    the line above the table, or the document's ``title`` for a table with no line above
    it (a CSV file's, titled "Response times by district, October 2025"). A row's cell
    counts only when it is a time expression and nothing else."""
    from desertcheck.authoring.scan import table_row

    row = table_row(text, start)
    if row is None:
        return None
    cells = _cells(text, *row)
    column = next((i for i, (a, b) in enumerate(cells) if a <= start < b), None)
    found = {
        p.period: p for i, c in enumerate(cells) if i != column if (p := _cell(text, c, published))
    }
    if len(found) == 1:
        return next(iter(found.values()))
    head = column_header(text, start)
    if head is not None and (found_head := head_period(text, head, published)):
        return found_head
    return _caption(text, table_top(text, row[0]), published, title)


def table_top(text: str, top: int) -> int:
    """The start of the first row of the Markdown table whose row starts at ``top``."""
    from desertcheck.authoring.scan import table_row

    while (brk := text.rfind("\n", 0, top)) > 0:
        above = table_row(text, text.rfind("\n", 0, brk) + 1)
        if above is None:
            break
        top = above[0]
    return top


def column_header(text: str, start: int) -> tuple[int, int] | None:
    """The span of the header cell of the column that holds offset ``start`` of a Markdown
    table's body; None outside a table, in its header row or past its header's cells."""
    from desertcheck.authoring.scan import table_row

    row = table_row(text, start)
    if row is None:
        return None
    cells = _cells(text, *row)
    column = next((i for i, (a, b) in enumerate(cells) if a <= start < b), None)
    header = table_row(text, table_top(text, row[0]))
    if column is None or header is None or header == row:
        return None
    heads = _cells(text, *header)
    return heads[column] if column < len(heads) else None


#: Words of a column's header that make its period not its cells' own: a change or a
#: period compared with ("Change on 2023", "% of 2019 level", "Growth since 2019")
_NOT_OWN = re.compile(
    r"(?i:\b(?:changes?|growth|increase|decrease|rise|fall|difference|diff|vs|versus"
    r"|compared|than|on|of|from|since|over|relative|index|base|until|to|before|after)\b"
    r"|[%±+])"
)


def head_period(text: str, cell: tuple[int, int], published: str | None) -> PeriodGuess | None:
    """The period a column's header cell gives its cells: a time expression alone ("2024"),
    or the one time expression of a header that else names what is counted ("Passengers
    2025"), unless its words make it another period than the cells' own (a change, a
    period compared with: "Change on 2023", "Since 2019")."""
    if (alone := _cell(text, cell, published)) is not None:
        return alone
    hits = time_hits(text, *cell)
    if len(hits) != 1 or hits[0].kind == "since":
        return None
    h = hits[0]
    rest = f"{text[cell[0] : h.start]} {text[h.end : cell[1]]}"
    if _NOT_OWN.search(rest) or not re.search(r"[^\W\d_]", rest):
        return None
    found = period_of(h, published)
    if found is None or found.cumulative:
        return None
    words = " ".join(text[cell[0] : cell[1]].split())
    return dataclasses.replace(found, words=words)  # its doubt kept ("Leaks 2025-26")


def _caption(
    text: str, top: int, published: str | None, title: str | None = None
) -> PeriodGuess | None:
    """The period of the line above a table (a blank line between them or not), or of
    the document's ``title`` when there is none, when it names exactly one: "Recorded
    offences by district, 2024"."""
    from desertcheck.authoring.scan import table_row

    end = text.rfind("\n", 0, top)
    if end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip():
        end = text.rfind("\n", 0, end)  # one blank line
    if end <= 0 and not text[:top].strip() and title:  # the table opens the document
        text, start, end = title, 0, len(title)
    elif end <= 0:
        return None
    else:
        start = text.rfind("\n", 0, end) + 1
    line = text[start:end]
    if not line.strip() or table_row(text, start) is not None or len(line) > CAPTION_MAX:
        return None
    hits = time_hits(text, start, end)
    found = period_of(hits[0], published) if len(hits) == 1 else None
    if found is None:
        return None
    # its caption, with its doubt ("Leaks repaired by district, 2025-26": both years?)
    return dataclasses.replace(found, words=" ".join(line.split()))


def _cells(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of a table row's cells, between its pipes."""
    bars = [i for i in range(lo, hi) if text[i] == "|"]
    return [(a + 1, b) for a, b in itertools.pairwise(bars)]


def _cell(text: str, cell: tuple[int, int], published: str | None) -> PeriodGuess | None:
    content = text[cell[0] : cell[1]].strip()
    hits = time_hits(text, *cell)
    if len(hits) != 1 or hits[0].match.group() != content:
        return None
    return period_of(hits[0], published)
