"""``desertcheck list``'s formats: table (plain tab-separated lines in a pipe), json, csv."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck.reporters import Formats, Options
from desertcheck.reporters.machine import csv_text, to_json
from desertcheck.reporters.terminal import (
    NARROW,
    clean,
    draw,
    plain_rows,
    stream_is_tty,
    table,
    wrap,
)
from desertcheck.selection import claim_record, claims_csv

if TYPE_CHECKING:
    from rich.console import Console

    from desertcheck.selection import ListResult

HEADER = ["id", "figure", "measure", "scope", "period", "source"]


def _rows(result: ListResult) -> list[list[str]]:
    return [[c.id, c.figure, c.measure, c.scope, str(c.period), c.source] for c in result.claims]


def render_table(result: ListResult, options: Options) -> str:
    if not stream_is_tty():
        return plain_rows(HEADER, _rows(result))
    return draw(lambda con: _paint(result, con))


def _paint(result: ListResult, con: Console) -> None:
    from rich.text import Text

    rows = _rows(result)
    if con.width < NARROW or not _fits(rows, con.width):
        for cid, fig, measure, scope, period, source in rows:
            con.print(Text(clean(cid), style="bold"))
            # each "·" kept with the item after it: a line never ends in one
            details = " ·\u00a0".join(clean(v) for v in (fig, measure, scope, period, source))
            for line in wrap(details, con.width, "  "):
                con.print(Text(line.replace("\u00a0", " ")))
    else:
        tbl = table(None, HEADER, whole=["id"])
        for row in rows:
            tbl.add_row(*(Text(clean(v)) for v in row))
        con.print(tbl)
    con.print(Text(f"{len(result.claims)} of {len(result.registry.claims)} claims", style="dim"))


def _fits(rows: list[list[str]], width: int) -> bool:
    """Whether the table fits ``width`` without cutting a word: ids, slugs, periods and
    source ids have no space to break at (only the figure has), so a table that would fold
    them is shown one claim to a few lines instead."""
    from rich.cells import cell_len

    widest = [cell_len(name) for name in HEADER]
    for row in rows:
        for i, value in enumerate(row):
            words = clean(value).split(" ") if HEADER[i] == "figure" else [clean(value)]
            widest[i] = max(widest[i], *(cell_len(w) for w in words))
    return sum(w + 2 for w in widest) + len(widest) + 1 <= width


def render_json(result: ListResult, options: Options) -> str:
    data = {
        "schema": "desertcheck/list/v1",
        "claims": [claim_record(c) for c in result.claims],
        "findings": [f.to_dict() for f in result.findings],
    }
    return to_json(data) + "\n"


def render_csv(result: ListResult, options: Options) -> str:
    return csv_text(*claims_csv(result.claims))


FORMATS: Formats = {"table": render_table, "json": render_json, "csv": render_csv}
