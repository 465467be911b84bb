"""The values of a JSON text where the text writes them, and their decoding with a map back.

A draft saved as JSON (a notebook, :mod:`.notebook`; a CMS's export, :mod:`.json_drafts`)
is read from its values, not its keys and brackets. :func:`scalars` finds each value (a
string, a number, ``true``, ``false`` or ``null``) with its path of keys and indexes and
the span of its literal, in order, without reparsing; :class:`JsonOut` gathers the text
read, each character with the offset in the draft it is read from (an escape such as
"\\u2013" maps to its first character), so a figure is placed on its line of the file.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Final

from desertcheck.compiled import regex
from desertcheck.offsetmap import OffsetMap

if TYPE_CHECKING:
    import re
    from collections.abc import Callable

#: A JSON string literal; its escapes.
_STRING: Final = regex(r'"(?>(?:[^"\\]|\\.)*)"')
#: A number or a literal name.
_OTHER: Final = regex(r"-?\d++(?:\.\d++)?(?:[eE][+-]?\d++)?|true|false|null")
_ESCAPE: Final = regex(
    r"\\(?:u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)"
)
_SIMPLE: Final = {"n": "\n", "t": "\t", "r": "\n", "b": "", "f": "", "/": "/", "\\": "\\", '"': '"'}
#: An underscore joining two words or a word and a number ("cases_to_dec_2024").
_JOINED: Final = regex(r"(?<=[^\W_])_(?=[^\W_])")

Path = tuple[Any, ...]


def scalars(text: str) -> list[tuple[Path, int, int]]:
    """Each value of the JSON ``text`` that is no object or list (a string, a number, a
    literal name; not a key) with its path of keys and indexes and the span of its
    literal, in order."""
    out: list[tuple[Path, int, int]] = []
    path: list[Any] = []
    kinds: list[str] = []  # per open container: "{" or "["
    index: list[int] = []  # per open list: its next item's index
    key: str | None = None
    pos, n = 0, len(text)
    while pos < n:
        ch = text[pos]
        if ch == '"' or ch in "-0123456789tfn":
            m = (_STRING if ch == '"' else _OTHER).match(text, pos)
            if m is None:
                if ch == '"':
                    return out
                pos += 1
                continue
            in_object = bool(kinds) and kinds[-1] == "{"
            after = text[m.end() : m.end() + 40].lstrip()
            if ch == '"' and in_object and key is None and after.startswith(":"):
                key = json.loads(m.group())
            else:
                if not kinds:
                    here: Path = ()
                else:
                    here = (*path, key) if in_object else (*path, index[-1])
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
        elif ch in "}]" and kinds:
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


class JsonOut:
    """The text read so far and its map back to the JSON text."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.back = OffsetMap()
        self.wide: dict[int, int] = {}

    def read(self, s: str, start: int, end: int) -> None:
        """``s`` read from the draft's ``text[start:end]`` (or written between two values,
        when ``end`` is ``start``): each of its characters maps to ``start``."""
        if s:
            self.parts.append(s)
            self.back.repeat(start, len(s))
            if end - start > 1:
                self.wide[start] = end

    def literal(self, text: str, start: int, end: int, joined: bool = False) -> None:
        """The value literal ``text[start:end]`` decoded (a string's quotes dropped, its
        escapes read); with ``joined``, an underscore between two words read as a space."""
        if text[start] != '"':
            self.copy(text, start, end, joined)
            return
        self.decoded(text, start + 1, end - 1, _ESCAPE, _unescaped, joined)

    def decoded(
        self,
        text: str,
        start: int,
        end: int,
        escape: re.Pattern[str],
        unescaped: Callable[[str], str],
        joined: bool = False,
    ) -> None:
        """``text[start:end]`` read with each ``escape`` in it decoded (``unescaped``), the
        escape's characters mapped to where it is written (JSON's and TOML's strings)."""
        pos = start
        for m in escape.finditer(text, start, end):
            self.copy(text, pos, m.start(), joined)
            self.read(unescaped(m.group()), m.start(), m.end())
            pos = m.end()
        self.copy(text, pos, end, joined)

    def copy(self, text: str, start: int, end: int, joined: bool = False) -> None:
        """``text[start:end]`` read as it is (``joined``: an underscore between words a
        space)."""
        if start < end:
            piece = text[start:end]
            self.parts.append(_JOINED.sub(" ", piece) if joined else piece)
            self.back.extend(range(start, end))

    def text(self) -> str:
        return "".join(self.parts)
