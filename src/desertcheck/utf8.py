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


def wide_unicode(data: bytes) -> str | None:
    """ "UTF-32" or "UTF-16" for a text in that encoding: by its byte-order mark (either
    order), or without one by where its NUL bytes fall (text mostly in Latin letters: every
    other byte NUL, or three in four); None for anything else."""
    if data.startswith((b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")):
        return "UTF-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    head = data[:4096]
    head = head[: len(head) - len(head) % 4]
    if len(head) < 8 or b"\x00" not in head:
        return None
    quarter = len(head) // 4
    nul = [head[k::4].count(0) / quarter for k in range(4)]
    full = [share >= 0.9 for share in nul]
    none = [share <= 0.1 for share in nul]
    for kind, codec, zeros in (
        ("UTF-32", "utf-32-le", (1, 2, 3)),
        ("UTF-32", "utf-32-be", (0, 1, 2)),
        ("UTF-16", "utf-16-le", (1, 3)),
        ("UTF-16", "utf-16-be", (0, 2)),
    ):
        if all(full[k] if k in zeros else none[k] for k in range(4)):
            try:
                head.decode(codec)
            except UnicodeDecodeError:
                continue
            return kind
    return None


#: The byte-order marks of UTF-16 and UTF-32, as a hex dump shows them
_MARKS = {
    b"\x00\x00\xfe\xff": "00 00 fe ff",
    b"\xff\xfe\x00\x00": "ff fe 00 00",
    b"\xff\xfe": "ff fe",
    b"\xfe\xff": "fe ff",
}


def not_text(data: bytes) -> str | None:
    """What ``data`` is when it is plainly no UTF-8 text, said before a decode would point at
    a byte: "UTF-16 text, not UTF-8 (its byte-order mark ff fe opens it)" (Word's "Unicode
    Text", Notepad's "Unicode"), or "not text (it holds NUL bytes)" (an image, an archive);
    None otherwise."""
    wide = wide_text(data)
    if wide is not None:
        return wide
    if b"\x00" in data[:4096]:  # no text file holds NUL bytes
        return "not text (it holds NUL bytes)"
    return None


def wide_text(data: bytes) -> str | None:
    """ "UTF-16 text, not UTF-8 (its byte-order mark ff fe opens it)" for UTF-16 or UTF-32
    ``data`` (:func:`wide_unicode`); None for anything else."""
    wide = wide_unicode(data)
    if wide is None:
        return None
    mark = next((shown for bom, shown in _MARKS.items() if data.startswith(bom)), None)
    how = f"its byte-order mark {mark} opens it" if mark else "by where its NUL bytes fall"
    return f"{wide} text, not UTF-8 ({how})"


def why_not(data: bytes) -> tuple[str, int, int]:
    """Why ``data`` (which :func:`decode` refused, or :func:`wide_text` named) is no UTF-8
    text, with the fix, and where: its 1-based line and column."""
    wide = wide_text(data)
    if wide is not None:  # named for what it is, not by its first byte ("0xff")
        return f"the file is {wide}; save it as UTF-8", 1, 1
    try:
        decode(data)
    except NotUtf8 as exc:
        return f"byte 0x{exc.byte:02x} is not UTF-8; save the file as UTF-8", exc.line, exc.column
    return "not UTF-8 text; save the file as UTF-8", 1, 1
