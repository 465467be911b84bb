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
from collections.abc import Container
from typing import Protocol

from desertcheck.audit.context import Surround
from desertcheck.audit.periods import DraftPeriod
from desertcheck.audit.relative_months import dated_periods

Span = tuple[int, int]

#: How many sentences back a frame is looked for.
REACH = 4


class _Blocks(Protocol):
    def same_block(self, a: int, b: int) -> bool: ...


def framed(
    surround: Surround,
    blanked: str,
    spans: list[Span],
    with_figures: Container[Span],
    span: Span,
    blocks: _Blocks,
    named: dict[Span, list[DraftPeriod]],
) -> Surround:
    """``surround`` with the period of the sentence that frames ``span``; the caller has
    found that neither ``surround`` nor the sentence itself names a period (a sentence
    that names one is not framed by another). ``named`` holds the periods of the
    sentences read so far, and takes those read here."""
    i = bisect.bisect_left(spans, span) - 1
    for j in range(i, max(i - REACH, -1), -1):
        before = spans[j]
        if not blocks.same_block(before[0], span[0]):
            return surround
        periods = named.get(before)
        if periods is None:
            periods = named[before] = dated_periods(blanked[before[0] : before[1]], before[0])
        if before in with_figures:
            if periods:
                return surround  # a period of its own figures ends the frame
            continue
        if periods:
            out = Surround(dict(surround.weights), periods[-1], "the sentence that frames it")
            out.parts = surround.parts
            return out
    return surround
