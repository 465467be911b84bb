"""A draft saved as JSON (a CMS's export of its fact boxes) read as its reader reads it.

A newsroom's CMS exports a fact box as JSON::

    {"id": "fb-overview", "revision": 17, "headline": "Desertion in numbers",
     "items": [{"key": "deserted", "label": "Soldiers who deserted", "value": 50000,
                "unit": "soldiers", "qualifier": "over", "period": "since 2022",
                "source": "UN Special Rapporteur"}],
     "body": "The UN Special Rapporteur says over 50,000 soldiers have deserted ...",
     "word_count": 412}

Read as it stands, every number was a figure (the revision, the word count, a site id,
an image's width), and an item's value was a bare 50000: its qualifier, unit and period
were other keys' words, so the claim's "over 50,000" was a ``qualifier-drift``.

:func:`read_json` reads the JSON's values in the order the file writes them, each a
paragraph of its own:

* an object with a value field ("value", "figure", "amount", "number") beside at least
  one field naming its label, unit, qualifier or period (:data:`_ROLES`) is one figure
  with its context, as a table's row is: "label: qualifier value unit, period (source)."
  (its other fields, a key or an id, are not read);
* a string of words (a headline, a body, a note, a poll's question) is prose;
* any other value, a number or a string with no space, is read after its key's words
  ("yes_pct": 63: "yes pct: 63.") unless its key names something that is no figure
  (:data:`_META`: an id, a revision, a version, a timestamp, an image's width, a count of
  words); ``true``, ``false`` and ``null`` are not read.

Each character read maps back to where the file writes it (a qualifier or unit read
before or after the value from the other side of it maps to the value's own place), so
each figure is placed on its line of the file. A draft is JSON when its name ends in
``.json`` or its text is an object or a list (:func:`is_json`); text that does not parse
as JSON is read as it stands.
"""

from __future__ import annotations

import json
from typing import Any, Final

from desertcheck.audit.json_text import JsonOut, Path, scalars
from desertcheck.compiled import regex
from desertcheck.typography import Plain

_SUFFIX: Final = ".json"
#: The fields of a figure's object, by role (a key's words, lower case, "_" and "-" as
#: spaces).
_ROLES: Final = {
    "value": frozenset({"value", "figure", "amount", "number", "val", "quantity"}),
    "label": frozenset({"label", "name", "title", "indicator", "measure", "metric"}),
    "qualifier": frozenset({"qualifier", "qual", "hedge", "modifier", "approximation"}),
    "unit": frozenset({"unit", "units", "unit of measure", "uom"}),
    "period": frozenset({"period", "time period", "timeframe", "time frame", "date range"}),
    "source": frozenset({"source", "attribution", "via"}),
}
#: The order an object's fields are read in: "Soldiers who deserted: over 50000 soldiers,
#: since 2022 (UN Special Rapporteur)."
_ORDER: Final = ("label", "qualifier", "value", "unit", "period", "source")
_BEFORE: Final = {
    "label": "",
    "qualifier": " ",
    "value": " ",
    "unit": " ",
    "period": ", ",
    "source": " (",
}
_AFTER: Final = {"label": ":", "source": ")"}
#: The last word of a key whose value is no figure: an identifier, a revision or version,
#: a timestamp, a link, an image's size, a position in a list, a count of words.
_META: Final = regex(
    r"(?:^|\s)(?:id|ids|uid|uuid|guid|key|slug|rev|revision|version|seq|sequence|index|idx"
    r"|order|position|page|at|time|timestamp|date|updated|created|modified|published|src"
    r"|href|url|uri|path|file|filename|width|height|lang|language|type|kind|status|hash"
    r"|checksum|bytes|(?:word|char|character|line|item|page) count|words)\Z"
)
_DIGIT: Final = regex(r"\d")
#: A string of words: prose.
_WORDS: Final = regex(r"[^\W\d_]{2,}[^\n]*?\s")
#: A word of two letters or more.
_WORD_IN: Final = regex(r"[^\W\d_]{2,}")
#: A figure's value as a page shows it: a number and at most one word ("1.5 million",
#: "50K+", "~200,000"), read beside the value, not as a note of its own.
_SHOWN: Final = regex(r"[^\w\s]{0,2}\d[\d.,\u00a0\u202f ]*+(?:[^\W\d_]{1,12}\b)?[^\w\s]{0,2}")


def is_json(name: str, text: str) -> bool:
    """Whether the draft ``name`` of ``text`` is JSON to read as its values."""
    if name.lower().endswith(_SUFFIX):
        return True
    stripped = text.strip()
    return stripped[:1] in "{[" and stripped[-1:] in "}]" and '":' in stripped


def _words(key: Any) -> str:
    return str(key).replace("_", " ").replace("-", " ").strip().casefold()


def _role(key: Any) -> str | None:
    words = _words(key)
    return next((role for role, keys in _ROLES.items() if words in keys), None)


def figure_fields(obj: Any) -> dict[str, str] | None:
    """For an object that is one figure with its context: each of its roles' key."""
    if not isinstance(obj, dict):
        return None
    fields: dict[str, str] = {}
    for key in obj:
        role = _role(key)
        if role is not None and role not in fields:
            fields[role] = key
    value = obj.get(fields.get("value", ""))
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    context = fields.keys() & {"label", "qualifier", "unit", "period"}
    return fields if context else None


def value_at(data: Any, path: Path) -> Any:
    """The value at ``path`` in ``data``, or None when there is none."""
    for step in path:
        try:
            data = data[step]
        except (KeyError, IndexError, TypeError):
            return None
    return data


class Literals:
    """How a draft's value literals are read: a JSON string's quotes dropped and its escapes
    decoded (a YAML draft's literals: :mod:`.yaml_drafts`)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def prose(self, start: int, end: int) -> bool:
        """Whether the literal ``text[start:end]`` is a string of words."""
        text = self.text
        return text[start] == '"' and _WORDS.match(text, start + 1, end - 1) is not None

    def noted(self, start: int, end: int) -> bool:
        """Whether the literal ``text[start:end]`` is prose or a string holding a word and a
        space ("38 for every working day"): a note beside a figure is read."""
        text = self.text
        return self.prose(start, end) or (
            text[start] == '"'
            and " " in text[start:end]
            and _WORD_IN.search(text, start + 1, end - 1) is not None
        )

    def read(self, out: JsonOut, start: int, end: int) -> None:
        """The literal ``text[start:end]`` read into ``out``, mapped back to it."""
        out.literal(self.text, start, end)

    def no_figure(self, words: str, start: int, end: int) -> bool:
        """Whether the value ``text[start:end]`` of a key of ``words`` is no figure, besides
        the keys of :data:`_META`."""
        return False

    def value(self, start: int, end: int) -> str:
        """The literal's value as text (a qualifier read on the other side of a value)."""
        return str(json.loads(self.text[start:end]))


def read_json(text: str) -> Plain | None:
    """``text``, a JSON draft, read as its values (see the module's docstring), with its
    map back to ``text``; None when it is no JSON."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return read_values(data, scalars(text), Literals(text))


def read_values(data: Any, found: list[tuple[Path, int, int]], literals: Literals) -> Plain:
    """A draft's values read (see the module's docstring): ``data``, its values loaded;
    ``found``, each value that is no container with its path and the span of its literal,
    in order; ``literals``, how a literal is read."""
    out = JsonOut()
    read_into(out, data, found, literals)
    out.read("\n", len(literals.text), len(literals.text))
    out.back.append(len(literals.text))
    return Plain(out.text(), out.back, out.wide or None)


def read_into(
    out: JsonOut, data: Any, found: list[tuple[Path, int, int]], literals: Literals
) -> None:
    """The values of :func:`read_values` read into ``out`` (a part of a draft: a
    component's props, :mod:`.mdx`)."""
    text = literals.text
    spans = {path: (start, end) for path, start, end in found}
    done: set[Path] = set()
    for path, start, end in found:
        if not path or path[:-1] in done:
            continue
        parent = value_at(data, path[:-1])
        fields = figure_fields(parent)
        if fields is not None:
            done.add(path[:-1])
            where = {r: spans.get((*path[:-1], k)) for r, k in fields.items()}
            notes = _prose_fields(parent, fields, path[:-1], spans, literals)
            shown = [(a, b) for a, b in notes if _SHOWN.fullmatch(literals.value(a, b).strip())]
            _read_figure(out, literals, where, shown)
            for a, b in (n for n in notes if n not in shown):
                # a note beside the figure: a line of it runs on after it, as a caption
                # does; a longer note is a paragraph of its own
                out.read("\n\n" if "\n" in text[a:b] else " ", a, a)
                literals.read(out, a, b)
            continue
        key = next((k for k in reversed(path) if isinstance(k, str)), "")
        if literals.prose(start, end):
            out.read("\n\n", start, start)  # prose: a paragraph of its own
            literals.read(out, start, end)
            continue
        words = _words(key)
        if not _DIGIT.search(text, start, end) or not words or _META.search(words):
            continue  # a name, a flag, an id, a timestamp: no figure
        if literals.no_figure(words, start, end):
            continue
        out.read(f"\n\n{words}: ", start, start)
        literals.read(out, start, end)
        out.read(".", end - 1, end - 1)


def _prose_fields(
    obj: dict[Any, Any],
    fields: dict[str, str],
    path: Path,
    spans: dict[Path, tuple[int, int]],
    literals: Literals,
) -> list[tuple[int, int]]:
    """The spans of the fields of a figure's object besides its roles' that are strings of
    words (a note, a caption), in the file's order."""
    roles = set(fields.values())
    found = []
    for key in obj:
        span = spans.get((*path, key))
        if key not in roles and span is not None and literals.noted(*span):
            found.append(span)
    return sorted(found)


def _read_figure(
    out: JsonOut,
    literals: Literals,
    spans: dict[str, tuple[int, int] | None],
    shown: list[tuple[int, int]],
) -> None:
    """One figure's object read as a sentence from its fields' literals (``spans``): the
    qualifier and unit, in the figure's span, map to the value's side they are read on;
    the value as the page shows it (``shown``: "1.5 million" beside 1_500_000) is read in
    brackets after the value."""
    text = literals.text
    value = spans["value"]
    assert value is not None
    v0, v1 = value
    out.read("\n\n", v0, v0)
    first = True
    for role in _ORDER:
        span = spans.get(role)
        if span is None or text[span[0] : span[1]] in ("null", '""'):
            continue
        start, end = span
        at = v0 if role in ("qualifier", "value") else v1 - 1 if role == "unit" else start
        out.read("" if first else _BEFORE[role], at, at)
        first = False
        if (role == "qualifier" and start > v0) or (role == "unit" and start < v0):
            out.read(literals.value(start, end), at, at)  # read on the value's side
        else:
            literals.read(out, start, end)
        if role in _AFTER:
            out.read(_AFTER[role], end - 1, end - 1)
        if role == "value":
            for a, b in shown:
                out.read(" (", a, a)
                literals.read(out, a, b)
                out.read(")", b - 1, b - 1)
    out.read(".", v1 - 1, v1 - 1)
