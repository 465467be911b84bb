"""What a TOML syntax error in desertcheck.toml means, in words an editor can act on.

tomllib says where it stopped ("Illegal character '\\n' (at line 25, column 39)"), not
what the line lacks; :func:`explain` reads the line and names the mistake and its mend.
An error it does not know keeps the parser's words.
"""

from __future__ import annotations

import re

_AT = re.compile(r"\s*\(at (?:line \d+, column \d+|end of document)\)$")
_TWICE = re.compile(r"Cannot declare \(([^)]*)\) twice")
_DECIMAL_COMMA = re.compile(
    r"\s*+(?P<key>[A-Za-z0-9_.-]++)\s*+=\s*+(?P<whole>[+-]?[0-9]++),(?P<part>[0-9]++)\s*+(?:#.*)?$"
)


def explain(error: str, text: str, line: int) -> tuple[str, int]:
    """``not valid TOML: …`` for tomllib's ``error``, which it raised at ``line`` of
    ``text`` (1-based; 0 when unknown), and the line to show: for a string or a list left
    open, which tomllib finds only at the end of the file, the line that opens it."""
    said = _AT.sub("", error)
    lines = text.splitlines()
    if said in ('Expected "\'"', "Expected '\"'", "Unclosed array", "Unclosed inline table"):
        line = _opening_line(lines, said) or line
    if said == "Cannot overwrite a value" or _TWICE.match(said):
        twice = _set_twice(lines, line)
        if twice is not None:
            return f"not valid TOML: {twice[0]}", twice[1]
    raw = lines[line - 1] if 0 < line <= len(lines) else ""
    hint = _hint(said, raw)
    return (f"not valid TOML: {hint}" if hint else f"not valid TOML: {error}"), line


def _opening_line(lines: list[str], said: str) -> int:
    """The first line that leaves a string open (outside a multi-line string), or the
    last that opens a list or an inline table it does not close (0: none)."""
    found = 0
    block: str | None = None  # the triple quote of a multi-line string being read
    for no, raw in enumerate(lines, 1):
        if said.startswith("Expected"):
            for triple in ('"""', "'''"):
                if raw.count(triple) % 2 and block in (None, triple):
                    block = None if block else triple
                    break
            else:
                if block is None and _open_quote(raw) is not None:
                    return no
            continue
        opening, closing = ("[", "]") if "array" in said else ("{", "}")
        code = raw.split("#", 1)[0]
        if "=" in code and code.count(opening) > code.count(closing):
            found = no
    return found


def _hint(said: str, raw: str) -> str | None:
    if said.startswith(("Illegal character", "Unterminated string", 'Expected "\'"')):
        mark = _open_quote(raw)
        if mark is not None:
            return (
                f"a string opened with {mark} is not closed on this line: end it with "
                f"{mark} (a quoted value stays on one line)"
            )
    if said.startswith("Unescaped '\\'"):
        return (
            'a backslash in a "…" string starts an escape: write it \\\\, or put the '
            "value in single quotes '…'"
        )
    if said.startswith("Expected newline or end of document"):
        comma = _DECIMAL_COMMA.match(raw)
        if comma is not None:
            return (
                "write a decimal point, not a comma: "
                f"{comma['key']} = {comma['whole']}.{comma['part']}"
            )
        if raw.lstrip().startswith("["):
            return "a table's header ends its line: put what follows on the next line"
        return "a value ends its line: put what follows on a line of its own, or after a #"
    if said == "Invalid value":
        return (
            'the value after = is not one TOML reads: put text in quotes ("…"), write a '
            "number or true/false as it is, a list in [ ]"
        )
    if said == "Expected '=' after a key in a key/value pair" and "=" not in raw:
        return "a setting is written key = value (like tolerance = 0.05): this line has no ="
    if said.startswith(("Expected '='", "Invalid statement", "Invalid initial character")):
        return (
            "a line is a [table], a key = value, or a comment starting with #; quote a key "
            'that holds spaces or other signs ("my key" = …)'
        )
    if said in ("Unclosed array", "Unclosed inline table"):
        if "array" in said:
            return "a list opened with [ is not closed: end it with ]"
        return "a table opened with { is not closed: end it with }"
    if said.startswith("Expected ']"):
        return "a table's header is written [name] (or [[name]]), closed on its line"
    twice = _TWICE.match(said)
    if twice is not None:
        name = ".".join(p.strip().strip("'\"") for p in twice[1].split(",") if p.strip())
        return f"the table [{name}] is declared twice: put its settings under one [{name}]"
    if said == "Cannot overwrite a value":
        return "a key is set twice (or a table repeats a key set above): keep one"
    return None


def _set_twice(lines: list[str], line: int) -> tuple[str, int] | None:
    """What is set twice at ``line`` (1-based) and where it was set first, and the line to
    fix: a key and its two lines; a ``[table]`` and a ``[[table]]`` of one name, at the
    ``[table]`` (each of a list is written ``[[table]]``). None when it cannot be told."""
    from desertcheck.tomllines import _dotted, _header, _key

    if not 0 < line <= len(lines):
        return None
    raw = lines[line - 1]
    array, table = _array_header(raw), _header(raw)
    if array is not None or table is not None:
        name, other = (array, False) if array is not None else (table, True)
        for no, before in enumerate(lines[: line - 1], 1):
            if (_array_header(before) if other else _header(before)) == name:
                one, many = (line, no) if other else (no, line)
                return (
                    f"[{name}] at line {one} is one table, but [[{name}]] at line {many} "
                    f"makes a list of them: write each one [[{name}]]",
                    one,
                )
        return None
    key = _key(raw)
    if key is None:
        return None
    start, where = 0, ""  # the line of the table the key is in, and its name
    for no in range(line - 1, 0, -1):
        array = _array_header(lines[no - 1])
        name = array or _header(lines[no - 1])
        if name is not None:
            start, where = no, f" in [[{name}]]" if array else f" in [{name}]"
            break
    for no in range(start + 1, line):
        earlier = _key(lines[no - 1])
        if earlier is not None and _dotted(earlier) == _dotted(key):
            return f"{_dotted(key)!r} is set twice{where} (lines {no} and {line}): keep one", line
    return None


def _array_header(raw: str) -> str | None:
    """The name in a ``[[table]]`` line, or None for other lines."""
    line = raw.strip()
    if not line.startswith("[[") or "]]" not in line:
        return None
    name, rest = line[2:].split("]]", 1)
    rest = rest.strip()
    return ".".join(p.strip() for p in name.split(".")) if not rest or rest[0] == "#" else None


def _open_quote(raw: str) -> str | None:
    """The quotation mark of a string the line leaves open, if any."""
    mark = None
    i = 0
    while i < len(raw):
        c = raw[i]
        if mark is None:
            if c == "#":
                break
            if c in "\"'":
                mark = c
        elif c == "\\" and mark == '"':
            i += 1
        elif c == mark:
            mark = None
        i += 1
    return mark
