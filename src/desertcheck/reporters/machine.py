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
from collections.abc import Callable, Iterable, Sequence
from json.encoder import encode_basestring as _quoted  # the C escaper, as json.dumps's
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
        if indent is None:  # the C encoder
            text = json.dumps(data, ensure_ascii=False, allow_nan=False)
        else:
            text = _indented(data, indent)
    except ValueError:  # a non-finite float somewhere: rare, so only then walk the data
        text = json.dumps(_finite(data), ensure_ascii=False, indent=indent, allow_nan=False)
    return terminal_safe(text)


def terminal_safe(text: str) -> str:
    """JSON text with the characters a terminal would act on written as ``\\uXXXX``
    escapes (as :func:`to_json` writes them), and a workflow command's opener ``##[`` (a
    CI runner acts on it anywhere in a line of the log) as ``#\\u0023[``: the same data
    once parsed, as JSON can only hold it inside a string. ASCII text has none of the
    characters but DEL (U+007F; the others are past it): only the opener and DEL are
    looked for, not every character (a report of ten thousand claims)."""
    if "##[" in text:
        text = text.replace("##[", "#\\u0023[")
    if text.isascii() and "\x7f" not in text:
        return text
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class _Unusual(Exception):
    """A value :func:`_indented` leaves to :func:`json.dumps`."""


def _indented(data: Any, indent: int) -> str:
    """``json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False)``, the same
    text, written faster: with an indent, the standard library takes its pure-Python
    encoder (a generator per value), which at 10,000 claims was most of a JSON report.
    Strings go through the same C escaper. Anything but dicts with string keys, lists,
    tuples, strings, ints, finite floats, booleans and None (or a str, int or float of a
    subclass, as an enum is, written as json.dumps writes it) is left to
    :func:`json.dumps`, which gives the same text, or the same error."""
    try:
        parts: list[str] = []
        _write(data, "\n", " " * indent, parts.append)
        return "".join(parts)
    except _Unusual:
        return json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False)


def _float(value: float) -> str:
    if not math.isfinite(value):
        raise _Unusual  # json.dumps refuses it; to_json writes it as null
    return float.__repr__(value)


#: How a value of each of these exact types is written (a container: by :func:`_write`).
_PLAIN: dict[type, Callable[[Any], str]] = {
    str: _quoted,
    int: int.__repr__,
    float: _float,
    bool: lambda value: "true" if value else "false",
    type(None): lambda _: "null",
}


def _flat(o: dict[Any, Any], pad: str, inner: str) -> str | None:
    """A dict of plain values (a claim's status, a finding) in one piece, or None."""
    try:
        items = [_quoted(k) + ": " + _PLAIN[type(v)](v) for k, v in o.items()]
    except (KeyError, TypeError):  # a container among the values, a key not a string
        return None
    return "{" + inner + ("," + inner).join(items) + pad + "}"


def _write(o: Any, pad: str, step: str, put: Callable[[str], object]) -> None:
    """``o`` at the depth whose new line and indent is ``pad``."""
    kind = type(o)
    plain = _PLAIN.get(kind)
    if plain is not None:
        put(plain(o))
    elif kind is dict:
        if not o:
            put("{}")
            return
        inner = pad + step
        flat = _flat(o, pad, inner)
        if flat is not None:
            put(flat)
            return
        between = "," + inner
        put("{" + inner)
        first = True
        for key, value in o.items():
            if not isinstance(key, str):
                raise _Unusual  # json.dumps's conversion of other keys
            head = _quoted(key) + ": " if first else between + _quoted(key) + ": "
            first = False
            plain = _PLAIN.get(type(value))  # most values: written here, not by a call
            if plain is not None:
                put(head + plain(value))
            else:
                put(head)
                _write(value, inner, step, put)
        put(pad + "}")
    elif kind is list or kind is tuple:
        if not o:
            put("[]")
            return
        inner = pad + step
        between = "," + inner
        put("[" + inner)
        first = True
        for value in o:
            if not first:
                put(between)
            first = False
            _write(value, inner, step, put)
        put(pad + "]")
    elif isinstance(o, str):  # a StrEnum (a code): json.dumps writes its text
        put(_quoted(o))
    elif isinstance(o, int):  # an IntEnum: its number
        put(int.__repr__(o))
    elif isinstance(o, float):
        put(_float(o))
    else:
        raise _Unusual  # other types and containers: json.dumps's own rules


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
