"""A duration given by a change, dated: "the maximum penalty was raised to ten years in 2022".

The year dates the change, not the figure: the new maximum holds from then on, a state of
the law that a claim of a later day ("punishable by up to ten years", as of mid-2025)
states too. Read as "since 2022", as "since 2022 carries up to ten years" is
(:meth:`desertcheck.audit.periods.DraftPeriod.agrees`); "ten years in 2021" with no change
said stays a period of its own. In Russian the verb may stand earlier in the clause, the
new value after «до»: «поправки подняли максимальное наказание за СОЧ до десяти лет».

The value a change starts from is the one before it: "in December 2023 a law doubled the
maximum from five to ten years" dates the ten, not the five, which held until then and is
no value of today (:func:`before_change`). A verb of change further back than the parser
looks ("doubled the maximum for desertion and refusal to fight from five to ten years",
"went from five to 10 years") leaves it a range, which is read as the change's two values
(:func:`changes_split`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.periods import DraftPeriod
    from desertcheck.quantity import Quantity

#: A change that a penalty was given, right before its new value: "raised to", "doubled
#: to", "increased to", "extended to".
_CHANGED_TO: Final = regex(
    r"\b(?:raised|increased|doubled|tripled|extended|lengthened|toughened|rose|went\s+up|"
    r"upped)\s+(?:it\s+|them\s+)?to\s+\Z",
    re.IGNORECASE,
)

#: The same in Russian, its verb earlier in the clause, the new value "до …" (a figure of
#: its own): "поправки подняли максимальное наказание за СОЧ до десяти лет".
_CHANGED_TO_RU: Final = regex(
    r"(?<!\w)(?:подня|повыси|увеличи|ужесточи|продли)(?:л|ли|ла|ло)(?!\w)[^.;:!?\n]{0,60}\Z",
    re.IGNORECASE,
)


def changed_in(period: DraftPeriod | None, before: str) -> DraftPeriod | None:
    """``period``, read as "since" when it dates the change that gave a duration its value:
    "the maximum penalty was raised to ten years in 2022" says ten years from 2022 on, a
    state of the law that a claim of a later day states too; ``before`` is the figure's
    clause up to it."""
    changed = _CHANGED_TO.search(before) or _CHANGED_TO_RU.search(before)
    if period is None or period.kind != "in" or changed is None:
        return period
    return replace(period, kind="since")


#: A verb of change earlier in a figure's clause, then "from" right before it: "doubled
#: from 5", "raised desertion from five", "went from five", "had doubled the maximum for
#: desertion and refusal to fight from five".
_FROM_AFTER_CHANGE: Final = regex(
    r"\b(?:doubl(?:ed|es|ing)|tripl(?:ed|es|ing)|rais(?:ed|es|ing)|increas(?:ed|es|ing)|"
    r"extend(?:ed|s|ing)|lengthen(?:ed|s|ing)|toughen(?:ed|s|ing)|harden(?:ed|s|ing)|"
    r"rose|risen|ris(?:e|es|ing)|went|gone|jump(?:ed|s)|climb(?:ed|s)|grew|grown|"
    r"lift(?:ed|s|ing)|hik(?:ed|es|ing)|upped)\b[^.;:!?\n]{0,80}?\bfrom\s+\Z",
    re.IGNORECASE,
)
#: How far before a figure its verb of change is looked for.
_REACH: Final = 120
#: A range that the parser read from "from … to …": its two ends.
_FROM_TO: Final = regex(r"(?i)from\s+(?P<a>\S(?:.*?\S)?)\s+to\s+(?P<b>\S.*)\Z")
#: The units of a penalty a change is said of.
_DURATIONS: Final = frozenset({"year", "years", "yr", "yrs", "month", "months"})


def before_change(blanked: str, start: int, q: Quantity) -> bool:
    """Whether the duration ``q`` is the value a change starts from ("doubled from five to
    ten years": five), a verb of change in its words from ``start`` on."""
    return _FROM_AFTER_CHANGE.search(blanked, max(start, q.start - _REACH), q.start) is not None


def changes_split(blanked: str, quantities: list[Quantity]) -> list[Quantity]:
    """``quantities`` with each range of durations read from "from … to …" after a verb
    of change taken apart into the change's two values, each a duration of the range's
    unit: "went from five to 10 years" is five years, then ten."""
    out: list[Quantity] = []
    for q in quantities:
        m = _FROM_TO.match(q.text) if q.is_range else None
        if (
            m is None
            or (q.unit or "").lower() not in _DURATIONS
            or not before_change(blanked, 0, replace(q, start=q.start + m.start("a")))
        ):
            out.append(q)
            continue
        a, b = q.start + m.start("a"), q.start + m.start("b")
        out.append(
            replace(q, high=q.low, qualifier="exactly", start=a, end=a + len(m["a"]), text=m["a"])
        )
        out.append(replace(q, low=q.high, qualifier="exactly", start=b, text=m["b"]))
    return out
