"""Messages on stderr: one line each, folded to the width of the terminal when stderr is
one, so that "file:line:col: error: ..." reads at 80 columns as it does at 200.

A line is folded at spaces only, never inside a word (a path, a URL, a claim id stays whole
to copy), its continuation lines indented by two spaces. In a pipe or a file a message
stays one line, for grep and for editors that jump to ``file:line:col``. Standard library
only: the entry point replays stored messages without loading the command line.
"""

from __future__ import annotations

import os
import sys
import textwrap


def width() -> int | None:
    """The columns of the terminal on stderr (``COLUMNS`` when set), or None when stderr is
    not a terminal."""
    try:
        if not sys.stderr.isatty():
            return None
        columns = os.environ.get("COLUMNS", "")
        if columns.isdigit() and int(columns) > 0:
            return int(columns)
        return os.get_terminal_size(sys.stderr.fileno()).columns or None
    except (AttributeError, ValueError, OSError):
        return None


def fold(line: str, columns: int | None) -> str:
    """``line`` in lines of at most ``columns`` characters, broken at spaces (a word longer
    than the line stands whole on a line of its own); unchanged when ``columns`` is None."""
    if columns is None or len(line) <= columns:
        return line
    return "\n".join(
        textwrap.wrap(
            line,
            width=max(columns, 20),
            subsequent_indent="  ",
            break_long_words=False,
            break_on_hyphens=False,
        )
    )


def write(lines: list[str] | tuple[str, ...]) -> None:
    """Each message on stderr, folded when stderr is a terminal."""
    columns = width()
    for line in lines:
        sys.stderr.write(fold(line, columns) + "\n")
    sys.stderr.flush()
