"""The notes a drafted claim carries for a person to settle: the ``todo:`` note of a
period read only as a guess, and the comments on a drafted statement."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desertcheck.authoring.periods import COMPARISON
from desertcheck.checks.placeholder import TODO

if TYPE_CHECKING:
    from desertcheck.authoring.periods import PeriodGuess

_WRITE = "Write the period the figure covers, then remove this note."


def guessed(why: str, found: PeriodGuess) -> str:
    """The ``todo:`` note of a period read as a guess, saying why."""
    return f"{TODO}: {why}; {found.period}, read from “{found.words}”, is a guess. {_WRITE}"


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
        f"guess. {_WRITE}"
    )
