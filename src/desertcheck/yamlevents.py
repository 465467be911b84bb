"""The full YAML loader: libyaml's event stream (its C parser when present) built into plain
values with their positions, for every file outside the subset that
:mod:`desertcheck.yamlfast` reads (see :mod:`desertcheck.yamlload`, whose rules these are).
Imported only for such a file: a registry of plain files never loads PyYAML."""

from __future__ import annotations

from typing import Any

import yaml

from desertcheck.codes import Code
from desertcheck.utf8 import line_column
from desertcheck.yamlload import (
    _NUMBER_START,
    _WORDS,
    MAX_DEPTH,
    PROSE,
    Path,
    Positions,
    YamlError,
    _comment_at,
    _plain,
    _too_deep,
    flow_too_deep,
)

try:  # libyaml's parser is much faster; fall back to the pure-Python one when absent
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


def _pos(mark: Any, line_offset: int) -> tuple[int, int]:
    return (mark.line + 1 + line_offset, mark.column + 1)


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
    return _plain(value)


def read(text: str, line_offset: int) -> tuple[Any, Positions]:
    """:func:`desertcheck.yamlload.load` by libyaml's events."""
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


def _alias(event: Any, line_offset: int) -> YamlError:
    return YamlError(
        Code.YAML_ALIAS,
        "YAML anchors and aliases are not allowed; write the value out in full",
        *_pos(event.start_mark, line_offset),
    )
