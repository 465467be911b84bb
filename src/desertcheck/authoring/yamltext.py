"""Registry YAML written as text: scalars that read back as they were meant, comments that
stay on one line. Claims are appended as text (:mod:`.claimfile`), never by dumping a
parsed file, so the comments and layout a person wrote are kept."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence

# Characters YAML reads as line breaks or refuses raw (not "printable" in YAML 1.1): escaped
# inside double quotes, removed from comments.
_ESCAPE = re.compile("[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def scalar(value: object) -> str:
    """``value`` as a YAML flow scalar: text always double-quoted, numbers plain."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return number(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(scalar(v) for v in value) + "]"
    text = json.dumps(str(value), ensure_ascii=False)
    return _ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def number(value: float) -> str:
    """A figure as the registry writes it: 13400000, not 13400000.000000002; 2.3; 0.667."""
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {value}")
    if abs(value - round(value)) < 1e-6 * max(1.0, abs(value)):
        return str(round(value))
    if abs(value) < 1:
        return f"{value:.3f}".rstrip("0").rstrip(".")  # a share: 0.667
    return f"{value:.10g}"


def comment(text: str) -> str:
    """`` # text`` on one line, without control characters."""
    from desertcheck.text import sanitize

    return "  # " + " ".join(_ESCAPE.sub("", sanitize(text)).split())


_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SLUG_FIELDS = frozenset({"id", "measure", "scope", "source", "origin", "unit", "qualifier"})


def plain(key: str, value: object) -> str:
    """A slug field's value unquoted, as people write them; anything else via :func:`scalar`."""
    if (
        key in _SLUG_FIELDS
        and isinstance(value, str)
        and _SLUG.fullmatch(value)
        and not value.isdigit()
        and value not in ("true", "false", "null")
    ):
        return value
    if key == "tags" and isinstance(value, list | tuple):
        return "[" + ", ".join(plain("id", v) for v in value) + "]"
    return scalar(value)


def block(fields: Sequence[tuple[str, object, str | None]], indent: str = "  ") -> str:
    """One claim as a YAML list item: ``- id: ...`` then its fields, each with an optional
    trailing comment."""
    lines = []
    for i, (key, value, note) in enumerate(fields):
        lead = f"{indent}- " if i == 0 else f"{indent}  "
        lines.append(f"{lead}{key}: {plain(key, value)}{comment(note) if note else ''}")
    return "\n".join(lines) + "\n"
