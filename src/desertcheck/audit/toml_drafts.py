"""A draft saved as TOML (a static site's data file behind a stats page) read as a JSON
draft is.

A site generator keeps a stats page's numbers in a data file::

    [params]
    updated = 2026-11-14
    [[stats]]
    label = "Soldiers who deserted since 2022"
    qualifier = "over"
    value = 50_000
    weight = 10

Read as it stands, every number was a figure (a weight, a height, the year of a date) and
a value a bare 50000, its qualifier another key's word. :func:`read_toml` reads its values
as :mod:`.json_drafts` reads a JSON draft's: a table with a value beside a label, unit,
qualifier or period is one figure with its context ("Soldiers who deserted since 2022:
over 50000."), a string of words is prose, another value is read after its key's words
unless the key names no figure (those of a JSON draft, and a chart's as in
:mod:`.yaml_drafts`: a position, a size, a colour; and a page's ``weight``). A number
grouped by underscores is read as the number TOML reads; a basic string's escapes are
read as :mod:`tomllib` reads them (``\\n``, ``\\t``, ``\\u2009``, a backslash that ends a
line of a multi-line string); a comment is not read.

The values are those :mod:`tomllib` loads; :func:`literals` finds where the file writes
each, so each figure is placed on its line. A draft is TOML when its name ends in
``.toml``; one that does not load is read as it stands.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final

from desertcheck.audit.json_drafts import Literals, read_values, value_at
from desertcheck.audit.yaml_drafts import CHART_META
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.json_text import JsonOut, Path
    from desertcheck.typography import Plain

_SUFFIX: Final = ".toml"
#: The deepest nesting of arrays and inline tables read.
MAX_DEPTH: Final = 64
_KEY_PART: Final = r"""(?:[A-Za-z0-9_-]++|"(?>(?:[^"\\\n]|\\.)*)"|'[^'\n]*+')"""
_KEYS: Final = rf"{_KEY_PART}(?>(?:[ \t]*+\.[ \t]*+{_KEY_PART})*)"
#: A key and its "=" (the value starts where it ends).
_KEY: Final = regex(rf"[ \t]*+({_KEYS})[ \t]*+=[ \t]*+")
#: A table's header, ``[a.b]``, or an array of tables', ``[[a.b]]``.
_HEADER: Final = regex(rf"[ \t]*+(\[\[?)[ \t]*+({_KEYS})[ \t]*+\]\]?")
_ONE_KEY: Final = regex(_KEY_PART)
_BASIC: Final = regex(r'"(?>(?:[^"\\\n]|\\.)*)"')
_LITERAL: Final = regex(r"'[^'\n]*+'")
#: An escape in a basic string: a backslash that ends a line (with the blanks after it),
#: a code point, or one character.
_ESCAPE: Final = regex(
    r"\\(?:[ \t]*+\r?\n[ \t\r\n]*+|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}|.)"
)
_SIMPLE: Final = {"n": "\n", "t": "\t", "r": "\n", '"': '"', "\\": "\\"}
_FIRST_LINE_END: Final = regex(r"\r?\n")
_MULTI_BASIC: Final = regex(r'"""(?>(?:[^"\\]|\\[\s\S]|"(?!""))*)"""(?:"{1,2}(?!"))?')
_MULTI_LITERAL: Final = regex(r"'''(?>(?:[^']|'(?!''))*)'''(?:'{1,2}(?!'))?")
#: A value that is no string, array or inline table: a date and time (which may hold a
#: space), a number, a boolean.
_OTHER: Final = regex(
    r"\d{4}-\d\d-\d\d(?:[Tt ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:[Zz]|[+-]\d\d:\d\d)?)?"
    r"|\d\d:\d\d(?::\d\d(?:\.\d+)?)?|[^\s,\]\}#]++"
)
#: Blanks, line ends and comments between two items of an array.
_GAP: Final = regex(r"(?>(?:[ \t\r\n,]++|#[^\n]*+)*)")
_SPACES: Final = regex(r"(?>(?:[ \t]++|#[^\n]*+)*)")
#: A string of words: prose (a word of two letters or more and a space).
_WORD: Final = regex(r"[^\W\d_]{2,}")
_SPACE: Final = regex(r"\s")


def is_toml(name: str) -> bool:
    """Whether the draft ``name`` is TOML to read as its values."""
    return name.lower().endswith(_SUFFIX)


class TomlLiterals(Literals):
    """A TOML value read from its text: a string without its quotes (a basic one's escapes
    read), a number grouped by underscores without them."""

    def __init__(self, text: str, values: dict[int, Any]) -> None:
        super().__init__(text)
        self.values = values  # by a literal's start: the value tomllib loads

    def prose(self, start: int, end: int) -> bool:
        value = self.values[start]
        return (
            isinstance(value, str)
            and _WORD.search(value) is not None
            and _SPACE.search(value.strip()) is not None
        )

    def no_figure(self, words: str, start: int, end: int) -> bool:
        return CHART_META.search(words) is not None or words.endswith("weight")

    def read(self, out: JsonOut, start: int, end: int) -> None:
        text = self.text
        if text.startswith(('"""', "'''"), start):
            # a line end right after the quotes is not read
            first = _past(_FIRST_LINE_END, text, start + 3)
            if text[start] == '"':
                _basic(out, text, first, end - 3)
            else:
                out.copy(text, first, end - 3)
        elif text[start] == '"':
            _basic(out, text, start + 1, end - 1)
        elif text[start] == "'":
            out.copy(text, start + 1, end - 1)
        elif "_" in text[start:end] and isinstance(self.values[start], (int, float)):
            out.read(text[start:end].replace("_", ""), start, end)
        else:
            out.copy(text, start, end)

    def value(self, start: int, end: int) -> str:
        return str(self.values[start])


def _basic(out: JsonOut, text: str, start: int, end: int) -> None:
    """A basic string's ``text[start:end]`` (its quotes dropped) read into ``out`` as
    :mod:`tomllib` reads it: its escapes decoded, a backslash that ends a line dropped
    with the line end and the blanks after it; each escape maps to where it is written."""
    out.decoded(text, start, end, _ESCAPE, _unescaped)


def _unescaped(escape: str) -> str:
    """A TOML escape's text ("" for a line-ending backslash or a control character)."""
    kind = escape[1]
    if kind in "uUx":
        code = int(escape[2:], 16)
        return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"
    return _SIMPLE.get(kind, "")


def read_toml(text: str) -> Plain | None:
    """``text``, a TOML draft, read as its values (see the module's docstring), with its
    map back to ``text``; None when it is no TOML."""
    import tomllib

    try:
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError):
        return None
    found = literals(text)
    if found is None:
        return None
    values: dict[int, Any] = {}
    kept: list[tuple[Path, int, int]] = []
    for path, start, end in found:
        value = value_at(data, path)  # None: none there (TOML has no null)
        if value is not None and not isinstance(value, (dict, list)):
            values[start] = value
            kept.append((path, start, end))
    return read_values(data, kept, TomlLiterals(text, values))


def literals(text: str) -> list[tuple[Path, int, int]] | None:
    """Each value of the TOML ``text`` that is no array or table, with its path of keys
    and indexes (an array of tables' element by its index) and the span of its literal,
    in order; None when the text is not read to its end (the file is read as it
    stands)."""
    out: list[tuple[Path, int, int]] = []
    table: Path = ()
    arrays: dict[Path, int] = {}  # an array of tables (its path as read) -> its last index
    pos, n = 0, len(text)
    while pos < n:
        pos = _past(_SPACES, text, pos)
        if pos >= n:
            break
        if text[pos] in "\r\n":
            pos += 1
            continue
        header = _HEADER.match(text, pos)
        if header is not None:
            keys = _keys(header.group(2))
            path = _resolve(keys, arrays)
            if header.group(1) == "[[":
                arrays[path] = arrays.get(path, -1) + 1
                path = (*path, arrays[path])
            table = path
            pos = header.end()
            continue
        key = _KEY.match(text, pos)
        if key is None:
            return None
        pos = _value(text, key.end(), (*table, *_keys(key.group(1))), out, 0)
        if pos < 0:
            return None
    return out


def _past(pattern: re.Pattern[str], text: str, pos: int) -> int:
    """Where ``pattern`` (which may match nothing) ends from ``pos``."""
    m = pattern.match(text, pos)
    return pos if m is None else m.end()


def _keys(written: str) -> Path:
    """A dotted key's parts, a quoted part without its quotes."""
    parts = []
    for m in _ONE_KEY.finditer(written):
        part = m.group()
        parts.append(part[1:-1] if part[0] in "\"'" else part)
    return tuple(parts)


def _resolve(keys: Path, arrays: dict[Path, int]) -> Path:
    """A table header's keys as a path into the data: an array of tables on the way is
    its last element (``[[stats.points]]`` under ``[[stats]]``)."""
    path: Path = ()
    for i, k in enumerate(keys):
        path = (*path, k)
        if i < len(keys) - 1 and path in arrays:
            path = (*path, arrays[path])
    return path


def _value(text: str, pos: int, path: Path, out: list[tuple[Path, int, int]], depth: int) -> int:
    """The value at ``pos`` read (its literals into ``out``); where it ends, or -1."""
    if depth > MAX_DEPTH or pos >= len(text):
        return -1
    ch = text[pos]
    if ch == "[":
        return _items(text, pos + 1, path, out, depth)
    if ch == "{":
        return _inline_table(text, pos + 1, path, out, depth)
    if text.startswith('"""', pos):
        m = _MULTI_BASIC.match(text, pos)
    elif text.startswith("'''", pos):
        m = _MULTI_LITERAL.match(text, pos)
    elif ch == '"':
        m = _BASIC.match(text, pos)
    elif ch == "'":
        m = _LITERAL.match(text, pos)
    else:
        m = _OTHER.match(text, pos)
    if m is None:
        return -1
    out.append((path, m.start(), m.end()))
    return m.end()


def _items(text: str, pos: int, path: Path, out: list[tuple[Path, int, int]], depth: int) -> int:
    """An array's items from ``pos`` (after its "["); where it ends, or -1."""
    i = 0
    while True:
        pos = _past(_GAP, text, pos)
        if pos >= len(text):
            return -1
        if text[pos] == "]":
            return pos + 1
        pos = _value(text, pos, (*path, i), out, depth + 1)
        if pos < 0:
            return -1
        i += 1


def _inline_table(
    text: str, pos: int, path: Path, out: list[tuple[Path, int, int]], depth: int
) -> int:
    """An inline table's keys and values from ``pos`` (after its "{"); where it ends, or
    -1."""
    while True:
        pos = _past(_GAP, text, pos)
        if pos >= len(text):
            return -1
        if text[pos] == "}":
            return pos + 1
        key = _KEY.match(text, pos)
        if key is None:
            return -1
        pos = _value(text, key.end(), (*path, *_keys(key.group(1))), out, depth + 1)
        if pos < 0:
            return -1
