"""A safe YAML reader that keeps every node's position and refuses what hides data.

PyYAML's ``safe_load`` keeps the last of two duplicate keys without a word and expands
aliases, which is how a few lines of YAML become gigabytes. This module reads the event
stream (libyaml's C parser when present) and builds plain Python values itself:

* duplicate keys, anchors and aliases, non-scalar keys and several documents in one file
  are refused with a :class:`YamlError` that carries the line and column;
* scalars are resolved with a small, YAML 1.2-like core schema: unquoted ``true``/``false``,
  ``null``/``~``/empty, decimal integers and floats. Everything else, quoted or not, stays a
  string — ``NO`` is not false, ``010`` is not 8, ``2024-02-22`` is not a date object — so
  the registry schema, not YAML 1.1, decides what a field's type is; an integer of more
  than :data:`MAX_INT_DIGITS` digits is never converted: it stays a :class:`TooLong`,
  which no field accepts (Python will not even read one of 4,300 digits);
* the position of every value and every mapping key is recorded in :class:`Positions`,
  addressed by its path (``("claims", 3, "value")``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from desertcheck.codes import Code
from desertcheck.utf8 import line_column

try:  # libyaml's parser is much faster; fall back to the pure-Python one when absent
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Path = tuple[str | int, ...]

_INT = re.compile(r"[-+]?[0-9]+\Z")
_FLOAT = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)(?:[eE][-+]?[0-9]+)?\Z")
_NULL = {"", "~", "null", "Null", "NULL"}
#: An integer with more digits is no statistic, and would overflow a float downstream.
MAX_INT_DIGITS = 30
#: Deeper nesting is refused: a registry needs four levels, and every level costs memory.
MAX_DEPTH = 32
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}


class YamlError(Exception):
    """A YAML problem at a place: ``code`` is a stable finding code."""

    def __init__(self, code: Code, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.line = line
        self.column = column


@dataclass(frozen=True, slots=True)
class TooLong:
    """An unquoted integer of more than :data:`MAX_INT_DIGITS` digits, kept as its text."""

    text: str

    @property
    def digits(self) -> int:
        return len(self.text.lstrip("+-"))

    def __str__(self) -> str:
        return self.text


@dataclass(slots=True)
class Positions:
    """1-based (line, column) of each value and of each mapping key, by path."""

    values: dict[Path, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path, tuple[int, int]] = field(default_factory=dict)
    #: Plain (unquoted) values of prose fields (:data:`PROSE`) that a comment follows on
    #: their line, and where its ``#`` is: "quote: ranked #1 of 20" is read "ranked".
    cut: dict[Path, tuple[int, int]] = field(default_factory=dict)

    def of(self, path: Path, *, key: bool = False) -> tuple[int, int]:
        """Position of ``path``; falls back to the nearest recorded ancestor."""
        table = self.keys if key else self.values
        p = tuple(path)
        while p:
            if p in table:
                return table[p]
            if key and p in self.values:
                return self.values[p]
            p = p[:-1]
        return self.values.get((), (1, 1))


def _pos(mark: Any, line_offset: int) -> tuple[int, int]:
    return (mark.line + 1 + line_offset, mark.column + 1)


#: Plain scalars that are not strings, by their text.
_WORDS: dict[str, Any] = {
    **dict.fromkeys(_NULL),
    **dict.fromkeys(_TRUE, True),
    **dict.fromkeys(_FALSE, False),
}
#: How a plain number may start: any other plain scalar is a string without a pattern tried.
_NUMBER_START = frozenset("0123456789+-.")
_NOT_A_WORD = object()


def _scalar(event: Any, line_offset: int) -> Any:
    value: str = event.value
    tag = event.tag
    if tag is not None and tag != "!":
        if tag == "tag:yaml.org,2002:str":
            return value
        raise YamlError(
            Code.YAML_TAG,
            f"explicit tag {tag} is not allowed; write a plain value",
            *_pos(event.start_mark, line_offset),
        )
    if event.style:
        return value  # quoted or block scalar: always a string
    word = _WORDS.get(value, _NOT_A_WORD)
    if word is not _NOT_A_WORD:
        return word
    if value[0] not in _NUMBER_START:
        return value
    if _INT.match(value):
        digits = value.lstrip("+-")
        if len(digits) > 1 and digits.startswith("0"):
            return value  # 010 is a string here, never octal or 10
        if len(digits) > MAX_INT_DIGITS:
            return TooLong(value)
        return int(value)
    if _FLOAT.match(value):
        return float(value)
    return value


def load(text: str, *, line_offset: int = 0) -> tuple[Any, Positions]:
    """Parse one YAML document from ``text``.

    Returns the value (``None`` for an empty document) and its positions. Raises
    :class:`YamlError` on syntax errors and on everything this module refuses.
    ``line_offset`` is added to every line (for YAML embedded in a larger file).
    """
    positions = Positions()
    try:
        loader = _Loader(text)
        try:
            return _Builder(positions, line_offset, text).build(loader), positions
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        # libyaml (0.2.5 as bundled since PyYAML 6.0.2) stops flow nesting in its scanner,
        # which looks ahead a whole flow collection before our depth check sees an event:
        # judge depth from the text itself, not from libyaml's wording.
        deep = flow_too_deep(text)
        if deep is not None:
            line, column = line_column(text, deep)
            raise _too_deep(line + line_offset, column) from None
        from desertcheck.yamlhints import syntax_message  # only for a file that fails

        raise YamlError(Code.YAML_SYNTAX, *syntax_message(exc, text, line_offset)) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow (NUL, ...)
        line, column = line_column(text, max(0, min(int(exc.position), len(text))))
        char = f"U+{exc.character:04X}" if isinstance(exc.character, int) else repr(exc.character)
        raise YamlError(
            Code.YAML_SYNTAX,
            f"character {char} is not allowed in YAML; remove it",
            line + line_offset,
            column,
        ) from None
    except yaml.YAMLError as exc:
        raise YamlError(Code.YAML_SYNTAX, f"YAML error: {exc}", 1 + line_offset, 1) from None


#: Flow brackets, and what hides brackets from YAML: quoted scalars (a quote opens one only
#: where a value may start) and comments. Possessive, so linear on any input.
_FLOW_TOKENS = re.compile(
    r"""[\[\]{}]"""
    r"""|(?:^|(?<=[\s\[{,:]))(?:"(?:[^"\\]|\\.)*+"?|'(?:[^']|'')*+'?|\#[^\n]*+)""",
    re.MULTILINE,
)


def flow_too_deep(text: str) -> int | None:
    """Offset of the first flow bracket nested deeper than :data:`MAX_DEPTH`, or None.

    Quoted scalars and comments are skipped, so brackets inside them do not count.
    """
    depth = 0
    for m in _FLOW_TOKENS.finditer(text):
        char = m.group()[0]
        if char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return m.start()
        elif char in "]}":
            depth = max(0, depth - 1)
    return None


def _too_deep(line: int, column: int) -> YamlError:
    return YamlError(
        Code.YAML_STRUCTURE,
        f"nested more than {MAX_DEPTH} levels deep; a registry needs a handful",
        line,
        column,
    )


#: Fields of prose, where a ``#`` after a blank is more likely text than a comment.
PROSE = frozenset({"quote", "statement", "note", "title", "reason"})
_SCALAR: Any = yaml.ScalarEvent
_MAPPING: Any = yaml.MappingStartEvent
_SEQUENCE: Any = yaml.SequenceStartEvent
_ENDS: Any = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


class _Builder:
    """Plain values from a YAML event stream, with their positions recorded.

    One loop over the events, dispatched on each event's class, with the open containers
    on a stack of ``[container, path, pending key, is a mapping]``: a registry of 10,000
    claims is some 220,000 events, and this loop is most of what reading it costs.
    """

    def __init__(self, positions: Positions, line_offset: int, text: str = "") -> None:
        self.positions = positions
        self.line_offset = line_offset
        self.documents = 0
        self.text = text
        self.lines: list[str] | None = None  # the text's lines, split when first needed

    def build(self, loader: Any) -> Any:
        off = self.line_offset
        more, next_event = loader.check_event, loader.get_event
        values = self.positions.values
        stack: list[list[Any]] = []
        root: Any = None
        while more():
            event = next_event()
            cls = event.__class__
            if cls is _SCALAR:
                if event.anchor is not None:
                    raise _alias(event, off)
                value = event.value
                if event.tag is not None or (
                    not event.style and (value in _WORDS or value[0] in _NUMBER_START)
                ):
                    value = _scalar(event, off)  # a tag, a word or a number: else a string
                mark = event.start_mark
                pos = (mark.line + 1 + off, mark.column + 1)
                if not stack:
                    root = value
                    values[()] = pos
                    continue
                frame = stack[-1]
                container = frame[0]
                if frame[3]:  # a mapping: this scalar is its next key, or that key's value
                    key = frame[2]
                    if key is None:
                        self.key(frame, value, event, pos)
                        continue
                    container[key] = value
                    frame[2] = None
                    values[(*frame[1], key)] = pos
                    if key in PROSE and not event.style:
                        self.cut_by_comment((*frame[1], key), event.end_mark)
                else:
                    values[(*frame[1], len(container))] = pos
                    container.append(value)
            elif cls in _ENDS:
                stack.pop()
            elif cls is _MAPPING or cls is _SEQUENCE:
                if event.anchor is not None:
                    raise _alias(event, off)
                mark = event.start_mark
                pos = (mark.line + 1 + off, mark.column + 1)
                mapping = cls is _MAPPING
                opened: Any = {} if mapping else []
                if not stack:
                    root = opened
                    path: Path = ()
                else:
                    frame = stack[-1]
                    container = frame[0]
                    if frame[3]:
                        key = frame[2]
                        if key is None:
                            raise YamlError(
                                Code.YAML_STRUCTURE, "a mapping key must be a plain value", *pos
                            )
                        path = (*frame[1], key)
                        container[key] = opened
                        frame[2] = None
                    else:
                        path = (*frame[1], len(container))
                        container.append(opened)
                    if len(stack) >= MAX_DEPTH:
                        raise _too_deep(*pos)
                values[path] = pos
                stack.append([opened, path, None, mapping])
            elif cls is yaml.AliasEvent:
                raise _alias(event, off)
            elif cls is yaml.DocumentStartEvent:
                self.documents += 1
                if self.documents > 1:
                    raise YamlError(
                        Code.YAML_STRUCTURE,
                        "only one YAML document is allowed per file",
                        *_pos(event.start_mark, off),
                    )
            # StreamStart/End, DocumentEnd: nothing to build
        return root

    def cut_by_comment(self, path: Path, end: Any) -> None:
        """Record ``path`` in :attr:`Positions.cut` when a comment follows its value."""
        if self.lines is None:
            self.lines = self.text.split("\n")
        if end.line >= len(self.lines):
            return
        line = self.lines[end.line]
        at = _comment_at(line[end.column :])
        if at is not None:
            column = end.column + at
            self.positions.cut[path] = (end.line + 1 + self.line_offset, column + 1)

    def key(self, frame: list[Any], value: Any, event: Any, pos: tuple[int, int]) -> None:
        """Make ``value`` the open mapping's pending key; a key seen before is refused."""
        mapping, mpath = frame[0], frame[1]
        key = value if isinstance(value, str) else event.value
        if key in mapping:
            first = self.positions.keys.get((*mpath, key))
            where = f" (first at line {first[0]})" if first else ""
            raise YamlError(
                Code.YAML_DUPLICATE_KEY,
                f"duplicate key {key!r}{where}; YAML would silently keep only the last",
                *pos,
            )
        frame[2] = key
        self.positions.keys[(*mpath, key)] = pos


def _comment_at(line: str) -> int | None:
    """The column (0-based) where a YAML comment starts in what follows a plain value on
    its line, or None: a ``#`` after blanks."""
    rest = line.lstrip(" \t")
    return len(line) - len(rest) if rest.startswith("#") and rest != line else None


def _alias(event: Any, line_offset: int) -> YamlError:
    return YamlError(
        Code.YAML_ALIAS,
        "YAML anchors and aliases are not allowed; write the value out in full",
        *_pos(event.start_mark, line_offset),
    )
