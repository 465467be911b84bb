"""A hedge cut off from its figure by a heading, as text taken from a PDF of two columns
sets them: "… accounts for nearly\\n   DISTRICT BREAKDOWN\\n22,580 cases": a line in
capitals between the two is a heading that the layout put there, and the hedge at the end
of the line before it (of its left column, where a right one runs beside it) is the
figure's."""

from __future__ import annotations

from desertcheck.compiled import regex
from desertcheck.quantity.context import qualifier_before

#: A line of capitals alone (a heading), right before the figure's line opens with it.
_HEADING_BETWEEN = regex(r"\n[ \t]*[A-Z][A-Z0-9 &/',:()-]{2,}[ \t]*\n[ \t]*\Z")
#: The gap between two columns set side by side.
_COLUMN_GAP = regex(r"\S[ \t]{3,}\S")


def hedge_over_heading(text: str, start: int) -> str | None:
    """The qualifier of the hedge that ends the line (or its left column) before a heading
    line that stands right before a figure at ``start``; None when there is none."""
    m = _HEADING_BETWEEN.search(text, max(0, start - 120), start)
    if m is None:
        return None
    line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
    gap = _COLUMN_GAP.search(line)
    left = (line[: gap.start() + 1] if gap else line).rstrip()
    found = qualifier_before(left + " ", len(left) + 1, 0)  # as if the figure followed
    if found is None or found[1] + len(found[2]) < len(left):
        return None
    return found[0]
