"""Shared output plumbing: consoles, safe text, numbers, JSON and spreadsheet-safe CSV.

Everything read from a registry or a draft is untrusted. It reaches the terminal only as
``rich.text.Text`` built from :func:`clean` (control characters, escape sequences and bidi
overrides removed), never inside a markup string, and it reaches a CSV cell only through
:func:`csv_cell` (a leading ``=``, ``+``, ``-``, ``@``, tab or CR is neutralised as OWASP's
CSV-injection guidance says).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from desertcheck.text import sanitize

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from desertcheck.model import Claim

QUALIFIER_WORDS = {
    "exactly": "",
    "about": "about",
    "over": "over",
    "at-least": "at least",
    "nearly": "nearly",
    "up-to": "up to",
    "between": "between",
}


def clean(text: object) -> str:
    """Untrusted text made safe for one line of a terminal or a plain-text report."""
    return sanitize(str(text), keep_newlines=False)


def console(*, stderr: bool = False) -> Console:
    """A console that prints text literally (no markup, no emoji codes, no auto-highlight).

    Colour follows rich's rules: off when the stream is not a terminal, off with NO_COLOR,
    forced with FORCE_COLOR.
    """
    from rich.console import Console

    tty = stream_is_tty(stderr=stderr)
    return Console(
        stderr=stderr,
        markup=False,
        emoji=False,
        highlight=False,
        width=None if tty else 200,  # tables in a pipe: wide, not the 80 columns of a guess
        soft_wrap=not tty,  # lines in a pipe are never broken
    )


def stream_is_tty(*, stderr: bool) -> bool:
    if os.environ.get("FORCE_COLOR"):
        return True
    stream = sys.stderr if stderr else sys.stdout
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@contextlib.contextmanager
def trimmed(con: Console) -> Iterator[Console]:
    """Print through ``con``; in a pipe, without the trailing spaces tables pad rows with."""
    if con.is_terminal:
        yield con
        return
    with con.capture() as captured:
        yield con
    con.file.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))


def is_terminal() -> bool:
    """Whether stdout is a terminal (tables then; plain tab-separated lines in a pipe)."""
    return stream_is_tty(stderr=False)


def format_number(x: float) -> str:
    """50000 -> '50,000'; 2.4 -> '2.4'; 0.6667 -> '0.6667'."""
    if math.isinf(x):
        return "∞"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.4f}".rstrip("0").rstrip(".")


def figure(claim: Claim) -> str:
    """A claim's figure as a reader says it: 'over 50,000 soldiers', '20–30 percent'."""
    words = QUALIFIER_WORDS[claim.qualifier]
    if isinstance(claim.value, tuple):
        words = ""  # "20–30 percent", not "between 20–30 percent"
        number = f"{format_number(claim.value[0])}–{format_number(claim.value[1])}"
    else:
        number = format_number(claim.value)
    return " ".join(p for p in (words, number, claim.unit) if p)


# Characters JSON may carry raw but a terminal would act on: DEL, C1 controls, bidi
# controls, line and paragraph separators. to_json writes them as \uXXXX escapes, so the
# data stays exact and `cat`-ing the output stays harmless.
_JSON_UNSAFE = re.compile("[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def to_json(data: Any, *, indent: int | None = 2) -> str:
    """JSON text; ``indent=None`` for one line (JSON Lines)."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_CSV_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A value safe for a spreadsheet cell: numbers stay numbers, formula text is neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return value
    text = str(value)
    if text.startswith(_CSV_TRIGGERS):
        return "'" + text
    return text


def write_csv(
    out: TextIO, header: Sequence[str], rows: Iterable[Sequence[object]], *, bom: bool = False
) -> None:
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([csv_cell(v) for v in row])


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]], *, bom: bool = False) -> str:
    buf = io.StringIO()
    write_csv(buf, header, rows, bom=bom)
    return buf.getvalue()


def emit(text: str) -> None:
    """Write a machine-readable report (CSV, Markdown, ...) to stdout.

    In a pipe or a file the text is written exactly. In a terminal, control characters
    and bidi overrides that the data may carry are removed first, so no registry text can
    drive the terminal.
    """
    if is_terminal():
        text = sanitize(text, keep_newlines=True)
    sys.stdout.write(text)
    sys.stdout.flush()


def plain_rows(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Tab-separated lines for a pipe: one header line, then one clean line per row."""
    lines = ["\t".join(header)]
    lines.extend("\t".join(clean(c) for c in row) for row in rows)
    return "\n".join(lines) + "\n"


def table(title: str | None, header: Sequence[str], *, whole: Sequence[str] = ()) -> Table:
    """A table for a terminal; columns named in ``whole`` (ids) are never broken."""
    from rich import box
    from rich.table import Column, Table

    # fold, never truncate: an id cut to "baghai-wa…" is an id the reader cannot use
    return Table(
        *(Column(h, overflow="fold", no_wrap=h in whole) for h in header),
        title=clean(title) if title else None,
        box=box.SIMPLE_HEAD,
        title_justify="left",
        header_style="bold",
    )


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all.

    The data goes to a temporary file in the same folder, is flushed to disk, and is then
    renamed over ``path``: an interrupted write never leaves a half-written file, and an
    existing file is replaced whole or kept as it was.
    """
    import tempfile

    target = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(target))
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=".desertcheck-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        if os.path.exists(target):
            os.chmod(tmp, os.stat(target).st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
