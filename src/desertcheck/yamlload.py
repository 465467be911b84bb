"""A safe YAML reader that keeps every node's position and refuses what hides data.

PyYAML's ``safe_load`` keeps the last of two duplicate keys without a word and expands
aliases, which is how a few lines of YAML become gigabytes. This module reads the event
stream (libyaml's C parser when present) and builds plain Python values itself:

* duplicate keys, anchors and aliases, non-scalar keys and several documents in one file
  are refused with a :class:`YamlError` that carries the line and column;
* scalars are resolved with a small, YAML 1.2-like core schema: unquoted ``true``/``false``,
  ``null``/``~``/empty, decimal integers and floats. Everything else, quoted or not, stays a
  string — ``NO`` is not false, ``010`` is not 8, ``2024-02-22`` is not a date object — so
  the registry schema, not YAML 1.1, decides what a field's type is;
* the position of every value and every mapping key is recorded in :class:`Positions`,
  addressed by its path (``("claims", 3, "value")``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

try:  # libyaml's parser is much faster; fall back to the pure-Python one when absent
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Path = tuple[str | int, ...]

_INT = re.compile(r"[-+]?[0-9]+\Z")
_FLOAT = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)(?:[eE][-+]?[0-9]+)?\Z")
_NULL = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}


class YamlError(Exception):
    """A YAML problem at a place: ``code`` is a stable finding code."""

    def __init__(self, code: str, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.line = line
        self.column = column


@dataclass(slots=True)
class Positions:
    """1-based (line, column) of each value and of each mapping key, by path."""

    values: dict[Path, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path, tuple[int, int]] = field(default_factory=dict)

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


def _scalar(event: Any, line_offset: int) -> Any:
    value: str = event.value
    if event.tag not in (None, "!"):
        if event.tag == "tag:yaml.org,2002:str":
            return value
        raise YamlError(
            "yaml-tag",
            f"explicit tag {event.tag} is not allowed; write a plain value",
            *_pos(event.start_mark, line_offset),
        )
    if event.style is not None and event.style != "":
        return value  # quoted or block scalar: always a string
    if value in _NULL:
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    if _INT.match(value):
        digits = value.lstrip("+-")
        if len(digits) > 1 and digits.startswith("0"):
            return value  # 010 is a string here, never octal or 10
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
        events = yaml.parse(text, Loader=_Loader)
        return _build(events, positions, line_offset), positions
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1 + line_offset, mark.column + 1) if mark else (1 + line_offset, 1)
        problem = exc.problem or "invalid YAML"
        context = f" {exc.context}" if exc.context else ""
        started = exc.context_mark
        if started is not None and mark is not None and started.line != mark.line:
            context += f" (which starts at line {started.line + 1 + line_offset})"
        message = f"YAML syntax error: {problem}{context}"
        raise YamlError("yaml-syntax", message, line, col) from None
    except yaml.YAMLError as exc:  # e.g. reader errors on control characters
        raise YamlError("yaml-syntax", f"YAML error: {exc}", 1 + line_offset, 1) from None


def _build(events: Any, positions: Positions, line_offset: int) -> Any:
    root: Any = None
    documents = 0
    stack: list[list[Any]] = []  # each: [container, path, pending key]

    def attach(value: Any, event: Any) -> Path:
        nonlocal root
        if not stack:
            root = value
            path: Path = ()
        else:
            frame = stack[-1]
            container, cpath = frame[0], frame[1]
            if isinstance(container, list):
                path = (*cpath, len(container))
                container.append(value)
            else:
                key = frame[2]
                path = (*cpath, key)
                container[key] = value
                frame[2] = None
        positions.values[path] = _pos(event.start_mark, line_offset)
        return path

    for event in events:
        anchor = getattr(event, "anchor", None)
        if isinstance(event, yaml.AliasEvent) or anchor is not None:
            line, col = _pos(event.start_mark, line_offset)
            raise YamlError(
                "yaml-alias",
                "YAML anchors and aliases are not allowed; write the value out in full",
                line,
                col,
            )
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                line, col = _pos(event.start_mark, line_offset)
                raise YamlError(
                    "yaml-structure", "only one YAML document is allowed per file", line, col
                )
            continue
        if isinstance(event, yaml.ScalarEvent):
            value = _scalar(event, line_offset)
            if stack and isinstance(stack[-1][0], dict) and stack[-1][2] is None:
                frame = stack[-1]
                mapping, mpath = frame[0], frame[1]
                kpos = _pos(event.start_mark, line_offset)
                key = value if isinstance(value, str) else event.value
                if key in mapping:
                    first = positions.keys.get((*mpath, key))
                    where = f" (first at line {first[0]})" if first else ""
                    raise YamlError(
                        "yaml-duplicate-key",
                        f"duplicate key {key!r}{where}; YAML would silently keep only the last",
                        *kpos,
                    )
                frame[2] = key
                positions.keys[(*mpath, key)] = kpos
            else:
                attach(value, event)
            continue
        if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            if stack and isinstance(stack[-1][0], dict) and stack[-1][2] is None:
                line, col = _pos(event.start_mark, line_offset)
                raise YamlError("yaml-structure", "a mapping key must be a plain value", line, col)
            container: Any = {} if isinstance(event, yaml.MappingStartEvent) else []
            path = attach(container, event)
            stack.append([container, path, None])
            continue
        if isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            stack.pop()
            continue
        # StreamStart/End, DocumentEnd: nothing to build
    return root
