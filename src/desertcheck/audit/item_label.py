"""A date label that opens a line or list item, as a timeline writes it: "- **2023** - …",
"2023: …", "**24 February 2022** — …", "2018 to 2022 - …": the period of the figures of
that item, as a table row's label is of its row's (read by :func:`.period_cells.period_cell`,
the reading of a "Period" cell)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Final

from desertcheck.audit.kinds import claim_kind
from desertcheck.audit.period_cells import period_cell
from desertcheck.audit.periods import SLACK, DraftPeriod
from desertcheck.audit.relative import _MONTH_NAMES
from desertcheck.audit.verdicts import MISMATCH, mismatch_bar, unsourced
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from collections.abc import Hashable

    from desertcheck.audit.matcher import Figure
    from desertcheck.audit.verdicts import Verdict
    from desertcheck.model import Claim

#: A line's opening: a list marker or none, the label (no sentence stop, colon or dash of
#: its own), then a dash or a colon set off from what follows ("2024-25" is one label).
_LABEL = regex(
    r"[ \t>]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?"
    r"(?P<label>[^\s:–—|.!?][^\n:–—|!?]{0,40}?)[ \t]*(?:[-–—:]|--)(?=[ \t]+(?!(?:19|20)\d\d\b))"
)


#: The same opening with a label that is a span of two dates set apart by a spaced dash
#: ("- **December 2024 – June 2025** — …"), read as "December 2024 to June 2025".
_RANGE_LABEL = regex(
    r"[ \t>]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?"
    r"(?P<label>(?P<first>[^\s:–—|.!?][^\n:–—|!?]{0,30}?)[ \t]+[-–—][ \t]+"
    r"(?P<second>[^\s:–—|.!?][^\n:–—|!?]{0,30}?))"
    r"[ \t]*(?:[-–—:]|--)(?=[ \t]+(?!(?:19|20)\d\d\b))"
)
#: A day named in a label: "15 September 2025", "September 15, 2025".
_MONTH_OF: Final = {m.casefold(): i + 1 for i, m in enumerate(_MONTH_NAMES)}
_DAY = regex(
    r"\b(?:(?P<d1>[0-3]?\d)\s+(?P<m1>[A-Za-z]+)|(?P<m2>[A-Za-z]+)\s+(?P<d2>[0-3]?\d),?)"
    r"\s+(?P<y>(?:19|20)\d\d)\b"
)
#: Kinds of claim that are a level measured over a span (a rate, a share), which a label
#: inside that span reports: "**March 2025** — convictions run at 700 to 800 a month".
_LEVELS = ("percent", "share")


def _day(label: str) -> date | None:
    """The day a label names, or None ("2024", "March 2025" name none)."""
    m = _DAY.search(label)
    if m is None:
        return None
    month = _MONTH_OF.get((m["m1"] or m["m2"]).casefold())
    if month is None:
        return None
    try:
        return date(int(m["y"]), month, int(m["d1"] or m["d2"]))
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class ItemLabel(DraftPeriod):
    """A timeline's label: when its item's events happened, and the date a running total
    had reached ("- **December 2024** - 50,500 cases since the invasion": as of then).
    ``day`` is the day it names, if it names one."""

    day: date | None = None

    def said(self) -> Hashable:
        """As a period's, with the day the label names."""
        return type(self), self.kind, self.a, self.b, self.day

    def agrees(self, claim: Claim) -> bool:
        """As a period of its kind, except that a running total agrees when it ends in a
        label of one point; a rate or a share when the label lies within its span; a state
        of the law (a duration of one day) when it holds from the label on; and any claim
        whose span runs to the day a label names (the day of its report)."""
        if claim.cumulative and self.kind == "in":
            return DraftPeriod.agrees(replace(self, kind="as-of"), claim)
        if DraftPeriod.agrees(self, claim):
            return True
        if self.kind != "in":
            return False
        start, end = claim.period.start, claim.period.end
        kind = claim_kind(claim)
        within = start <= self.a[0] and self.a[1] <= end  # no slack: May is not in April
        if within and (kind.startswith("rate-") or kind in _LEVELS):
            return True
        if kind == "duration" and start == end:  # "2022 — the maximum raised to ten years"
            return DraftPeriod.agrees(replace(self, kind="since"), claim)
        day = self.day
        return day is not None and start <= day <= end + SLACK and day >= end - _YEAR


_YEAR = timedelta(days=366)


def item_label_period(blanked: str, sentence_start: int) -> DraftPeriod | None:
    """The period a date label at the start of the line of the sentence that begins at
    ``sentence_start`` gives its item, or a label that opens the sentence itself further
    along the line ("… that month. **April 2025** — 38 decisions per working day"); None
    when there is no such label (or the label is not a period and nothing else)."""
    line = blanked.rfind("\n", 0, sentence_start) + 1
    starts = [sentence_start, line] if sentence_start > line else [line]
    for at in starts:
        found = _label_at(blanked, at)
        if found is not None:
            return found
    return None


def _label_at(blanked: str, at: int) -> ItemLabel | None:
    m = _RANGE_LABEL.match(blanked, at)
    if m is not None:
        first, second = m["first"].strip(), m["second"].strip()
        read = period_cell(f"{first} to {second}")
        if read is not None:
            kind, a, b = read
            label = m.group("label").strip()
            return ItemLabel(kind, a, b, label, m.start("label"), m.end("label"))
    m = _LABEL.match(blanked, at)
    if m is None:
        return None
    label = m.group("label")
    read = period_cell(label)
    if read is None:
        return None
    kind, a, b = read
    return ItemLabel(kind, a, b, label.strip(), m.start("label"), m.end("label"), _day(label))


def without_label_relief(verdict: Verdict, figure: Figure, min_score: float) -> Verdict:
    """``verdict``, or ``unsourced`` for a `mismatch` that cleared its bar only by the
    period of its item's date label: a label dates a figure (a `period-drift`), but it is
    no period words of the figure's own sentence, and lowers no bar of a mismatch ("April
    2025: 848 verdicts; at 38 a working day that implies ~22 working days")."""
    status, listed, _ = verdict
    if status != MISMATCH or not listed or not isinstance(figure.period, ItemLabel):
        return verdict
    chosen = listed[0]
    if not chosen.period_ok or chosen.score >= mismatch_bar(
        replace(chosen, period_ok=None), min_score
    ):
        return verdict
    return unsourced(figure.quantity, listed, fitting=True)
