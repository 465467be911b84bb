"""Text extracted from a page set in two columns, read column by column.

A PDF's text layer extracted with its layout (``pdftotext -layout``) puts the left and
the right column of a page side by side on each line: "have convicted over 13,500 of
them in 2024        prosecutions in 2024 alone." Read as it stands, each line joins two
sentences of different passages: a period of the left column dated a figure of the right
("over 25,000 … during 2023" read beside "3,380; Leningrad"), a hedge at the end of one
column's line took the other's figure. :func:`two_columns` finds such a layout and gives
the text as the page reads, each page's left column and then its right, with the map back
to the draft's offsets (:class:`desertcheck.typography.Plain`), as a LaTeX draft is read
as it typesets (:mod:`.latex`).

A line holds two columns when a gap of three spaces or more splits it, its right part
starting near where the other lines' right parts start, both parts prose (two words of
letters each); in a draft so laid out, any gap that ends near there splits a line ("Summary
   Over the same period"), and a line that starts that far in, after spaces, is the right
column's alone.
A draft is read so only when at least eight lines, and a fifth of its lines with text,
hold two columns, their right parts starting within twelve columns of their median: a
fixed-width table's rows (figures in their cells, several gaps), a code block or a
poem's indented line do not make one. A page ends at a running header or footer ("Page
2 of 6") or a form feed.
"""

from __future__ import annotations

from typing import Final

from desertcheck.compiled import regex
from desertcheck.offsetmap import OffsetMap
from desertcheck.typography import Plain

#: The gap between two columns: three spaces or more, then the right column's text.
_GAP: Final = regex(r"(?<![ \t])[ \t]{3,}+(?=\S)")  # from a run's start: linear in a long line
_WORD: Final = regex(r"[^\W\d_]{2,}")
_PAGE_END: Final = regex(r"(?i:\bpage\s+\d+\s+(?:of|/)\s+\d+\b)|\f")
#: Lines of two columns a draft needs, and the share of its lines with text.
MIN_LINES: Final = 8
MIN_SHARE: Final = 0.2
#: How far apart the right parts' starts may be, in columns.
_SPREAD: Final = 12


def _split(line: str) -> int | None:
    """Where ``line``'s right column starts, when a gap splits it into two parts of prose."""
    for m in _GAP.finditer(line):
        left, right = line[: m.start()], line[m.end() :]
        if (
            m.end() >= 24
            and len(_WORD.findall(left)) >= 2
            and len(_WORD.findall(right)) >= 2
            and _GAP.search(right) is None
            and _GAP.search(left.strip()) is None  # a fixed-width table's row: gaps on
        ):
            return m.end()
    return None


def _gap_near(line: str, common: int) -> int | None:
    """Where a gap near the right column's start ``common`` ends in ``line`` (a column of
    one word beside the other: "Summary      Over the same period"), else None."""
    return next((m.end() for m in _GAP.finditer(line) if abs(m.end() - common) <= _SPREAD), None)


def two_columns(text: str) -> Plain | None:
    """``text`` read column by column when it is laid out in two columns (see the
    module's docstring), else None."""
    lines = text.split("\n")
    splits = [_split(line) for line in lines]
    starts = [s for s in splits if s is not None]
    with_text = sum(1 for line in lines if line.strip())
    if len(starts) < MIN_LINES or len(starts) < MIN_SHARE * with_text:
        return None
    common = sorted(starts)[len(starts) // 2]
    near = [s for s in starts if abs(s - common) <= _SPREAD]
    if len(near) < MIN_LINES or len(near) < 0.6 * len(starts):
        return None
    low = min(near)  # a right column's line alone starts about as far in
    parts: list[str] = []
    back = OffsetMap()
    left: list[tuple[int, int]] = []
    right: list[tuple[int, int]] = []

    def flush(at: int) -> None:
        for a, b in (*left, *right):
            parts.append(text[a:b] + "\n")
            back.extend(range(a, b))
            back.append(b)
        if left or right:
            parts.append("\n")
            back.append(at)
        left.clear()
        right.clear()

    offset = 0
    for line, split in zip(lines, splits, strict=True):
        end = offset + len(line)
        indent = len(line) - len(line.lstrip(" \t"))
        if not line.strip():  # a break in both columns
            left.append((offset, end))
            right.append((offset, end))
        elif _PAGE_END.search(line):
            flush(offset)
            left.append((offset, end))  # the running header or footer: a line of its own
            flush(end)
        elif (split := split or _gap_near(line, common)) is not None and abs(
            split - common
        ) <= _SPREAD:
            cut = len(line[:split].rstrip(" \t"))
            left.append((offset, offset + cut))
            right.append((offset + split, end))
        elif line.strip() and indent >= low - _SPREAD:
            right.append((offset + indent, end))
        else:
            left.append((offset, end))
        offset = end + 1
    flush(len(text))
    back.append(len(text))
    return Plain("".join(parts), back)
