"""When a date is when something was said, not what a figure covers: "said in October
2025 that…", "passed in the autumn of 2022", "писало, что" (:mod:`.periods`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.periods import DraftPeriod
    from desertcheck.quantity import Quantity

#: A verb of saying or publishing right before a date, or its preposition ("the group the
#: blogger wrote about in December 2023"), past the place or outlet it was said from or by
#: ("reported from Islamabad in June 2025"): the date is when it was said ("said in October
#: 2025 that…", "passed in the autumn of 2022"), not what a figure covers.
REPORTED_WHEN: Final = regex(
    r"\b(?:said|says|told|reported|reports|announced|wrote|writes|stated|noted|estimated|"
    r"claimed|published|released|issued\s+(?:a|its|her|his|their)\s+\w+|passed|adopted|"
    r"signed|enacted|introduced|amended|revised|ratified|updated|dated|report\s+of|"
    # the noun, with a word before it ("as of the report in September 2025"), not the
    # verb: "failed to report in May 2023" dates the figure
    r"(?:the|a|an|its|their|this|that|latest|annual|new|[^\W\d_]+['’]s)\s+report|statement\s+of|заявил[аи]?|"
    r"сообщил[аи]?|писал[аи]?|заявлял[аи]?)(?:\s+(?:about|of|on))?"
    # ... and the place or the outlet it was said from or by, named: "as reported from
    # Islamabad in June 2025", "published by Novaya Gazeta Europe in September 2025"
    r"(?:\s+(?:from|by)\s+(?:the\s+)?(?-i:[A-ZА-Я])[\w'’.-]*(?:\s+(?-i:[A-ZА-Я])[\w'’.-]*){0,2})?"
    r"\s*,?\s*\Z",
    re.IGNORECASE,
)


#: A verb of saying and its "that" between a date and a figure: "In October 2025 the
#: ministry said that over 25,000…": the date is when it was said.
_SAID_THAT: Final = regex(
    r"\b(?:said|says|say|told|wrote|writes|reported|reports|announced|stated|noted|estimated|"
    r"claimed|found|concluded|argued)\b(?:\s+\S+){0,3}?\s+that\b"
    r"|(?<!\w)(?:писал[аои]?|пишет|сообщил[аои]?|сообщает|заявил[аои]?|отмечал[аои]?|"
    r"говорится)(?:\s+\S+){0,3}?,?\s+что(?!\w)",
    re.IGNORECASE,
)


def said_when(text: str, period: DraftPeriod, q: Quantity) -> bool:
    """Whether ``period``, before the figure ``q`` in ``text``, is the date of a report the
    figure is told in ("Back in December 2023, a blogger wrote that … over 100,000")."""
    return period.end <= q.start and _SAID_THAT.search(text, period.end, q.start) is not None
