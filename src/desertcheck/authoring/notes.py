"""The notes a drafted claim carries for a person to settle: the ``todo:`` note of a
period read only as a guess, and the comments on a drafted statement."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from desertcheck.authoring.periods import COMPARISON
from desertcheck.checks.placeholder import TODO

if TYPE_CHECKING:
    from desertcheck.authoring.drafting import Draft
    from desertcheck.authoring.periods import PeriodGuess
    from desertcheck.quantity import Quantity

WRITE_PERIOD = "Write the period the figure covers, then remove this note."


def guessed(why: str, found: PeriodGuess) -> str:
    """The ``todo:`` note of a period read as a guess, saying why."""
    return f"{TODO}: {why}; {found.period}, read from “{found.words}”, is a guess. {WRITE_PERIOD}"


def published_guess(text: str, sentence: tuple[int, int] | None, published: str) -> str:
    """The ``todo:`` note of a figure dated by its source's publication date: its sentence
    names no period, or only one compared with ("more than double the number in 2023")."""
    found = COMPARISON.finditer(text, *sentence) if sentence else ()
    compared = next((m for m in found if re.search("[0-9]{4}", m.group())), None)
    names = (
        f"names only a period compared with (“{' '.join(compared.group().split())}”)"
        if compared
        else "names no period"
    )
    return (
        f"{TODO}: the sentence {names}; {published} is the source's publication date, a "
        f"guess. {WRITE_PERIOD}"
    )


#: The comment on the drafted statement of a figure in a table's row
ROW_NOTE = "a table's row, not a sentence: say it as one, without “todo: ”"


def signed_start(text: str, start: int) -> int:
    """The start of the figure at ``start`` with the plus sign written right before it
    ("+18%" in a table's change column): a quote and a statement keep the sign the source
    gives a rise, as they keep a fall's minus. The value stays the number (18): a plus
    sign changes no value, so a rise is a positive value and a fall a negative one."""
    before = text[start - 2 : start - 1] if start >= 2 else ""
    plus = start >= 1 and text[start - 1] == "+"
    return start - 1 if plus and not (before.isalnum() or before in "+-") else start


def table_statement(text: str, q: Quantity) -> str | None:
    """The statement of a figure in a Markdown table's row, which has no sentence: the
    row's label (its first cell), the column's header and the figure ("Lead, Failures:
    19"), behind ``todo:`` for a person to write as a sentence (verify flags it until
    then); None outside a table."""
    from desertcheck.authoring.scan import table_row
    from desertcheck.authoring.table_period import column_header

    row = table_row(text, q.start)
    if row is None:
        return None
    bars = [i for i in range(*row) if text[i] == "|"]
    cells = [" ".join(text[a + 1 : b].split()) for a, b in itertools.pairwise(bars)]
    column = sum(1 for i in bars if i < q.start) - 1
    label = cells[0] if column > 0 and cells and re.search(r"[^\W\d_]", cells[0]) else ""
    head = column_header(text, q.start)
    header = " ".join(text[head[0] : head[1]].split()) if head else ""
    said = ", ".join(w for w in (label, header) if w)
    figure = " ".join(text[signed_start(text, q.start) : q.end].split())
    return f"{TODO}: {said}: {figure}" if said else f"{TODO}: {figure}"


def statement_note(d: Draft, others: Iterable[str], option: str = "") -> str:
    """What to do about a drafted statement (the source's sentence) that states other
    figures than the claim's (``others``, as written): exports, fact sheets and ClaimReview
    show the statement. ``option`` names the option that gives another (add claim's)."""
    from desertcheck.vocabulary import figure_text

    told_all = [repr(o) for o in others]
    told = spoken_list(told_all[:3]) + (" and more" if len(told_all) > 3 else "")
    value = d.get("value")
    low_high = tuple(value) if isinstance(value, list) else value
    assert isinstance(low_high, (int, float, tuple))  # the figure's value, as drafted
    unit = str(d.get("unit"))
    figure = figure_text(low_high, str(d.get("qualifier")), None if unit == TODO else unit)
    return (
        f"the statement is the source's whole sentence, which also states {told}: say "
        f"this claim's figure ({figure}) in a statement of its own{option}, since "
        "exports, fact sheets and ClaimReview show it"
    )


def spoken_list(items: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
