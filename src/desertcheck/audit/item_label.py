"""A date label that opens a line or list item, as a timeline writes it: "- **2023** - …",
"2023: …", "**24 February 2022** — …", "2018 to 2022 - …": the period of the figures of
that item, as a table row's label is of its row's (read by :func:`.period_cells.period_cell`,
the reading of a "Period" cell)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from desertcheck.audit.period_cells import period_cell
from desertcheck.audit.periods import DraftPeriod
from desertcheck.audit.verdicts import MISMATCH, mismatch_bar, unsourced
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.audit.matcher import Figure
    from desertcheck.audit.verdicts import Verdict
    from desertcheck.model import Claim

#: A line's opening: a list marker or none, the label (no sentence stop, colon or dash of
#: its own), then a dash or a colon set off from what follows ("2024-25" is one label).
_LABEL = regex(
    r"[ \t>]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?"
    r"(?P<label>[^\s:–—|.!?][^\n:–—|!?]{0,40}?)[ \t]*(?:[-–—:]|--)(?=[ \t]+(?!(?:19|20)\d\d\b))"
)


@dataclass(frozen=True, slots=True)
class ItemLabel(DraftPeriod):
    """A timeline's label: when its item's events happened, and the date a running total
    had reached ("- **December 2024** - 50,500 cases since the invasion": as of then)."""

    def agrees(self, claim: Claim) -> bool:
        """As a period of its kind, except that a running total agrees when it ends in a
        label of one point."""
        if claim.cumulative and self.kind == "in":
            return DraftPeriod.agrees(replace(self, kind="as-of"), claim)
        return DraftPeriod.agrees(self, claim)


def item_label_period(blanked: str, sentence_start: int) -> DraftPeriod | None:
    """The period a date label at the start of the line of the sentence that begins at
    ``sentence_start`` gives its item; None when the line opens with no such label (or the
    label is not a period and nothing else)."""
    line = blanked.rfind("\n", 0, sentence_start) + 1
    m = _LABEL.match(blanked, line)
    if m is None:
        return None
    read = period_cell(m.group("label"))
    if read is None:
        return None
    kind, a, b = read
    return ItemLabel(kind, a, b, m.group("label").strip(), m.start("label"), m.end("label"))


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
