"""Where a setting stands in desertcheck.toml: the line of a table, of a key, of a list item.

tomllib gives values, not positions; this finds them in the text as written, in linear time
on any input (no pattern that can backtrack far), so a finding can say file:line.
"""

from __future__ import annotations

import bisect
import re


class Lines:
    """Find the line of a table or of a key inside a table, as written in the file.

    Everything is indexed once, in one pass over the lines with no backtracking
    pattern, so each look-up is a dictionary access and a big file stays quick.
    """

    def __init__(self, text: str) -> None:
        self.headers: dict[str, int] = {}  # table -> line of its first [table]
        self._sets: dict[str, list[tuple[int, str]]] = {}  # dotted key -> (line, raw line)
        self._strings: dict[str, list[int]] = {}  # quoted string -> lines it is on
        self._names: dict[int, frozenset[str]] = {}  # line -> the bare keys it sets
        table = ""
        for no, raw in enumerate(text.splitlines(), 1):
            header = _header(raw)
            if header is not None:
                table = _dotted(header)
                self.headers.setdefault(table, no)
                continue
            key = _key(raw)
            if key is not None:
                written = f"{table}.{_dotted(key)}" if table else _dotted(key)
                self._sets.setdefault(written, []).append((no, raw))
            for m in _STRING.finditer(raw):
                value = m["basic"] if m["basic"] is not None else m["literal"]
                self._strings.setdefault(value, []).append(no)
        self._sorted_headers = sorted(self.headers)
        self._sorted_sets = sorted(self._sets)

    def table(self, name: str) -> int:
        """The line of ``[name]`` (or of ``[name.sub]``, or of ``name.key = ...``)."""
        lines = [self.headers[h] for h in _below(self._sorted_headers, name)]
        if name in self.headers:
            lines.append(self.headers[name])
        return min(lines) if lines else self.key("", name)

    def key(self, table: str, key: str) -> int:
        """The line that sets ``key`` in ``table``, dotted keys and inline tables included."""
        full = f"{table}.{key}" if table else key
        direct = self._sets.get(full)
        if direct:
            return direct[0][0]
        # inside an inline table set on a line of its own: `severity = { key = ... }`
        parts = full.split(".")
        inline = sorted(
            row for i in range(1, len(parts)) for row in self._sets.get(".".join(parts[:i]), ())
        )
        for no, raw in inline:
            if key in self._bare_keys(no, raw):
                return no
        # made a table by a dotted key below it: `tolerance.x = 1`
        below = [self._sets[k][0][0] for k in _below(self._sorted_sets, full)]
        if below:
            return min(below)
        if table:
            return self.headers.get(table) or self.key(*parent(table))
        return 0

    def _bare_keys(self, no: int, raw: str) -> frozenset[str]:
        names = self._names.get(no)
        if names is None:
            names = self._names[no] = frozenset(m[1] for m in _BARE_KEY.finditer(raw))
        return names

    def item(self, table: str, key: str, value: str) -> int:
        """The line of string ``value`` in the array ``key`` of ``table``."""
        start = self.key(table, key)
        lines = self._strings.get(value, [])
        at = bisect.bisect_left(lines, start)
        return lines[at] if at < len(lines) else start


_KEY_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-\"' ")
# Possessive, and starting only where a run starts: linear on any line.
_BARE_KEY = re.compile(r"(?<![A-Za-z0-9_-])([A-Za-z0-9_-]++)\s*+=")
_STRING = re.compile(r""""(?P<basic>(?>(?:[^"\\\n]|\\.)*))"|'(?P<literal>[^'\n]*+)'""")


def _below(names: list[str], name: str) -> list[str]:
    """The dotted names under ``name`` (``name.x``, ``name.x.y``...) in sorted ``names``."""
    return names[bisect.bisect_left(names, name + ".") : bisect.bisect_left(names, name + "/")]


def _header(raw: str) -> str | None:
    """The name in a ``[table]`` line (not ``[[array]]``), or None for other lines."""
    line = raw.strip()
    if not line.startswith("[") or line.startswith("[["):
        return None
    close = line.find("]")
    if close < 0:
        return None
    name = line[1:close].strip()
    rest = line[close + 1 :].lstrip()
    if not name or "[" in name or (rest and not rest.startswith("#")):
        return None
    return name


def _key(raw: str) -> str | None:
    """The key a ``key = value`` line sets, as written (bare, dotted or quoted), or None."""
    line = raw.lstrip()
    name = line[: line.find("=")].rstrip() if "=" in line else ""
    if not name or not _KEY_CHARS.issuperset(name):
        return None
    return name


def _dotted(key: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in key.split("."))


def parent(table: str) -> tuple[str, str]:
    head, _, last = table.rpartition(".")
    return head, last
