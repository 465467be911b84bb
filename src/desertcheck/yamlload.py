"""A safe YAML reader that keeps every node's position and refuses what hides data.

PyYAML's ``safe_load`` keeps the last of two duplicate keys without a word and expands
aliases, which is how a few lines of YAML become gigabytes. This module builds plain
Python values itself: a file in the plain YAML that claims files are written in by
:mod:`desertcheck.yamlfast`, a line at a time, and any other from the event stream
(:mod:`desertcheck.yamlevents`: libyaml's C parser when present), with the same values and
positions either way:

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

from desertcheck import yamlfast
from desertcheck.codes import Code

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


#: Plain scalars that are not strings, by their text.
_WORDS: dict[str, Any] = {
    **dict.fromkeys(_NULL),
    **dict.fromkeys(_TRUE, True),
    **dict.fromkeys(_FALSE, False),
}
#: How a plain number may start: any other plain scalar is a string without a pattern tried.
_NUMBER_START = frozenset("0123456789+-.")
_NOT_A_WORD = object()


def _plain(value: str) -> Any:
    """A plain scalar's value: a word, a number or its text."""
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
    fast = yamlfast.parse(text, line_offset, positions.values, positions.keys, _plain)
    if fast is not None:
        return fast[0], positions
    from desertcheck import yamlevents  # libyaml's events: for a file outside the subset

    return yamlevents.read(text, line_offset)


#: Flow brackets, and what hides brackets from YAML: quoted scalars (a quote opens one only
#: where a value may start) and comments. Possessive, so linear on any input.
_FLOW_TOKENS = re.compile(
    r"""[\[\]{}]"""
    r"""|(?:^|(?<=[\s\[{,:]))(?:"(?>(?:[^"\\]|\\.)*)"?|'(?>(?:[^']|'')*)'?|\#[^\n]*+)""",
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


def stray_quote(value: object) -> str | None:
    """What is wrong with a prose value that loaded as plain text but ends in a double quote
    it never opened (``statement: Around 12% of calls were late."``: the opening quote
    lost), or None: a value with its quotes paired, or quoted as a whole, is fine."""
    if not isinstance(value, str) or not value.endswith('"') or value.count('"') % 2 == 0:
        return None
    return (
        'ends in a " that nothing opens: YAML read it as plain text with the quote in it; '
        "put back the opening quote, or delete the closing one"
    )


def _comment_at(line: str) -> int | None:
    """The column (0-based) where a YAML comment starts in what follows a plain value on
    its line, or None: a ``#`` after blanks."""
    rest = line.lstrip(" \t")
    return len(line) - len(rest) if rest.startswith("#") and rest != line else None
