"""A Jupyter notebook (``.ipynb``) read as its reader reads it: its cells, not its JSON.

A notebook is JSON: each cell's lines are strings in a list ("source": ["## Verdicts\\n",
...]), its code's printed results are strings too ("text/plain": ["        district
cases_to_dec_2024\\n", "0       Southern              22580\\n", ...]), and around them
stand execution counts, ids and metadata. Read as it stands, a cell's figure shared its
sentence with the JSON's keys, "\\u2013" was no dash, the counts ("execution_count": 5)
were figures, and the printed table's rows ran into each other.

:func:`read_notebook` reads a markdown (or raw) cell as prose, each cell a block of its
own; a code cell's source is code and gives no figures; a code cell's outputs, a printed
value or table (an ``execute_result``'s or ``display_data``'s "text/plain", a stream's
"text"), are read as a table typed in fixed width is, each a block of its own, with an
underscore between two words of a column's name read as a space ("cases_to_dec_2024").
Execution counts, ids and metadata are not read. Each character read maps back to where
the notebook writes it (an escape such as "\\u2013" to its first character), so a figure
is placed on its line of the file.

A draft is a notebook when its name ends in ``.ipynb``, or its text is JSON with a list
of ``cells`` and an ``nbformat`` (:func:`is_notebook`).
"""

from __future__ import annotations

import json
from typing import Any, Final

from desertcheck.audit.json_text import JsonOut, scalars
from desertcheck.typography import Plain

_SUFFIX: Final = ".ipynb"


def is_notebook(name: str, text: str) -> bool:
    """Whether the draft ``name`` of ``text`` is a Jupyter notebook."""
    head = text.lstrip()[:1]
    if head != "{":
        return False
    if name.lower().endswith(_SUFFIX):
        return True
    return '"nbformat"' in text and '"cells"' in text


def _cell_part(path: tuple[Any, ...], cells: list[Any]) -> tuple[int, bool] | None:
    """For a string at ``path``: (its cell, whether it is an output), when it is a line of a
    markdown or raw cell's source or of a code cell's printed output; else None."""
    if len(path) < 3 or path[0] != "cells" or not isinstance(path[1], int):
        return None
    cell = cells[path[1]] if path[1] < len(cells) else None
    if not isinstance(cell, dict):
        return None
    if path[2] == "source" and len(path) <= 4:
        return (path[1], False) if cell.get("cell_type") in ("markdown", "raw") else None
    if path[2] == "outputs" and len(path) >= 5:
        keys = [k for k in path[4:] if isinstance(k, str)]
        if keys in (["text"], ["data", "text/plain"]):
            return path[1], True
    return None


def read_notebook(text: str) -> Plain | None:
    """``text``, a notebook, read as its cells (see the module's docstring), with its map
    back to ``text``; None when it is no notebook's JSON."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    cells = data.get("cells") if isinstance(data, dict) else None
    if not isinstance(cells, list):
        return None
    out = JsonOut()
    last: tuple[int, bool, tuple[Any, ...]] | None = None
    for path, start, end in scalars(text):
        part = _cell_part(path, cells)
        if part is None or text[start] != '"':
            continue
        block = (*part, path[:4] if part[1] else path[:3])
        if last is not None and block != last:
            out.read("\n\n", start, start)  # a cell, an output: a block of its own
        out.literal(text, start, end, part[1])
        last = block
    out.read("\n", len(text), len(text))
    out.back.append(len(text))
    return Plain(out.text(), out.back, out.wide or None)
