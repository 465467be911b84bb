"""What is likely wrong behind a YAML syntax error, told so an editor can fix it.

libyaml says where it stopped and what it expected ("could not find expected ':'"); the
hints here name the usual mistake behind that (a tab, a missing ':', a quote left open, a
line indented off its mapping or list, an unclosed bracket) and point at the line where
the mistake is, which is not always where libyaml stopped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml


@dataclass(frozen=True, slots=True)
class _Syntax:
    """A syntax error from libyaml, and the text it is about, for the hints below to read."""

    mark: Any  # where libyaml stopped (or, without one, where the construct started)
    started: Any  # where the construct it was reading started, if it says
    problem: str
    context: str
    lines: list[str]
    line_offset: int

    def line_text(self, m: Any) -> str:
        return self.lines[m.line] if m is not None and 0 <= m.line < len(self.lines) else ""

    def indent(self, m: Any) -> str:
        raw = self.line_text(m)
        return raw[: len(raw) - len(raw.lstrip(" \t"))]

    def no(self, m: Any) -> int:
        """The line number of mark ``m`` as the user sees it."""
        return int(m.line) + 1 + self.line_offset

    @property
    def at_line_start(self) -> bool:
        return self.mark is not None and self.mark.column == len(self.indent(self.mark))


#: A hint, and the mark it is about (not always where libyaml stopped).
_Hint = tuple[str, Any]


def _tab_indent(s: _Syntax) -> _Hint | None:
    if s.mark is not None and "\t" in s.indent(s.mark):
        return f"line {s.no(s.mark)} is indented with a tab; YAML needs spaces", s.mark
    return None


def _tab(s: _Syntax) -> _Hint | None:
    if s.mark is not None and ("tab" in s.problem or "'\\t'" in s.problem):
        return f"line {s.no(s.mark)} has a tab where YAML expects spaces", s.mark
    return None


def _missing_colon(s: _Syntax) -> _Hint | None:
    if "expected ':'" in s.problem and "simple key" in s.context and s.started is not None:
        # where the key starts, not the line after it
        return f"line {s.no(s.started)} is not `key: value` — is a ':' missing?", s.started
    return None


def _colon_in_value(s: _Syntax) -> _Hint | None:
    if s.problem.startswith("mapping values are not allowed"):
        return (
            "a value containing ': ' must be quoted, or this line is indented differently "
            "from the field above"
        ), s.mark
    return None


def _open_quote(s: _Syntax) -> _Hint | None:
    if "quoted scalar" in s.context and s.started is not None:
        return f"a quoted value opened at line {s.no(s.started)} is never closed", s.started
    return None


def _after_quote(s: _Syntax) -> _Hint | None:
    if s.started is not None and s.mark is not None and not s.at_line_start:
        before = s.line_text(s.mark)[: s.mark.column].rstrip()
        if before.endswith(("'", '"')):
            opened = _opening_line([*s.lines[: s.mark.line], before[:-1]], before[-1])
            if opened is not None and opened < s.mark.line:
                return (
                    f"the quoted value opened at line {opened + 1 + s.line_offset} runs on to "
                    f"line {s.no(s.mark)}, where text follows its closing quote: close the "
                    f"quote on line {opened + 1 + s.line_offset}"
                ), s.mark
            return (
                f"text follows a closing quote on line {s.no(s.mark)}: quote the whole value, "
                "or close a quote left open above"
            ), s.mark
    return None


def _opening_line(lines: list[str], quote: str) -> int | None:
    """The line (0-based) of the quote that the last ``quote`` after ``lines`` closes: the
    same quote character before it, not escaped (``\\"`` in double quotes, ``''`` in
    single ones)."""
    text = "\n".join(lines)
    i = len(text)
    while True:
        i = text.rfind(quote, 0, i)
        if i < 0:
            return None
        if quote == '"' and text[i - 1 : i] == "\\":
            continue
        if quote == "'" and text[i - 1 : i] == "'":
            i -= 1  # an escaped quote, '': skip both
            continue
        return text.count("\n", 0, i)


def _mapping_indent(s: _Syntax) -> _Hint | None:
    if s.started is None or not s.at_line_start or "block mapping" not in s.context:
        return None
    if "expected key" in s.problem or s.problem.startswith("expected <block end>"):
        return (
            f"line {s.no(s.mark)} is not indented like the fields of the mapping that starts "
            f"at line {s.no(s.started)}"
        ), s.mark
    return None


def _list_indent(s: _Syntax) -> _Hint | None:
    if s.started is None or not s.at_line_start or "block collection" not in s.context:
        return None
    if "'-' indicator" in s.problem or s.problem.startswith("expected <block end>"):
        return (
            f"line {s.no(s.mark)} is not indented like the fields above it, nor is it a new "
            f"'- ' item of the list that starts at line {s.no(s.started)}"
        ), s.mark
    return None


def _open_bracket(s: _Syntax) -> _Hint | None:
    if "flow sequence" in s.context and s.started is not None:
        return (
            f"the '[' opened at line {s.no(s.started)} is not closed by ']' (or a ',' is missing)"
        ), _opened_or_seen(s)
    return None


def _open_brace(s: _Syntax) -> _Hint | None:
    if "flow mapping" in s.context and s.started is not None:
        return (
            f"the '{{' opened at line {s.no(s.started)} is not closed by '}}' (or a ',' is missing)"
        ), _opened_or_seen(s)
    return None


def _opened_or_seen(s: _Syntax) -> Any:
    """Where an unclosed bracket is pointed at: where it opened, when the parser found the
    problem on a later line indented no deeper than the bracket's own (the next field:
    ``unit: [homes`` is mended on its own line, not the next one's, where an editor
    jumping to the error would land); else where it was found (a ',' missing between the
    items of a list, on one line or spread over several)."""
    if s.mark is None or s.started is None or s.mark.line <= s.started.line:
        return s.mark
    if len(s.indent(s.mark)) > len(s.indent(s.started)):
        return s.mark  # an item of the bracket's, indented under it: the ',' missing there
    return s.started


#: The likely mistakes behind a syntax error, most telling first: the first that
#: recognises the error gives the hint.
_HINTS = (
    _tab_indent,
    _tab,
    _missing_colon,
    _colon_in_value,
    _open_quote,
    _after_quote,
    _mapping_indent,
    _list_indent,
    _open_bracket,
    _open_brace,
)


def syntax_message(exc: yaml.MarkedYAMLError, text: str, line_offset: int) -> tuple[str, int, int]:
    """What is likely wrong, with libyaml's words after it, and the line and column."""
    s = _Syntax(
        mark=exc.problem_mark or exc.context_mark,
        started=exc.context_mark,
        problem=exc.problem or "invalid YAML",
        context=exc.context or "",
        lines=text.splitlines(),
        line_offset=line_offset,
    )

    def place(m: Any) -> tuple[int, int]:
        return (s.no(m), m.column + 1) if m is not None else (1 + line_offset, 1)

    for recognise in _HINTS:
        found = recognise(s)
        if found is not None:
            hint, mark = found
            return (f"{hint} ({s.problem})", *place(mark))
    where = ""
    if s.started is not None and s.mark is not None and s.started.line != s.mark.line:
        where = f" (which starts at line {s.no(s.started)})"
    message = f"YAML syntax error: {s.problem} {s.context}{where}".rstrip()
    return (message, *place(s.mark))
