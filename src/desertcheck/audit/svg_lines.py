"""An SVG graphic's lines of text as its reader sees them (:mod:`.xml_drafts`).

An infographic places each label in a ``<text>`` of its own: a bar's label and its value
are two, written on one baseline ("Southern" at ``y="62"``, "22,580" at ``y="63"``). Read
one a paragraph, the value lost its label; read as one paragraph, every label ran into
one sentence. :func:`row_break` reads two ``<text>`` elements of one group on one baseline
(their ``y`` within half the font's size, by default 4 units apart) as one line, a space
between them, and a ``<tspan>`` placed on a row of its own (a ``y`` other than the row
before's, or a ``dy`` other than 0) as a line of its own within its ``<text>``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.xml_tree import Element

#: A coordinate or a length: its first number ("62", "1.5em", "12 40" a list of them).
_NUMBER: Final = regex(r"\s*+([-+]?(?:\d{1,12}(?:\.\d{1,12})?|\.\d{1,12}))")
_FONT_SIZE: Final = regex(r"font-size\s*+:\s*+([-+]?\d{1,6}(?:\.\d{1,6})?)")
#: How far apart two baselines may be and still be one, when no font size is given.
_NEAR: Final = 4.0


def row_break(before: Element | None, node: Element) -> str:
    """The break before ``node`` after its sibling ``before``: a space for a ``<text>`` on
    the baseline of the ``<text>`` before it, a line's end for a ``<tspan>`` on a row of
    its own; empty for its own (see the module's docstring)."""
    if node.name == "tspan":
        dy = _number(node.attrs.get("dy", ""))
        y = _number(node.attrs.get("y", ""))
        if dy:
            return "\n"
        if y is not None and (before is None or _number(before.attrs.get("y", "")) != y):
            return "\n" if before is not None else ""
        return ""
    if node.name != "text" or before is None or before.name != "text":
        return ""
    y, y_before = _number(node.attrs.get("y", "")), _number(before.attrs.get("y", ""))
    if y is None or y_before is None:
        return ""
    if node.attrs.get("transform") != before.attrs.get("transform"):
        return ""
    size = _font_size(node) or _font_size(before)
    near = size / 2 if size else _NEAR
    return " " if abs(y - y_before) <= near else ""


def _number(value: str) -> float | None:
    m = _NUMBER.match(value)
    return float(m.group(1)) if m else None


def _font_size(node: Element) -> float | None:
    size = _number(node.attrs.get("font-size", ""))
    if size is None:
        m = _FONT_SIZE.search(node.attrs.get("style", ""), 0, 2000)
        size = float(m.group(1)) if m else None
    return size
