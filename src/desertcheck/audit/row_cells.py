"""A table row's figure does not take the words of a later cell that holds a figure of its
own.

A row is read as one sentence, each figure judged on the words around it. A cell to the
figure's right that holds another figure speaks of that figure: "| Refusal to serve, all |
over 4,600 | headline: over 4,500 |" (the headline's number beside the body's), "|
Verdicts in April 2025 | 848 | 38 per working day |" (a rate beside the count). Its words
("headline", "per working day") are that figure's, not the first one's; the cells before
the figure (the row's label) and those after it with no figure stay its words. So a
figure's window in a table row ends at the last cell border before the next figure of its
row (:func:`cells_window`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

Span = tuple[int, int]


def cells_window(blanked: str, span: Span, figures: list[Quantity], i: int) -> Span:
    """``span``, the window of ``figures[i]``, cut before the cell of the next figure when
    both stand in one row of a pipe table in different cells."""
    if i + 1 >= len(figures):
        return span
    q, after = figures[i], figures[i + 1]
    if after.start >= span[1]:
        return span
    border = blanked.rfind("|", q.end, after.start)
    if border < 0:
        return span
    line = blanked.rfind("\n", 0, q.start) + 1
    if not blanked[line : q.start].lstrip().startswith("|"):
        return span
    return span[0], border
