"""The words of a sentence less the hedges of its numbers, for :mod:`.echo`.

A claim's statement "Some 58,000 children took part in the summer reading challenge"
and a draft's "Around 85,000 children took part in the summer reading challenge" repeat
the same words; "Some" and "Around" are each the figure's qualifier (read as
:func:`desertcheck.quantity.context.qualifier_before` reads them), part of the figure
that may differ, not words the draft must repeat."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from desertcheck.quantity.context import qualifier_before


def unhedged(text: str, tokens: Iterable[re.Match[str]]) -> Iterator[re.Match[str]]:
    """``tokens`` (matches in ``text``, in order) less the words of a qualifier right
    before a number: "Some" of "Some 58,000", "more than" of "more than 4,600"."""
    held: list[re.Match[str]] = []
    for m in tokens:
        if not m.group()[0].isdigit():
            held.append(m)
            continue
        hedge = qualifier_before(text, m.start(), held[0].start() if held else 0)
        cut = hedge[1] if hedge is not None else m.start()
        yield from (w for w in held if w.start() < cut)
        held = []
        yield m
    yield from held
