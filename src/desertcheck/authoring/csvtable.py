"""A CSV (or tab-separated) file imported as the Markdown table it is: a header row, a
rule, a row a record, so that ``scan`` and the claims read its cells as a table's
(each figure with its row's label and its column's header), as they read a table of a
Markdown or HTML source. Standard library only."""

from __future__ import annotations

import csv
import io

#: Characters a CSV separates its cells with, tried in this order when sniffing.
_DELIMITERS = ",;\t"


def markdown_table(text: str) -> str:
    """``text`` (a CSV file's) as a Markdown table; an empty string when it has no cell.

    The separator is the one the file uses (comma, semicolon or tab); quoted cells keep
    their commas; a line break inside a cell becomes a space and a ``|`` is written
    ``\\|``, so that each record stays one row; rows shorter than the header are padded
    with empty cells, and blank records left out."""
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, _DELIMITERS)
    except csv.Error:  # one column, or nothing to tell by: commas
        dialect = csv.excel
    rows = [
        [" ".join(cell.split()).replace("|", "\\|") for cell in row]
        for row in csv.reader(io.StringIO(text), dialect)
    ]
    rows = [row for row in rows if any(row)]
    if not rows:
        return ""
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.insert(1, "|" + "---|" * width)
    return "\n".join(lines) + "\n"
