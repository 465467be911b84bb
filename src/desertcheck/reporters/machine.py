"""Writers for machine formats: JSON that no terminal acts on, CSV that no spreadsheet runs.

A CSV cell reaches a spreadsheet only through :func:`csv_cell`: a leading ``=``, ``+``,
``-``, ``@``, tab or CR is neutralised as OWASP's CSV-injection guidance says, also after
leading white space (which spreadsheets skip) and in the full-width forms ``＝＋－＠``
(which some spreadsheets read as the ASCII ones).
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

# Characters JSON may carry raw but a terminal would act on: DEL, C1 controls, bidi
# controls, line and paragraph separators. to_json writes them as \uXXXX escapes, so the
# data stays exact and `cat`-ing the output stays harmless.
_JSON_UNSAFE = re.compile("[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def to_json(data: Any, *, indent: int | None = 2) -> str:
    """JSON text; ``indent=None`` for one line (JSON Lines).

    Always valid JSON (RFC 8259): a number too large for a float (a 400-digit figure in a
    draft) is written as ``null``, never as ``Infinity`` or ``NaN``.
    """
    try:
        text = json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False)
    except ValueError:  # a non-finite float somewhere: rare, so only then walk the data
        text = json.dumps(_finite(data), ensure_ascii=False, indent=indent, allow_nan=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _finite(data: Any) -> Any:
    if isinstance(data, float):
        return data if math.isfinite(data) else None
    if isinstance(data, dict):
        return {k: _finite(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [_finite(v) for v in data]
    return data


_CSV_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def csv_cell(value: object) -> object:
    """A value safe for a spreadsheet cell: numbers stay numbers, formula text is neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return value
    text = str(value)
    if text.startswith(_CSV_TRIGGERS) or text.lstrip().startswith(_CSV_TRIGGERS):
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
