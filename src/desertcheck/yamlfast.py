"""The YAML that claims files are written in, read without an event stream.

The full loader (:mod:`desertcheck.yamlevents`) builds values from libyaml's events in
Python, an event at a time (some 220,000 events at 10,000 claims). Claims files use a
small part of YAML: block mappings of simple keys, block sequences (``- id: …``), plain
and quoted scalars on one line (a quoted one with a comment after it), ``|`` and ``>``
block scalars, one-line flow sequences of plain words (``tags: [a, b]``) and comments.
:func:`parse` reads that part a line at a time and gives up — returns ``None`` — the
moment it meets anything else: an anchor, alias or tag, a flow mapping, a quoted scalar
over several lines or with an escape other than a backslash's, a quote's, a line break's,
a tab's or a slash's, a plain scalar over several lines or with a comment after it, an
empty value, a duplicate key, deep nesting, a tab, a carriage return or any character
YAML refuses, a directive, a document marker. :func:`desertcheck.yamlload.load` then
reads the file with the full loader, so every refusal keeps its message and line; what
this module returns, values and positions alike, is what the full loader returns for the
same text (``tests/test_yamlfast.py`` compares both on generated documents and on every
YAML file of the repository).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Path = tuple[str | int, ...]
Pos = tuple[int, int]

#: A character YAML refuses or reads as a line break or a blank other than space (tab, CR,
#: NEL, LS, PS, BOM): looked for only in a text with a character Python does not print.
_OUTSIDE = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
#: A simple key and its colon, and the blanks before its value.
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]{0,99}):(?: +|\Z)")
#: A quoted scalar on one line, and any comment after it.
_SINGLE = re.compile(r"'((?:[^']|'')*)'(?: +#.*)?")
_DOUBLE = re.compile(r'"((?:[^"\\]|\\[\\"nt/])*)"(?: +#.*)?')
_ESCAPE = re.compile(r"\\(.)")
_ESCAPED = {"\\": "\\", '"': '"', "n": "\n", "t": "\t", "/": "/"}
_BLOCK = re.compile(r"([|>])(-?) *")
#: How a plain scalar may not start (``-`` may, before anything but a blank).
_NOT_PLAIN = frozenset("?:,[]{}#&*!|>'\"%@`")
#: How a plain scalar read by the shortest way may not start.
_SPECIAL = _NOT_PLAIN | {"-"}
#: How a plain scalar that may be a word or a number starts (any other is its text).
_RESOLVED = frozenset("0123456789+-.~nNtTfF")
#: Characters a one-line flow sequence of plain words may not hold.
_FLOW_BAD = re.compile(r"[\[\]{}#'\":?&*!|>%@`]")
_DEEPEST = 16


class _Outside(Exception):
    """The text leaves the subset: the full loader reads it."""


def parse(
    text: str,
    line_offset: int,
    values: dict[Path, Pos],
    keys: dict[Path, Pos],
    plain: Callable[[str], Any],
) -> tuple[Any] | None:
    """``(value,)`` of ``text`` with every position recorded in ``values`` and ``keys``, as
    :mod:`desertcheck.yamlload` records them; or None (the dicts then left half filled)
    when the text is outside the subset. ``plain`` resolves a plain scalar's text."""
    if not text.replace("\n", "").isprintable() and _OUTSIDE.search(text):
        return None  # (every character Python prints is one YAML allows)
    try:
        return (_Reader(text, line_offset, values, keys, plain).document(),)
    except _Outside:
        return None


class _Reader:
    def __init__(
        self,
        text: str,
        off: int,
        values: dict[Path, Pos],
        keys: dict[Path, Pos],
        plain: Callable[[str], Any],
    ) -> None:
        self.raw = raw = text.split("\n")
        lines: list[int] = []  # the lines with content (not blank, not only a comment)
        indents: list[int] = []
        contents: list[str] = []
        for i, line in enumerate(raw):
            s = line.lstrip(" ")
            if s and s[0] != "#":
                indent = len(line) - len(s)
                if not indent and s.startswith(("---", "...", "%")):
                    raise _Outside  # a document marker or a directive
                lines.append(i)
                indents.append(indent)
                contents.append(s)
        self.lines, self.indents, self.contents = lines, indents, contents
        self.n = len(lines)
        self.off = off + 1
        self.values, self.keys, self.plain = values, keys, plain

    def document(self) -> Any:
        if not self.n or self.indents[0]:
            raise _Outside
        value, k = self.node(0, ())
        if k < self.n:
            raise _Outside
        return value

    def node(self, k: int, path: Path) -> tuple[Any, int]:
        """The block sequence or mapping that starts at content line ``k``."""
        if len(path) > _DEEPEST:
            raise _Outside
        col = self.indents[k]
        self.values[path] = (self.lines[k] + self.off, col + 1)
        s = self.contents[k]
        if s[0] == "-" and s[1:2] == " ":
            return self.sequence(k, col, path)
        if _KEY.match(s):
            return self.mapping(k, col, path)
        raise _Outside

    def mapping(self, k: int, col: int, path: Path) -> tuple[dict[str, Any], int]:
        indents, contents, lines = self.indents, self.contents, self.lines
        n, off = self.n, self.off
        keys, values, plain, match = self.keys, self.values, self.plain, _KEY.match
        out: dict[str, Any] = {}
        while k < n and indents[k] == col:
            s = contents[k]
            m = match(s)
            if m is None:
                raise _Outside
            key = m.group(1)
            if key in out:
                raise _Outside
            kpath = (*path, key)
            keys[kpath] = (lines[k] + off, col + 1)
            end = m.end()
            if end < len(s):
                rest = s[end:]
                first = rest[0]
                if first not in _SPECIAL and " #" not in rest and ": " not in rest:
                    rest = rest.rstrip(" ")
                    if rest[-1] != ":":  # a plain scalar, the most common value
                        values[kpath] = (lines[k] + off, col + end + 1)
                        out[key] = plain(rest) if first in _RESOLVED else rest
                        k += 1
                        continue
                out[key], k = self.value(k, rest, col + end, kpath, col)
                continue
            k += 1
            if k < n and (indents[k] > col or (indents[k] == col and contents[k][:2] == "- ")):
                out[key], k = self.node(k, kpath)
            else:
                raise _Outside  # an empty value: null, or more than the subset
        if k < n and indents[k] > col:
            raise _Outside
        return out, k

    def sequence(self, k: int, col: int, path: Path) -> tuple[list[Any], int]:
        indents, contents, lines = self.indents, self.contents, self.lines
        n, off = self.n, self.off
        out: list[Any] = []
        while k < n and indents[k] == col:
            s = contents[k]
            if s[:2] != "- ":
                break
            rest = s[2:].lstrip(" ")
            icol = col + len(s) - len(rest)
            ipath = (*path, len(out))
            if _KEY.match(rest):
                self.values[ipath] = (lines[k] + off, icol + 1)
                indents[k], contents[k] = icol, rest
                item, k = self.mapping(k, icol, ipath)
            elif rest[:2] == "- " or not rest:
                raise _Outside
            else:
                item, k = self.value(k, rest, icol, ipath, col)
            out.append(item)
        if k < n and indents[k] > col:
            raise _Outside
        return out, k

    def value(self, k: int, rest: str, col: int, path: Path, indent: int) -> tuple[Any, int]:
        """The scalar (or flow sequence) ``rest`` that starts at ``col`` of content line
        ``k``, in a collection at ``indent``; and the next content line."""
        line = self.lines[k] + self.off
        self.values[path] = (line, col + 1)
        rest = rest.rstrip(" ")
        first = rest[0]
        if first == "'":
            m = _SINGLE.fullmatch(rest)
            if m is None:
                raise _Outside
            return m.group(1).replace("''", "'"), k + 1
        if first == '"':
            m = _DOUBLE.fullmatch(rest)
            if m is None:
                raise _Outside
            inner = m.group(1)
            if "\\" in inner:
                inner = _ESCAPE.sub(_unescape, inner)
            return inner, k + 1
        if first == "|" or first == ">":
            return self.block(k, rest, indent)
        if first == "[":
            return self.flow(rest, line, col, path), k + 1
        if first in _NOT_PLAIN or (first == "-" and rest[1:2] in ("", " ")):
            raise _Outside
        if " #" in rest or ": " in rest or rest[-1] == ":":
            raise _Outside
        return self.plain(rest), k + 1

    def block(self, k: int, header: str, indent: int) -> tuple[str, int]:
        """A ``|`` or ``>`` block scalar (clipped or stripped) of plain lines."""
        m = _BLOCK.fullmatch(header)
        if m is None:
            raise _Outside
        raw = self.raw
        i = self.lines[k] + 1
        first = raw[i] if i < len(raw) else ""
        inner = len(first) - len(first.lstrip(" "))
        if inner <= indent or not first.strip(" "):
            raise _Outside
        body: list[str] = []
        blank = False
        while i < len(raw):
            line = raw[i]
            if not line.strip(" "):
                if len(line) > inner:
                    raise _Outside  # spaces past the indentation: content, not a blank
                blank = True
            elif len(line) - len(line.lstrip(" ")) >= inner:
                if blank:
                    raise _Outside  # a blank line within: more than the subset
                body.append(line[inner:])
            else:
                break
            i += 1
        last = self.lines[k] + len(body)
        if last == len(raw) - 1:
            raise _Outside  # no line break after the last line
        if m.group(1) == ">":
            if any(b[0] == " " for b in body):
                raise _Outside
            text = " ".join(body)
        else:
            text = "\n".join(body)
        if not m.group(2):
            text += "\n"
        lines = self.lines
        while k < self.n and lines[k] < i:
            k += 1
        return text, k

    def flow(self, rest: str, line: int, col: int, path: Path) -> list[Any]:
        """A one-line flow sequence of plain words: ``[a, b c, 3]``."""
        if rest[-1] != "]" or _FLOW_BAD.search(rest, 1, len(rest) - 1):
            raise _Outside
        inner = rest[1:-1]
        if not inner.strip(" "):
            return []
        out: list[Any] = []
        at = col + 2
        for part in inner.split(","):
            word = part.strip(" ")
            if not word or (word[0] == "-" and word[1:2] in ("", " ")):
                raise _Outside
            self.values[(*path, len(out))] = (line, at + len(part) - len(part.lstrip(" ")))
            out.append(self.plain(word))
            at += len(part) + 1
        return out


def _unescape(m: re.Match[str]) -> str:
    return _ESCAPED[m.group(1)]
