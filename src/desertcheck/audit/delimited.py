"""Rows of delimited values pasted in a fence, read as a table is.

A dashboard or a spreadsheet exported as CSV is often pasted into a draft inside a code
fence::

    ```
    indicator,value,period,source
    desertion_convictions,"over 13,500",2023,EUAA country report
    awol_cases_art_337,18195,Feb 2022-Jun 2025,Mediazona
    ```

Blanked as code (:func:`desertcheck.draft.blank`), its figures vanished from the audit: an
editor could not see they were never checked. A fenced block whose lines (two or more, no
blank line among them) are all rows of one separator (``;``, ``,`` or a tab), the
same number of times outside double quotes on each line, at least once, is a table
(:func:`fenced_rows`): its text is read again (:func:`with_rows`), each separator marked
with a pipe, the quotes that hold a cell blanked, and an underscore between two letters
read as a space (``desertion_convictions``: its words are the row's label). Each row is
then a sentence of its own (:func:`rows_in` gives them to
:func:`desertcheck.draft.sentences`), the first row the table's header, as a
table typed in fixed width is (:mod:`.fixed_width`). A fence with an info string other
than ``csv``, ``tsv`` or ``text`` stays code, as does a block whose lines disagree on
their separators (a program's lines). An infobox pasted in a fence, its rows a label, a
leader of dots and a value ("Deserters (UN estimate) ........... 50,000+"), is a table of
two columns the same way, when at least two of its lines and half of them are such rows
(the leader marked with a pipe, its dots blanked; its other lines stay blanked).

A draft that is a CSV file itself (the data sent with a chart, no fence around it) is read
the same way (:func:`draft_rows`): after any ``#`` comment lines at its top, three lines or
more, no blank line among them, on one separator used at least twice on each. Its header
names the columns: a value's cell is read with the cell after it when that column is named
"unit" ("15,years": 15 years, "10,%": 10 %), so that a qualifier column after it qualifies
the value (:mod:`.qualifier_cells`); a span of months as ISO writes it, "2022-02/2024-12",
is read as a span ("2022-02–2024-12"), a period cell of its row, not a figure "12".
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from desertcheck.compiled import regex

#: A fence's opening or closing line, with its info string.
_FENCE: Final = regex(r"[ \t]{0,3}(`{3,}+|~{3,}+)[ \t]*+([\w+-]*+)[ \t]*+$")
#: Info strings of a fence whose rows may be data.
_DATA: Final = frozenset({"", "csv", "tsv", "text", "txt", "plain", "psv", "dsv"})
_SEPARATORS: Final = (";", "\t", ",")
#: A row of an infobox or a key-value list: a label, a leader of dots, a value
#: ("Deserters (UN estimate) ........... 50,000+"); the leader is the row's one separator.
_LEADER: Final = regex(r"[ \t]*[^\s.][^\n]*?[^\s.][ \t]?(\.{3,}+)[ \t]?(?=\S)")
LEADER: Final = "..."
#: A column header that names the unit of the value in the column before it ("value,unit"):
#: each row's value is read with its unit ("15,years": 15 years, "10,%": 10 %).
_UNIT_HEADERS: Final = frozenset({"unit", "units", "unit of measure"})
#: A column header that names the qualifier of the value in the column after it
#: ("Qualifier;Value": "over;50.000" is over 50,000).
_QUALIFIER_HEADERS: Final = frozenset({"qualifier", "qual", "qual.", "hedge", "modifier"})
_VALUE_HEADERS: Final = frozenset({"value", "figure", "number", "amount", "count", "estimate"})
#: The slash of a span of months as ISO writes it, "2022-02/2024-12" (a period column).
_ISO_INTERVAL: Final = regex(r"(?<=(?<!\d)(?:19|20)\d\d-\d\d)/(?=(?:19|20)\d\d-\d\d(?!\d))")
#: A date as a European spreadsheet writes it, "24.02.2022" (or a month, "06.2026").
_DMY: Final = r"(?:(?:0?[1-9]|[12][0-9]|3[01])\.)?(0[1-9]|1[0-2])\.((?:19|20)[0-9][0-9])(?![0-9])"
_DATES: Final = regex(_DMY)
#: A cell that is such a date or a span of two ("24.02.2022–15.09.2025"): a period cell.
_DATE_CELL: Final = regex(rf"[ \t]*{_DMY}(?:[ \t]*[–—-][ \t]*{_DMY})?[ \t]*")
#: An underscore between two letters: "desertion_convictions" is two words.
_JOINED: Final = regex(r"(?<=[^\W\d_])_(?=[^\W\d_])")


def _outside_quotes(line: str, sep: str) -> list[int]:
    """The offsets of ``sep`` in ``line`` outside double quotes."""
    out, quoted = [], False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            out.append(i)
    return out


def _separator(lines: list[str]) -> str | None:
    """The one separator every line of ``lines`` uses as often, at least once."""
    for sep in _SEPARATORS:
        counts = {len(_outside_quotes(line, sep)) for line in lines}
        if len(counts) == 1 and min(counts) >= 1:
            return sep
    return None


def fenced_rows(lines: list[str]) -> dict[int, str]:
    """The lines (0-based) of ``lines`` that are rows of delimited values in a fence, each
    with its separator."""
    out: dict[int, str] = {}
    opened: tuple[int, str, str] | None = None  # (first line, fence, info string)
    for n, line in enumerate(lines):
        m = _FENCE.match(line)
        if opened is None:
            if m:
                opened = (n + 1, m.group(1), m.group(2).lower())
            continue
        first, fence, info = opened
        if not m or m.group(1)[0] != fence[0] or len(m.group(1)) < len(fence) or m.group(2):
            continue
        opened = None
        body = lines[first:n]
        if info not in _DATA or len(body) < 2 or any(not row.strip() for row in body):
            continue
        sep = _separator(body)
        if sep is not None:
            out.update((first + k, sep) for k in range(len(body)))
            continue
        leaders = [k for k, row in enumerate(body) if _LEADER.match(row)]
        if len(leaders) >= 2 and 2 * len(leaders) >= len(body):
            out.update((first + k, LEADER) for k in leaders)
    return out


def _cells(line: str, sep: str) -> list[str]:
    """The cells of ``line``, each stripped of blanks and quotes."""
    bounds = [-1, *_outside_quotes(line, sep), len(line)]
    return [line[a + 1 : b].strip().strip('"').strip() for a, b in pairwise(bounds)]


def _joined_columns(header: str, sep: str) -> frozenset[int]:
    """The separators (by their number on a line) read as a space, each joining a value's
    cell to the cell the ``header`` row names its unit, after it ("value,unit": "15,years"
    is 15 years), or its qualifier, before it ("Qualifier;Value": "over;50.000"; a
    qualifier column after the value is read by :mod:`.qualifier_cells`)."""
    if sep == LEADER:
        return frozenset()
    names = [name.casefold() for name in _cells(header, sep)]
    units = {k - 1 for k, name in enumerate(names) if k and name in _UNIT_HEADERS}
    qualifiers = {
        k
        for k, name in enumerate(names[:-1])
        if name in _QUALIFIER_HEADERS and names[k + 1] in _VALUE_HEADERS
    }
    return frozenset(units | qualifiers)


def _title(line: str, sep: str) -> bool:
    """Whether ``line`` is a title row above a table's header: half its cells or fewer
    hold anything ("Sheet: factsheet;Exported: 03.08.2026;;;;")."""
    cells = _cells(line, sep)
    return 2 * sum(1 for cell in cells if cell) <= len(cells)


def _row(line: str, sep: str, joined: frozenset[int] = frozenset()) -> str:
    if sep == LEADER:
        m = _LEADER.match(line)
        assert m is not None
        start, end = m.span(1)
        return line[:start] + "|" + " " * (end - start - 1) + line[end:]
    cells = list(_JOINED.sub(" ", line))
    for k, i in enumerate(_outside_quotes(line, sep)):
        cells[i] = " " if k in joined else "|"
    row = "".join(" " if ch == '"' else ch for ch in cells)
    row = "|".join(_iso_months(cell) for cell in row.split("|"))
    return _ISO_INTERVAL.sub("\u2013", row)  # "2022-02/2024-12": the months between


def _iso_months(cell: str) -> str:
    """A period cell of dates written day first, "24.02.2022–15.09.2025", as the months
    ISO writes ("2022-02   –2025-09   ", the same length), which a period column reads;
    any other cell as it is."""
    if not _DATE_CELL.fullmatch(cell):
        return cell
    return _DATES.sub(lambda m: f"{m[2]}-{m[1]}".ljust(len(m[0])), cell)


def draft_rows(lines: list[str]) -> dict[int, str]:
    """The lines (0-based) of a draft that is delimited values itself (a CSV file sent
    with a chart), each with its separator: after any ``#`` comment lines at its top, at
    least three lines, no blank line among them (trailing blank lines aside), all agreeing
    on one separator used at least twice; none for any other draft."""
    first = 0
    while first < len(lines) and (not lines[first].strip() or lines[first].startswith("#")):
        first += 1
    last = len(lines)
    while last > first and not lines[last - 1].strip():
        last -= 1
    body = lines[first:last]
    if len(body) < 3 or any(not row.strip() for row in body):
        return {}
    sep = _separator(body)
    if sep is None or len(_outside_quotes(body[0], sep)) < 2:
        return {}
    return {first + k: sep for k in range(len(body))}


def rows_in(text: str) -> dict[int, str]:
    """:func:`fenced_rows` of ``text``'s lines, or :func:`draft_rows` when the whole
    draft is rows of delimited values."""
    lines = text.split("\n")
    if "```" not in text and "~~~" not in text:
        return draft_rows(lines)
    return fenced_rows(lines)


def with_rows(text: str, blanked: str) -> str:
    """``blanked`` (``text`` blanked) with the rows of delimited values of its fences read
    again, each separator a pipe (same length, same lines)."""
    rows = rows_in(text)
    if not rows:
        return blanked
    original, lines = text.split("\n"), blanked.split("\n")
    joined: frozenset[int] = frozenset()
    header = False  # whether the rows so far have given the table's header
    for n, sep in rows.items():
        if n - 1 not in rows:
            header = False
        if not header and sep != LEADER and _title(original[n], sep) and n + 1 in rows:
            lines[n] = _row(original[n], sep)  # a title row: not the header
        elif not header:  # a table's header row: its unit and qualifier columns join a value
            joined, header = _joined_columns(original[n], sep), True
            lines[n] = _row(original[n], sep)
        else:
            lines[n] = _row(original[n], sep, joined)
    return "\n".join(lines)
