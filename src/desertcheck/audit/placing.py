"""Where a figure is placed in its draft: at its number, when its qualifier was left on the
line above.

A page proof breaks lines where the measure ends, and a qualifier often stays at the end
of one line while its number opens the next ("… counted over\\n20,000 cases"). The figure
reads "over 20,000", but an editor looks for it where its number stands: its line and
column are those of its first digit when a line break comes before that digit
(:func:`number_start`); a figure in words, the first word after the break ("nearly" ending a
subtitle's cue, "ten per cent" opening the next); a figure all on one line is placed at its
start, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

_DIGIT: Final = regex(r"\d")
#: The first character after a figure's first line break.
_AFTER_BREAK: Final = regex(r"(?<=\n)\S|(?<=\n[ \t])\S|(?<=\n[ \t]{2})\S")


def number_start(q: Quantity) -> int:
    """The offset a figure is placed at: its first digit when a line break is before it
    in the figure's text, else its start."""
    d = _DIGIT.search(q.text)
    if d is None:  # in words ("nearly" over "ten per cent"): at the line's first word
        d = _AFTER_BREAK.search(q.text)
    if d is None or "\n" not in q.text[: d.start()]:
        return q.start
    return q.start + d.start()
