"""UTF-8 text from bytes, and the 1-based line and column of an offset.

Registry files and drafts are decoded here alike, and both tell where the first bad byte
is. Nothing heavy is imported, so reading a draft stays light.
"""

from __future__ import annotations

import bisect
import re
from typing import AnyStr


class NotUtf8(ValueError):
    """Bytes that are not UTF-8: the first bad byte, and its 1-based line and column."""

    def __init__(self, byte: int, line: int, column: int) -> None:
        super().__init__(f"{line}:{column}: byte 0x{byte:02x} is not UTF-8")
        self.byte = byte
        self.line = line
        self.column = column


def decode(data: bytes) -> str:
    """``data`` as UTF-8 text, a leading BOM dropped; :class:`NotUtf8` at the first bad byte."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotUtf8(data[exc.start], *line_column(data, exc.start)) from None
    return text.removeprefix("\ufeff")


def line_column(text: AnyStr, offset: int) -> tuple[int, int]:
    """1-based (line, column) of ``offset`` in ``text``; a column counts characters (bytes
    in bytes) from the start of the line."""
    newline = "\n" if isinstance(text, str) else b"\n"
    line_start = text.rfind(newline, 0, offset) + 1
    return text.count(newline, 0, offset) + 1, offset - line_start + 1


def line_starts(text: str) -> list[int]:
    """The offset of each line's first character in ``text``, for :func:`placed`."""
    return [0] + [m.end() for m in re.finditer("\n", text)]


def placed(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based (line, column) of ``offset``, given the text's :func:`line_starts`: what
    :func:`line_column` gives, by a binary search, for the many figures of one draft."""
    line = bisect.bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1
