"""A sentence that frames the figures after it: "Districts shaded by cases as of December
2023. Darkest: Southern (nearly 22,580). Lightest: Leningrad (over 3,050)."

A sentence of a paragraph that gives no figure but names a period sets the period of the
figures that follow it in the same paragraph (a map's or a chart's caption, a panel's
lead-in sentence) when their sentences name none of their own (a sentence that names a
period, even one its figure's clause does not take, is read as before). A sentence between
them that has figures and a period of its own ends the frame: its period is the one its
figures speak of, and it is not carried (a bare figure after it is read as before).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Container

from desertcheck.audit.context import Surround
from desertcheck.audit.relative_months import dated_periods

Span = tuple[int, int]

#: How many sentences back a frame is looked for.
REACH = 4


def framed(
    surround: Surround,
    blanked: str,
    spans: list[Span],
    with_figures: Container[Span],
    span: Span,
    same_block: Callable[[int, int], bool],
) -> Surround:
    """``surround`` with the period of the sentence that frames ``span``, when it has none."""
    if surround.period is not None or dated_periods(blanked[span[0] : span[1]], span[0]):
        return surround  # a sentence that names a period is not framed by another
    i = bisect.bisect_left(spans, span) - 1
    for j in range(i, max(i - REACH, -1), -1):
        before = spans[j]
        if not same_block(before[0], span[0]):
            return surround
        periods = dated_periods(blanked[before[0] : before[1]], before[0])
        if before in with_figures:
            if periods:
                return surround  # a period of its own figures ends the frame
            continue
        if periods:
            out = Surround(dict(surround.weights), periods[-1], "the sentence that frames it")
            out.parts = surround.parts
            return out
    return surround
