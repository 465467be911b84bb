"""A table row's figure does not take the words of a later cell that holds a figure of its
own.

A row is read as one sentence, each figure judged on the words around it. A cell to the
figure's right that labels a figure of its own speaks of that figure: "| Refusal to serve,
all | over 4,600 | headline: over 4,500 |" (the headline's number beside the body's), "|
AWOL | 5,620 | desertion: 501 |". Its words ("headline", "desertion") are that figure's,
not the first one's; the cells before the figure (the row's label), those after it with
no figure and those whose figure has no label before it in its cell ("| 50 | 21 | 42% |":
a table's columns, named by its header) stay its words. So a figure's window in a table
row ends at the cell border before such a cell (:func:`cells_window`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

Span = tuple[int, int]

#: A word in a cell before its figure: the label that says what the figure is
#: ("headline: over 4,500", "desertion: 501").
_LABEL: Final = regex(r"[^\W\d_]{3,}")


def cells_window(blanked: str, span: Span, figures: list[Quantity], i: int) -> Span:
    """``span``, the window of ``figures[i]``, cut before the cell of the next figure when
    both stand in one row of a pipe table in different cells, and that cell has words
    before its figure."""
    if i + 1 >= len(figures):
        return span
    q, after = figures[i], figures[i + 1]
    if after.start >= span[1]:
        return span
    border = blanked.rfind("|", q.end, after.start)
    if border < 0 or _LABEL.search(blanked, border + 1, after.start) is None:
        return span
    line = blanked.rfind("\n", 0, q.start) + 1
    if not blanked[line : q.start].lstrip().startswith("|"):
        return span
    return span[0], border
