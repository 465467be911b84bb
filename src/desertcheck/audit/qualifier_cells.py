"""A table cell that holds a qualifier and nothing else qualifies the figure in the cell
before it.

A reporter's table keeps the source's hedge in a column of its own::

    | District  | Cases   | qual.  |
    | Southern  | 22,580  | nearly |
    | Leningrad | 3,050   | over   |

or a wiki table's ``| Southern || 22,580 || "nearly"``. Read as a sentence, the row's
figure is a bare 22,580 and its hedge a word after it, so the claim's "nearly 22,580" was a
``qualifier-drift``. A figure alone in its cell (or with its noun, "| 22,580 cases |
nearly |": a CSV row's value read with its unit), the next cell holding only a qualifier
("nearly", "over", "about", "at least", "up to", "~", in quotation marks or not: the words
the quantity parser reads before a number), takes that qualifier (:func:`cell_qualified`).
A cell of other words ("| Southern | 22,580 | Frontelligence |") or of a figure of its own
says nothing of it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

#: The rest of a figure's cell: blanks, or a noun or unit after it ("22,580 cases"), then a
#: cell border and the next cell up to its end. (A wiki table's border is "||" or "!!"; a
#: row's cell ends at the line's end.)
_NEXT_CELL: Final = regex(
    r"(?:[ \t\u00a0]++[^\W\d_][^|!\n\d]{0,30}?)?"
    r"[ \t\u00a0]*(?:\|\||!!|\|)[ \t\u00a0]*([^|!\n\d]{1,20}?)[ \t\u00a0]*(?=\||!!|\n|\Z)"
)
#: The start of a figure's cell: blanks after a cell border.
_CELL_START: Final = regex(r"[|!][ \t\u00a0]*\Z")
#: Quotation marks around a cell's words: '"nearly"', the source's own word.
_QUOTES: Final = "\"'“”‘’«»"


@lru_cache(maxsize=256)
def qualifier_of(words: str) -> str | None:
    """The qualifier ``words`` say on their own ("nearly": ``nearly``), None for other
    words: they must be all the parser reads before a number."""
    from desertcheck.quantity import parse_quantities

    found = parse_quantities(f"{words} 1")
    if len(found) != 1 or found[0].start != 0 or found[0].qualifier == "exactly":
        return None
    return found[0].qualifier


def next_cell(q: Quantity, blanked: str) -> str | None:
    """The words of the table cell after ``q``'s (lower case, quotation marks dropped), when
    ``q`` is alone and ``exactly`` in its cell; else None."""
    if q.qualifier != "exactly" or q.is_range:
        return None
    if not _CELL_START.search(blanked, max(0, q.start - 12), q.start):
        return None
    m = _NEXT_CELL.match(blanked, q.end)
    if m is None or not m[1].strip():
        return None
    return m[1].strip().strip(_QUOTES).strip().casefold()


def cell_qualified(q: Quantity, blanked: str) -> Quantity:
    """``q`` with the qualifier of the table cell after its own, when ``q`` is alone and
    ``exactly`` in its cell and that cell holds a qualifier alone; else ``q``."""
    words = next_cell(q, blanked)
    qualifier = qualifier_of(words) if words else None
    return replace(q, qualifier=qualifier) if qualifier else q
