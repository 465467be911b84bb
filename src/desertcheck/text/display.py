"""Showing a place in a text: line and column (:class:`LineIndex`, :func:`line_col`), the
sentence around a span (:func:`context`) and terminal-safe display (:func:`sanitize`,
:func:`defuse`).

Standard library only: ``reporters.terminal`` imports :func:`sanitize` at start-up."""

from __future__ import annotations

import bisect
import functools
import re
from array import array

# --------------------------------------------------------------------------------------
# Lines and columns
# --------------------------------------------------------------------------------------


class LineIndex:
    """Line starts of a text, for 1-based (line, column) look-ups in O(log lines).

    Lines end at ``"\\n"`` (so ``"\\r\\n"`` works too); columns count code points.
    """

    __slots__ = ("_length", "_starts")

    def __init__(self, text: str) -> None:
        starts = array("q", [0])  # 8 bytes a line, not a list's 40
        find = text.find
        pos = find("\n")
        while pos >= 0:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self._starts = starts
        self._length = len(text)

    def line_col(self, offset: int) -> tuple[int, int]:
        if not 0 <= offset <= self._length:
            raise ValueError(f"offset {offset} outside 0..{self._length}")
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


@functools.lru_cache(maxsize=16)
def _line_index(text: str) -> LineIndex:
    return LineIndex(text)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text`` (the index is cached per text)."""
    return _line_index(text).line_col(offset)


# --------------------------------------------------------------------------------------
# Context
# --------------------------------------------------------------------------------------

#: A footnote's reference as a stored source may keep it from its page, "^{[957](#)}"
#: (group 1: its number): no words of the text
FOOTNOTE_MARK = re.compile(r"\^\{\[([^\]]*)\]\([^)]*\)\}")

# a footnote reference after the full stop (".^{[960](#)}") ends the sentence with it
_SENTENCE_END = re.compile(
    r"[.!?…][\"'”’»)\]]*(?:\^\{\[[^\]]*\]\([^)]*\)\})*(?=\s)|\n[ \t\r\f\v]*\n"
)
_OPENERS = frozenset("\"'“‘«([")


def footnote_numbers(text: str) -> str:
    """Source text as its page shows it: each stored footnote reference ("^{[955](#)}") as
    its number in brackets ("[955]"). The HTML report and ``show`` both read it so."""
    return FOOTNOTE_MARK.sub(r"[\1]", text)


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    """A sentence end: a paragraph break, or end punctuation followed by whitespace and
    then an uppercase letter, a digit, an opening quote or bracket, or the end."""
    if m.group().startswith("\n"):
        return True
    k = m.end()
    n = len(text)
    while k < n and text[k].isspace():
        k += 1
    if k == n:
        return True
    c = text[k]
    return c.isupper() or c.isdigit() or c in _OPENERS


def _table_row(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The Markdown table row that holds ``[start, end)``, trimmed, or None: a table has no
    sentences, and its rows run together into one when their line breaks are read away."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    line = text[left:right]
    if not line.lstrip().startswith("|") or "\n" in text[start:end]:
        return None
    left += len(line) - len(line.lstrip())
    right -= len(line) - len(line.rstrip())
    return left, right


def context(source_text: str, start: int, end: int, width: int = 200) -> tuple[int, int]:
    """The sentence around ``[start, end)`` in ``source_text``, as a span of it.

    Each side extends to the nearest sentence boundary (end punctuation followed by a
    capitalised start, or a paragraph break, or the text's edge) if there is one within
    ``width`` characters; otherwise to ``width`` characters, shrunk to a whole word.
    Surrounding whitespace is trimmed; the span always contains ``[start, end)``. In a
    Markdown table, the context is the quote's row.
    """
    n = len(source_text)
    if not 0 <= start <= end <= n:
        raise ValueError(f"span ({start}, {end}) outside 0..{n}")
    row = _table_row(source_text, start, end)
    if row is not None:  # within the width, like any context, and holding the span
        row_start, row_end = row
        return max(row_start, start - width, 0) if row_start <= start else start, (
            min(row_end, end + width) if row_end >= end else end
        )
    lo = max(0, start - width)
    hi = min(n, end + width)

    # Left: the last boundary ending at or before `start`, within the window.
    left: int | None = 0 if lo == 0 else None
    for m in _SENTENCE_END.finditer(source_text, lo, start):
        if m.end() <= start and _is_boundary(source_text, m):
            left = m.end()
    if left is None:
        left = lo
        ws = source_text.find(" ", lo, start)
        if lo > 0 and ws >= 0:
            left = ws + 1
    # Right: the first boundary at or after `end`, within the window.
    right: int | None = n if hi == n else None
    search_from = max(start, end - 1) if end > start else end
    for m in _SENTENCE_END.finditer(source_text, search_from, hi):
        if m.start() >= end - 1 and _is_boundary(source_text, m):
            right = m.start() if m.group().startswith("\n") else m.end()
            break
    if right is None:
        right = hi
        ws = source_text.rfind(" ", end, hi)
        if hi < n and ws >= 0:
            right = ws
    right = max(right, end)
    while left < start and source_text[left].isspace():
        left += 1
    while right > end and source_text[right - 1].isspace():
        right -= 1
    return left, right


# --------------------------------------------------------------------------------------
# Terminal-safe display
# --------------------------------------------------------------------------------------

_REPLACEMENT = "\ufffd"
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def _sanitize_table(keep_newlines: bool) -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]:
        table[cp] = _REPLACEMENT
    for cp in range(0xD800, 0xE000):  # lone surrogates cannot be encoded for output
        table[cp] = _REPLACEMENT
    for c in _BIDI:
        table[ord(c)] = None
    if keep_newlines:
        table[ord("\n")] = "\n"
        table[ord("\t")] = "\t"
        table[ord("\r")] = "\n"
        table[ord("\v")] = " "
        table[ord("\f")] = " "
        table[0x2028] = "\n"
        table[0x2029] = "\n"
    else:
        for c in "\n\t\r\v\f\u2028\u2029":
            table[ord(c)] = " "
    return table


_SANITIZE = {False: _sanitize_table(False), True: _sanitize_table(True)}


def _changed_by(table: dict[int, str | None]) -> re.Pattern[str]:
    """A pattern of the characters ``table`` changes: a text without one is left as it is
    (one search, where ``str.translate`` looks each character up)."""
    changed = sorted(cp for cp, to in table.items() if to != chr(cp))
    spans: list[list[int]] = []
    for cp in changed:
        if spans and spans[-1][1] == cp - 1:
            spans[-1][1] = cp
        else:
            spans.append([cp, cp])
    return re.compile("[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in spans) + "]")


_CHANGED = {keep: _changed_by(table) for keep, table in _SANITIZE.items()}


def sanitize(s: str, *, keep_newlines: bool = False) -> str:
    """Make untrusted text safe to print on a terminal.

    C0 controls, DEL and C1 controls (U+0080–U+009F, including the 8-bit CSI U+009B) and
    lone surrogates become U+FFFD, so no escape sequence can reach the terminal and
    tampering stays visible; bidi embeddings, overrides and isolates (U+202A–U+202E,
    U+2066–U+2069) and the LRM/RLM/ALM marks are removed. Tab, line feed, CR, vertical
    tab, form feed and U+2028/U+2029 become spaces; with ``keep_newlines`` line breaks
    become ``"\\n"`` (CRLF and CR included) and tabs are kept. Other text (Cyrillic,
    curly quotes, emoji, ...) is untouched.
    """
    if keep_newlines:
        s = s.replace("\r\n", "\n")
    if _CHANGED[keep_newlines].search(s) is None:  # most texts: nothing to change
        return s
    return s.translate(_SANITIZE[keep_newlines])


#: A word joiner: invisible, of no width, not a space (no line is broken at it), and dropped
#: where quotes are matched (``normalization.REMOVED``), so text copied from a report
#: still finds its quote.
_JOINER = "\u2060"
#: The openers of a GitHub Actions workflow command: ``##[`` anywhere in a line (the legacy
#: form) and ``::`` (a command when it opens a line after spaces; a text folded or wrapped
#: may put any ``::`` there). The joiner goes after each first character.
_COMMAND_OPENERS = re.compile(r"#(?=#\[)|:(?=:)")


def defuse(s: str) -> str:
    """``s`` with no workflow-command opener a CI runner would act on: a word joiner goes
    between the ``#`` of ``##[`` and between every two colons, so ``##[error]`` or
    ``::error::`` in a registry or a draft is shown as it reads and never runs as a
    command in a CI log (GitHub's runner reads ``##[`` anywhere in a line and ``::`` at
    a line's start after spaces)."""
    if "##[" not in s and "::" not in s:
        return s
    return _COMMAND_OPENERS.sub(lambda m: m[0] + _JOINER, s)
