"""``desertcheck fingerprint``'s formats: table (one line a source: old → new) and json."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck.reporters import Formats, Options
from desertcheck.reporters.machine import to_json
from desertcheck.reporters.terminal import clean, draw
from desertcheck.vocabulary import plural

if TYPE_CHECKING:
    from rich.console import Console

    from desertcheck.fingerprint import FingerprintResult, Stamp

SHORT = 12  # hex digits shown of a fingerprint: enough to tell two apart at a glance


def _short(digest: str | None) -> str:
    return f"{digest[:SHORT]}…" if digest else "(none)"


def line(stamp: Stamp) -> str:
    """``sources/x.md: (none) → 3f2a9c…``, ``… unchanged``, or why it was not written."""
    if stamp.problem:
        return f"{stamp.file}: not fingerprinted: {stamp.problem}"
    if not stamp.changed:
        return f"{stamp.file}: {_short(stamp.new)} unchanged"
    return f"{stamp.file}: {_short(stamp.old)} → {_short(stamp.new)}"


def render_table(result: FingerprintResult, options: Options) -> str:
    def paint(con: Console) -> None:
        from rich.text import Text

        for stamp in result.stamps:
            style = "red" if stamp.problem else "green" if stamp.changed else "dim"
            con.print(Text(clean(line(stamp)), style=style))
        changed = sum(s.changed for s in result.stamps)
        failed = sum(bool(s.problem) for s in result.stamps)
        summary = f"{plural(changed, 'fingerprint')} written"
        summary += f", {len(result.stamps) - changed - failed} unchanged"
        if failed:
            summary += f", {failed} not written"
        con.print(Text(summary, style="bold"))

    return draw(paint)


def render_json(result: FingerprintResult, options: Options) -> str:
    return to_json({"schema": "desertcheck/fingerprint/v1", **result.to_dict()}) + "\n"


FORMATS: Formats = {"table": render_table, "json": render_json}
