"""A forum's or a CMS's BBCode in a draft (called by :func:`desertcheck.draft.blank`).

"[b]More than 60,000[/b]", "[color=red]…[/color]": the tags around text on one line are
blanked and the text kept; struck-out text ("[s]15[/s]") is blanked whole, as ``~~15~~``
is. Lengths and lines are kept.
"""

from __future__ import annotations

import re
from typing import Final

_BBCODE: Final = re.compile(
    r"\[(b|i|u|s|strike|bold|italic|underline|em|strong|color|colour|size|font|highlight)"
    r"(?:=[^\[\]\n]{1,30})?\]([^\[\]\n]*+)\[/\1\]",
    re.IGNORECASE,
)
_NOT_NEWLINE: Final = re.compile(r"[^\n]")


def _unbbcode(m: re.Match[str]) -> str:
    if m.group(1).lower() in ("s", "strike"):
        return _NOT_NEWLINE.sub(" ", m.group())
    a, b = m.span(2)
    start = m.start()
    return " " * (a - start) + m.group(2) + " " * (m.end() - b)


def blank_bbcode(text: str) -> str:
    """``text`` with its BBCode tags blanked (struck-out text whole), as a reader sees it."""
    return _BBCODE.sub(_unbbcode, text) if "[/" in text else text
