"""A Jupyter notebook (``.ipynb``) read as its reader reads it: its cells, not its JSON.

A notebook is JSON: each cell's lines are strings in a list ("source": ["## Verdicts\\n",
...]), its code's printed results are strings too ("text/plain": ["        district
cases_to_dec_2024\\n", "0       Southern              22580\\n", ...]), and around them
stand execution counts, ids and metadata. Read as it stands, a cell's figure shared its
sentence with the JSON's keys, "\\u2013" was no dash, the counts ("execution_count": 5)
were figures, and the printed table's rows ran into each other.

:func:`read_notebook` reads a markdown (or raw) cell as prose, each cell a block of its
own; a code cell's source is code and gives no figures; a code cell's outputs, a printed
value or table (an ``execute_result``'s or ``display_data``'s "text/plain", a stream's
"text"), are read as a table typed in fixed width is, each a block of its own, with an
underscore between two words of a column's name read as a space ("cases_to_dec_2024").
Execution counts, ids and metadata are not read. Each character read maps back to where
the notebook writes it (an escape such as "\\u2013" to its first character), so a figure
is placed on its line of the file.

A draft is a notebook when its name ends in ``.ipynb``, or its text is JSON with a list
of ``cells`` and an ``nbformat`` (:func:`is_notebook`).
"""

from __future__ import annotations

import json
from typing import Any, Final

from desertcheck.compiled import regex
from desertcheck.offsetmap import OffsetMap
from desertcheck.typography import Plain

_SUFFIX: Final = ".ipynb"
#: A JSON string literal; its escapes.
_STRING: Final = regex(r'"(?>(?:[^"\\]|\\.)*)"')
_ESCAPE: Final = regex(
    r"\\(?:u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)"
)
_SIMPLE: Final = {"n": "\n", "t": "\t", "r": "\n", "b": "", "f": "", "/": "/", "\\": "\\", '"': '"'}
#: An underscore joining two words or a word and a number in an output's column name.
_JOINED: Final = regex(r"(?<=[^\W_])_(?=[^\W_])")
_OUTPUT_KEYS: Final = ("text", "text/plain")


def is_notebook(name: str, text: str) -> bool:
    """Whether the draft ``name`` of ``text`` is a Jupyter notebook."""
    head = text.lstrip()[:1]
    if head != "{":
        return False
    if name.lower().endswith(_SUFFIX):
        return True
    return '"nbformat"' in text and '"cells"' in text


def _strings(text: str) -> list[tuple[tuple[Any, ...], int, int]]:
    """Each string value of the JSON ``text`` (not a key) with its path of keys and indexes
    and the span of its literal, in order."""
    out: list[tuple[tuple[Any, ...], int, int]] = []
    path: list[Any] = []
    kinds: list[str] = []  # per open container: "{" or "["
    index: list[int] = []  # per open list: its next item's index
    key: str | None = None
    pos, n = 0, len(text)
    while pos < n:
        ch = text[pos]
        if ch == '"':
            m = _STRING.match(text, pos)
            if m is None:
                return out
            after = text[m.end() : m.end() + 40].lstrip()
            if kinds and kinds[-1] == "{" and key is None and after.startswith(":"):
                key = json.loads(m.group())
            else:
                here = (*path, key) if kinds and kinds[-1] == "{" else (*path, index[-1])
                out.append((here, m.start(), m.end()))
                key = None
            pos = m.end()
            continue
        if ch in "{[":
            if kinds:
                path.append(key if kinds[-1] == "{" else index[-1])
            kinds.append(ch)
            index.append(0)
            key = None
        elif ch in "}]":
            kinds.pop()
            index.pop()
            if path:
                path.pop()
        elif ch == ",":
            if kinds and kinds[-1] == "[":
                index[-1] += 1
            key = None
        pos += 1
    return out


def _unescaped(escape: str) -> str:
    """A JSON escape's character: a pair of surrogates one character, a lone surrogate the
    replacement character (it is no text)."""
    if escape[1] != "u":
        return _SIMPLE.get(escape[1], "")
    if len(escape) == 12:  # "\ud83d\udcca": one character beyond the first plane
        high, low = int(escape[2:6], 16), int(escape[8:12], 16)
        return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    ch = chr(int(escape[2:], 16))
    return "\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch


class _Out:
    """The text read so far and its map back to the notebook."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.back = OffsetMap()
        self.wide: dict[int, int] = {}

    def read(self, s: str, start: int, end: int) -> None:
        if s:
            self.parts.append(s)
            self.back.repeat(start, len(s))
            if end - start > 1:
                self.wide[start] = end

    def literal(self, text: str, start: int, end: int, output: bool) -> None:
        """The JSON string literal ``text[start:end]`` (its quotes included) decoded."""
        pos = start + 1
        for m in _ESCAPE.finditer(text, start + 1, end - 1):
            self._copy(text, pos, m.start(), output)
            escape = m.group()
            ch = _unescaped(escape)
            self.read(ch, m.start(), m.end())
            pos = m.end()
        self._copy(text, pos, end - 1, output)

    def _copy(self, text: str, start: int, end: int, output: bool) -> None:
        if start < end:
            piece = text[start:end]
            self.parts.append(_JOINED.sub(" ", piece) if output else piece)
            self.back.extend(range(start, end))


def _cell_part(path: tuple[Any, ...], cells: list[Any]) -> tuple[int, bool] | None:
    """For a string at ``path``: (its cell, whether it is an output), when it is a line of a
    markdown or raw cell's source or of a code cell's printed output; else None."""
    if len(path) < 3 or path[0] != "cells" or not isinstance(path[1], int):
        return None
    cell = cells[path[1]] if path[1] < len(cells) else None
    if not isinstance(cell, dict):
        return None
    if path[2] == "source" and len(path) <= 4:
        return (path[1], False) if cell.get("cell_type") in ("markdown", "raw") else None
    if path[2] == "outputs" and len(path) >= 5:
        keys = [k for k in path[4:] if isinstance(k, str)]
        if keys in (["text"], ["data", "text/plain"]):
            return path[1], True
    return None


def read_notebook(text: str) -> Plain | None:
    """``text``, a notebook, read as its cells (see the module's docstring), with its map
    back to ``text``; None when it is no notebook's JSON."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    cells = data.get("cells") if isinstance(data, dict) else None
    if not isinstance(cells, list):
        return None
    out = _Out()
    last: tuple[int, bool, tuple[Any, ...]] | None = None
    for path, start, end in _strings(text):
        part = _cell_part(path, cells)
        if part is None:
            continue
        block = (*part, path[:4] if part[1] else path[:3])
        if last is not None and block != last:
            out.read("\n\n", start, start)  # a cell, an output: a block of its own
        out.literal(text, start, end, part[1])
        last = block
    out.read("\n", len(text), len(text))
    out.back.append(len(text))
    return Plain("".join(out.parts), out.back, out.wide or None)
