"""A chart's axis line holds its ticks, not statistics: "y-axis: 0 · 5,000 · 10,000 ·
15,000", "x axis: 2021, 2022, 2023", "ticks: 0 / 25 / 50 / 75 / 100".

A data story stored as its CMS keeps it ("::: chart {...}" blocks, a slide's chart notes):
the parser read each tick as a figure and audit reported it ``unsourced``.
:func:`axis_spans` gives the lines :mod:`.reading` skips: a line that opens with an axis
or ticks label and a colon, its figures three or more. A sentence that speaks of an axis
("the y-axis runs to 25,000 cases") is prose, and read.
"""

from __future__ import annotations

from typing import Final

from desertcheck.compiled import regex

#: A line opening with an axis label and a colon, and the rest of the line.
_AXIS_LINE: Final = regex(
    r"(?im)^[ \t>*-]*(?:[xy][ \t-]?axis|axis|ticks|gridlines?)(?:[ \t]+(?:ticks|labels))?"
    r"[ \t]*:(?P<ticks>[^\n]*)$"
)
_NUMBER: Final = regex(r"[0-9][0-9,.\u00a0\u202f]*")


def axis_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the tick lists of ``text``'s axis lines (see the module's docstring)."""
    return [
        m.span("ticks") for m in _AXIS_LINE.finditer(text) if len(_NUMBER.findall(m["ticks"])) >= 3
    ]
