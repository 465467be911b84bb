"""A draft saved as YAML (a graphics desk's chart data) read as a JSON draft is.

A chart's data is often kept as YAML::

    chart_id: gfx-0412-desertion
    width: 640
    series:
      - name: Desertion cases by military district, to December 2024
        points:
          - {label: Southern, value: 22580, unit: cases, qualifier: nearly}
    annotations:
      - {id: note-1, x: 0.62, text: "The UN puts desertions at over 50,000 since 2022."}

Read as it stands, every number was a figure (the chart's width, a note's position) and a
point's value a bare 22580, its qualifier and unit other keys' words. :func:`read_yaml`
reads its values as :mod:`.json_drafts` reads a JSON draft's: a mapping with a value field
beside a label, unit, qualifier or period is one figure with its context ("Southern: nearly
22580 cases."), a string of words is prose, another value is read after its key's words
unless the key names no figure (an id, a version, a width or a height, and here also a
position, ``x`` or ``y``, a size, a colour or an opacity; a colour's ``#b03a2e`` neither).

The file is composed with libyaml's safe loader (:data:`yaml.CSafeLoader`), never
constructing a tag's object; its nodes are walked once each (an alias is not walked again,
so a "billion laughs" file costs what its text does) and at most :data:`MAX_DEPTH` deep.
Each value's characters map back to where the file writes them (a quoted string's
escapes, a block scalar's lines), so a figure is placed on its line. A draft is YAML when
its name ends in ``.yaml`` or ``.yml``; one that does not parse is read as it stands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from desertcheck.audit.json_drafts import Literals, read_values
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.json_text import JsonOut, Path
    from desertcheck.typography import Plain

#: The deepest nesting of mappings and lists walked.
MAX_DEPTH: Final = 64
_SUFFIXES: Final = (".yaml", ".yml")
#: The last word of a key whose value is no figure in a chart's data, besides those of
#: a JSON draft: a position, a size, a colour, an opacity.
CHART_META: Final = regex(
    r"(?:^|\s)(?:x|y|dx|dy|x offset|y offset|size|font size|colour|color|opacity|zoom|"
    r"rotation|angle|margin|padding|stroke width|radius)\Z"
)
#: A colour: "#b03a2e", "#fff".
_COLOUR: Final = regex(r"#(?:[0-9a-fA-F]{3}){1,2}(?:[0-9a-fA-F]{2})?\Z")


def is_yaml(name: str) -> bool:
    """Whether the draft ``name`` is YAML to read as its values."""
    return name.lower().endswith(_SUFFIXES)


class YamlLiterals(Literals):
    """A YAML scalar read from its text: a quoted one without its quotes, a block one
    from its first line of text."""

    def __init__(self, text: str, styles: dict[int, tuple[str | None, str]]) -> None:
        super().__init__(text)
        self.styles = styles  # by a scalar's start: its style and its value

    def prose(self, start: int, end: int) -> bool:
        value = self.styles[start][1]
        return _WORD.search(value) is not None and _SPACE.search(value.strip()) is not None

    def no_figure(self, words: str, start: int, end: int) -> bool:
        value = self.styles[start][1].strip()
        return CHART_META.search(words) is not None or _COLOUR.match(value) is not None

    def read(self, out: JsonOut, start: int, end: int) -> None:
        style = self.styles[start][0]
        text = self.text
        if style == '"':
            out.literal(text, start, end)
        elif style == "'":
            out.copy(text, start + 1, end - 1)
        elif style in ("|", ">"):
            first = text.find("\n", start, end)
            out.copy(text, first + 1 if first >= 0 else end, end)
        elif "_" in text[start:end] and isinstance(_scalar_text(text[start:end]), (int, float)):
            # a number grouped by underscores ("16_000"), read as the number YAML reads
            out.read(text[start:end].replace("_", ""), start, end)
        else:
            out.copy(text, start, end)

    def value(self, start: int, end: int) -> str:
        return self.styles[start][1]


#: A string of words, prose: a word of two letters or more and a space ("A desk estimate
#: of about 60,000 ...").
_WORD: Final = regex(r"[^\W\d_]{2,}")
_SPACE: Final = regex(r"\s")


def read_yaml(text: str) -> Plain | None:
    """``text``, a YAML draft, read as its values (see the module's docstring), with its
    map back to ``text``; None when it is no YAML, or nests deeper than :data:`MAX_DEPTH`."""
    found: list[tuple[Path, int, int]] = []
    styles: dict[int, tuple[str | None, str]] = {}
    data = composed(text, 0, len(text), found, styles)
    if data is None:
        return None
    return read_values(data, found, YamlLiterals(text, styles))


def composed(
    text: str,
    start: int,
    end: int,
    found: list[tuple[Path, int, int]],
    styles: dict[int, tuple[str | None, str]],
) -> Any:
    """The YAML ``text[start:end]`` composed and walked (see :func:`_walk`), or None when it
    is no YAML or nests too deep."""
    import yaml

    from desertcheck.yamlload import flow_too_deep

    part = text[start:end]
    if flow_too_deep(part) is not None:
        return None
    try:
        node = yaml.compose(part, Loader=yaml.CSafeLoader)
    except (yaml.YAMLError, RecursionError):  # indented deeper than Python's stack
        return None
    if node is None:
        return None
    data = _walk(node, (), found, styles, set(), start)
    return None if data is _TOO_DEEP else data


_TOO_DEEP: Final = object()


def _walk(
    node: Any,
    path: Path,
    found: list[tuple[Path, int, int]],
    styles: dict[int, tuple[str | None, str]],
    seen: set[int],
    base: int = 0,
) -> Any:
    """The value of ``node`` (a mapping's keys and a scalar's value as text; a node met
    before, an alias, as None), its scalars gathered into ``found`` with their paths and
    spans (``base`` added: a part of a draft composed on its own)."""
    import yaml

    if len(path) > MAX_DEPTH:
        return _TOO_DEEP
    if id(node) in seen:
        return None
    seen.add(id(node))
    if isinstance(node, yaml.ScalarNode):
        start, end = base + node.start_mark.index, base + node.end_mark.index
        found.append((path, start, end))
        styles[start] = (node.style, node.value)
        return _scalar(node)
    if isinstance(node, yaml.SequenceNode):
        items = []
        for i, item in enumerate(node.value):
            value = _walk(item, (*path, i), found, styles, seen, base)
            if value is _TOO_DEEP:
                return value
            items.append(value)
        return items
    mapping: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if key is None or key in mapping:
            continue  # a complex or repeated key: not read
        seen.add(id(key_node))
        value = _walk(value_node, (*path, key), found, styles, seen, base)
        if value is _TOO_DEEP:
            return value
        mapping[key] = value
    return mapping


def _scalar(node: Any) -> Any:
    """A scalar's value as a JSON draft's would be: a plain number a number, a plain
    ``null``, ``~`` or nothing None, anything else text."""
    return _scalar_text(node.value) if node.style is None else node.value


def _scalar_text(value: str) -> Any:
    """A plain scalar's value: a number (underscores between its digits dropped, as YAML
    reads "16_000"), None, or the text ("nan", "inf" and "1__0" are text here)."""
    if value in ("", "~", "null", "Null", "NULL"):
        return None
    if not value.lstrip("+-")[:1].isdigit() and not value.lstrip("+-").startswith("."):
        return value
    bare = value.replace("_", "")
    try:
        return int(bare) if bare.lstrip("+-").isdigit() and "__" not in value else float(value)
    except ValueError:
        return value
