"""Everything that reaches a person's terminal: consoles, safe text, tables, marks, styles.

Everything read from a registry or a draft is untrusted. It reaches the terminal only as
``rich.text.Text`` built from :func:`clean` (control characters, escape sequences and bidi
overrides removed, workflow-command openers such as ``##[`` and ``::`` broken by a word
joiner), never inside a markup string. rich is imported only when a report is drawn.
"""

from __future__ import annotations

import os
import re
import sys
import textwrap
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from desertcheck.findings import Severity
from desertcheck.text import defuse, sanitize

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.table import Table
    from rich.text import Text

#: One mark and one style for each status, severity and verdict, used by every report
#: (the HTML page's marks are these too).
MARK = {
    "verified": "✓",
    "supported": "✓",
    "warning": "⚠",
    # drifts fail the run like a mismatch: red, never the ⚠ of a warning that does not;
    # a contested figure, a warning, has the scales
    "qualifier-drift": "≈",
    "period-drift": "◷",
    "error": "✗",
    "mismatch": "✗",
    "info": "ℹ",
    "unsourced": "?",
    "contested": "⚖",
    "claim-fails-verify": "!",
}
STYLE = {
    "verified": "green",
    "supported": "green",
    "warning": "yellow",
    "qualifier-drift": "red",
    "period-drift": "red",
    "error": "red",
    "mismatch": "bold red",
    "info": "cyan",
    "unsourced": "magenta",
    "contested": "yellow",
    "claim-fails-verify": "magenta",
}
SEVERITY_STYLE = {s: STYLE[s.value] for s in Severity}

#: Width of a report written to a pipe or a file with no terminal to read it on (a CI log, a
#: file written unattended): wide, not the 80 columns of a guess.
PIPE_WIDTH = 200
#: Below this many columns, reports put each row on lines of its own instead of a table
#: (a claim id is up to 60 characters; a table narrower than this folds its findings thin).
NARROW = 140


def clean(text: object) -> str:
    """Untrusted text made safe for one line of a terminal, a plain-text report or a CI
    log: no control character, bidi override or workflow command (:func:`defuse`)."""
    return defuse(sanitize(str(text), keep_newlines=False))


def pipe_width() -> int:
    """The width of a report in a pipe or a file: the terminal's the reader sits at when
    stderr is one (``verify > out.txt``, ``scan | less``: the report is read there, as
    pytest and rich lay out for the terminal they know), else :data:`PIPE_WIDTH`."""
    from desertcheck.stderr import width

    return width() or PIPE_WIDTH


def stream_is_tty(*, stderr: bool = False) -> bool:
    if os.environ.get("FORCE_COLOR"):
        return True
    stream = sys.stderr if stderr else sys.stdout
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def console(*, stderr: bool = False) -> Console:
    """A console that prints text literally (no markup, no emoji codes, no auto-highlight).

    Colour follows rich's rules: off when the stream is not a terminal, off with NO_COLOR,
    forced with FORCE_COLOR. In a pipe the width is :data:`PIPE_WIDTH` unless COLUMNS
    says otherwise.
    """
    from rich.console import Console

    tty = stream_is_tty(stderr=stderr)
    width = None if tty or os.environ.get("COLUMNS") else pipe_width()
    return Console(
        stderr=stderr,
        markup=False,
        emoji=False,
        highlight=False,
        width=width,
        soft_wrap=not tty,  # lines in a pipe are never broken
    )


def draw(paint: Callable[[Console], None]) -> str:
    """What ``paint`` prints on a console for stdout, as text.

    In a terminal the text keeps its colours; in a pipe it is plain (written by
    :class:`~desertcheck.reporters.plain.PlainConsole`, which lays out what rich would,
    without rich's cost), and the spaces that tables pad rows with are trimmed from every
    line.
    """
    if not stream_is_tty():
        from desertcheck.reporters.plain import PlainConsole

        columns = os.environ.get("COLUMNS", "")
        if not columns:
            width = pipe_width()
        elif columns.isdigit() and int(columns) > 0:
            width = int(columns)
        else:
            width = console().width  # what rich makes of it
        plain = PlainConsole(width, console)
        paint(plain)  # type: ignore[arg-type]
        text = plain.text()
    else:
        con = console()
        with con.capture() as captured:
            paint(con)
        text = captured.get()
        if con.is_terminal:  # the same trim, around the colour codes that end a line
            return defuse("".join(_trimmed(line) for line in text.splitlines(keepends=True)))
    # the cells of a row, each clean, may still meet in a workflow command's opener
    return defuse("".join(line.rstrip() + "\n" for line in text.splitlines()))


_SGR = re.compile(r"\x1b\[[0-9;]*m")


def _trimmed(line: str) -> str:
    """``line`` without the spaces of its end, where only spaces and colour codes are: the
    codes stay. A scan from the end, linear in the line."""
    end = len(line) - (1 if line.endswith("\n") else 0)
    i, codes = end, []
    while i > 0:
        if line[i - 1] == " ":
            i -= 1
        elif (
            line[i - 1] == "m"
            and (j := line.rfind("\x1b[", 0, i)) >= 0
            and _SGR.fullmatch(line, j, i)
        ):
            codes.append(line[j:i])
            i = j
        else:
            break
    if i == end:
        return line
    return line[:i] + "".join(reversed(codes)) + line[end:]


def table(
    title: str | None,
    header: Sequence[str],
    *,
    ratios: Sequence[int | None] = (),
    whole: Sequence[str] = (),
) -> Table:
    """A table for a terminal: long values fold at spaces.

    ``ratios`` share the width between the columns (None: as wide as its content); the
    columns named in ``whole`` (ids) are never broken: an id cut in two is an id the reader
    cannot copy.
    """
    from rich import box
    from rich.table import Column, Table

    columns = []
    for i, name in enumerate(header):
        ratio = ratios[i] if i < len(ratios) else None
        columns.append(Column(name, overflow="fold", ratio=ratio, no_wrap=name in whole))
    return Table(
        *columns,
        title=clean(title) if title else None,
        box=box.SIMPLE_HEAD,
        title_justify="left",
        header_style="bold",
        expand=bool(ratios),
    )


#: What textwrap changes in a text of one line besides its ends: tabs and line breaks
_SPLIT = re.compile(r"[\t\n\x0b\x0c\r]")


def wrap(text: str, width: int, indent: str) -> list[str]:
    """Lines of at most ``width`` columns, broken at spaces only: no word is ever cut (a word
    longer than the line stands on a line of its own)."""
    if (
        len(indent) + len(text) <= max(width, 20)
        and text
        and not text[0].isspace()
        and not text[-1].isspace()
        and not _SPLIT.search(text)
    ):  # one line, as textwrap would make it, for a fraction of its time
        return [indent + text]
    return wrapped(text, width, indent)


def wrapped(text: str, width: int, indent: str) -> list[str]:
    """:func:`wrap` by textwrap, whatever the text; a figure grouped by spaces ("17 721")
    is never broken across two lines."""
    held = text if _HELD.search(text) else _GROUP_SPACE.sub(lambda m: _HOLD[m[0]], text)
    lines = textwrap.wrap(
        held,
        width=max(width, 20),
        initial_indent=indent,
        subsequent_indent=indent + "  ",
        break_long_words=False,
        break_on_hyphens=False,
    ) or [indent]
    if held is text:
        return lines
    return [_HELD.sub(lambda m: _GIVEN_BACK[m[0]], line) for line in lines]


def print_folded(con: Console, text: str, style: str = "") -> None:
    """``text`` (already clean) printed on lines of the console's width, broken at spaces
    as a finding's message is (:func:`wrap`: the lines after the first indented by two),
    in a pipe as in a terminal: a summary of 94 characters at ``COLUMNS=80`` is two lines."""
    from desertcheck.reporters.plaincells import kit

    Text, _ = kit(con)  # rich is not imported to write to a pipe
    for line in wrap(text, con.width, ""):
        con.print(Text(line, style=style))


def plain_rows(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Tab-separated lines for a pipe: one header line, then one clean line per row."""
    lines = ["\t".join(header)]
    lines.extend("\t".join(clean(c) for c in row) for row in rows)
    return "\n".join(lines) + "\n"


def safe_for_terminal(text: str) -> str:
    """A machine-readable report (CSV, Markdown, ...) made harmless for a terminal.

    In a pipe or a file the text is written exactly; in a terminal, control characters
    and bidi overrides that the data may carry are removed, so no registry text can drive
    the terminal.
    """
    return sanitize(text, keep_newlines=True) if stream_is_tty() else text


#: A space between the digit groups of one figure ("13 800", "50 500"): rich breaks a line
#: at any space, the no-break ones too, so a figure would be read as two
_GROUP_SPACE = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")
#: What each such space is while a text is wrapped: a character of one column that is no
#: space (of the private use area; a text that holds one is wrapped as it is)
_HOLD = {" ": "\ue000", "\u00a0": "\ue001", "\u202f": "\ue002"}
_HELD = re.compile("[" + "".join(_HOLD.values()) + "]")
_GIVEN_BACK = {held: space for space, held in _HOLD.items()}


def _figures_held(text: Text) -> Text:
    """``text`` with the spaces inside its figures held (:data:`_HOLD`) while it wraps: the
    same length, so its styles stay where they were."""
    plain = text.plain
    if _HELD.search(plain) or not _GROUP_SPACE.search(plain):
        return text
    held = text.copy()
    held.plain = _GROUP_SPACE.sub(lambda m: _HOLD[m[0]], plain)
    return held


def wrapped_text(text: Text, console: Console, width: int) -> list[Text]:
    """``text`` wrapped by rich within ``width``, a figure grouped by spaces ("17 721")
    never broken across two lines."""
    held = _figures_held(text)
    lines = list(held.wrap(console, width))
    if held is not text:  # the figures' spaces given back
        for line in lines:
            line.plain = _HELD.sub(lambda m: _GIVEN_BACK[m[0]], line.plain)
    return lines


class Indented:
    """A part indented by ``first`` spaces, the lines a text wraps to by ``rest``, with
    ``below`` blank lines after it.

    In a terminal the text wraps within the width; in a pipe, where lines are never broken
    (rich's Padding would cut them at the width), a text is one line. A part that is not a
    text (a grid, say) is padded; a group's parts are indented one by one (rich's Padding
    would cut a text of the group at the width in a pipe).
    """

    def __init__(
        self, part: RenderableType, first: int = 2, rest: int | None = None, below: int = 0
    ) -> None:
        self.part, self.first, self.below = part, first, below
        self.rest = first if rest is None else rest

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.console import Group
        from rich.padding import Padding
        from rich.text import Text

        if isinstance(self.part, Group):  # each of its texts indented as a text is
            for r in self.part.renderables:
                yield Indented(r, self.first, self.rest)
            if self.below:
                yield Text("\n" * (self.below - 1))
            return
        if not isinstance(self.part, Text):
            yield Padding(self.part, (0, 0, self.below, self.first))
            return
        if options.no_wrap:
            lines = [self.part]
        else:
            lines = wrapped_text(self.part, console, max(options.max_width - self.rest, 20))
        for i, line in enumerate(lines):
            line.rstrip()
            yield Text(" " * (self.rest if i else self.first)).append_text(line)
        if self.below:
            yield Text("\n" * (self.below - 1))
