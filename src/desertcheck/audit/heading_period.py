"""A draft's "in the quarter" or "that month" under a heading that names which: the
heading's period (:mod:`desertcheck.authoring.heading_period` reads them, for scan too).

"# Ambulance performance, Q3 2025" … "In the quarter the service attended 97,450
incidents": the sentence names its period by its length alone, and its section's heading
(else the draft's title) names it: July to September 2025. A heading of another length
decides against it ("in the quarter" under "## October 2025": none read).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desertcheck.audit.periods import DraftPeriod
from desertcheck.authoring.heading_period import by_length, named_in
from desertcheck.model import Period

if TYPE_CHECKING:
    from desertcheck.audit.context import DraftContext


def heading_period(
    blanked: str, span: tuple[int, int], context: DraftContext | None
) -> tuple[DraftPeriod, str] | None:
    """The period the headings above the sentence ``span`` of ``blanked`` give the words
    in it that name a period by its length alone, and where it was read; None if none."""
    said = by_length(blanked, *span)
    if said is None or context is None:
        return None
    found = named_in(said, context.around(span[0]).headings)
    if found is None:
        return None
    period = Period.parse(found.period)
    days = (period.start, period.end)
    where = f"the heading's “{found.words}”"
    return DraftPeriod("in", days, days, said.group(), said.start(), said.end()), where
