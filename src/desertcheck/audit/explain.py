"""Why a figure got its verdict: the claim chosen and its score, the runner-up and why it
lost, the period read and where from, and the context the figure inherited.

Every item of JSON output carries it (``explanation``); ``audit --explain`` prints its one
line form (:meth:`Explanation.line`) under each verdict of the other formats.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desertcheck.audit.verdicts import SECOND_EVIDENCE, VALUE_FIRST
from desertcheck.intervals import WORDS

if TYPE_CHECKING:
    from desertcheck.audit.periods import DraftPeriod
    from desertcheck.audit.verdicts import Candidate


@dataclass(frozen=True, slots=True)
class Explanation:
    claim: str | None
    score: float | None
    min_score: float
    value: str  # "the claim's own number", "a rounding of it", "not its value", ""
    runner_up: str | None
    runner_up_score: float | None
    lost_because: str
    period: str | None
    period_from: str
    context: tuple[str, ...]
    #: how the figure's number was read when not in the English convention
    convention: str = ""

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "claim": self.claim,
            "score": None if self.score is None else round(self.score, 1),
            "min_score": self.min_score,
            "value": self.value,
            "runner_up": None
            if self.runner_up is None
            else {
                "id": self.runner_up,
                "score": None if self.runner_up_score is None else round(self.runner_up_score, 1),
                "lost_because": self.lost_because,
            },
            "period": None
            if self.period is None
            else {"text": self.period, "from": self.period_from},
            "context": list(self.context),
        }
        if self.convention:
            out["number_convention"] = self.convention
        return out

    def line(self) -> str:
        """The explanation in one line, for a person."""
        if self.claim is None and (self.runner_up_score or 0) >= self.min_score:
            # a claim scored enough but its value cannot be the figure's
            head = f"no claim that reached score {self.min_score:.0f} fits the figure"
        elif self.claim is None:
            head = f"no claim reached score {self.min_score:.0f}"
        else:
            head = f"chose {self.claim} (score {self.score:.0f}; {self.value})"
        parts = [head]
        if self.runner_up is not None:
            parts.append(
                f"runner-up {self.runner_up} (score {self.runner_up_score:.0f}): "
                f"{self.lost_because}"
            )
        if self.period is not None:
            parts.append(f"period “{self.period}” from {self.period_from}")
        else:
            parts.append("no period read")
        if self.context:
            parts.append("context from " + ", ".join(self.context))
        if self.convention:
            parts.append(f"number read as {self.convention}")
        return "; ".join(parts)


def explain(
    chosen: Candidate | None,
    listed: Sequence[Candidate],
    min_score: float,
    failing: frozenset[str],
    period: DraftPeriod | None,
    period_from: str,
    context: tuple[str, ...],
    qualifier: str = "",
) -> Explanation:
    """The explanation of a verdict on ``chosen`` (None: unsourced) among ``listed``;
    ``qualifier`` is the figure's."""
    runner = next((c for c in listed if chosen is None or c.claim.id != chosen.claim.id), None)
    value = ""
    if chosen is not None:
        value = (
            "the claim's own number"
            if chosen.same
            else "a rounding of it"
            if chosen.fits
            else "not its value"
        )
        if chosen.dropped:
            value += f", the claim's “{WORDS[chosen.claim.qualifier]}” dropped by the table"
        value += _lower_bar(chosen, min_score)
    return Explanation(
        chosen.claim.id if chosen else None,
        chosen.score if chosen else None,
        min_score,
        value,
        runner.claim.id if runner else None,
        runner.score if runner else None,
        _lost(chosen, runner, min_score, failing, qualifier) if runner else "",
        period.text if period else None,
        period_from,
        context,
    )


def _lost(
    chosen: Candidate | None,
    runner: Candidate,
    min_score: float,
    failing: frozenset[str],
    qualifier: str = "",
) -> str:
    """Why ``runner`` was not the claim of the verdict."""
    if chosen is None:
        return f"score under {min_score:.0f}" if runner.fits else "its value does not fit"
    if runner.claim.id in failing:
        return "it fails verify"
    if chosen.fits and not runner.fits:
        return "its value does not fit the figure"
    if chosen.qualifier_ok and not runner.qualifier_ok:
        return "its qualifier disagrees with the figure's"
    if chosen.period_ok is not False and runner.period_ok is False:
        return "its period disagrees with the draft's"
    if (
        runner.score >= chosen.score
        and chosen.claim.qualifier == qualifier != runner.claim.qualifier
    ):
        return "the claim chosen is stated with the figure's own qualifier"
    if runner.score < chosen.score:
        return "a lower score"
    return "an equal score; the claim chosen agrees as well and comes first by id"


def _lower_bar(chosen: Candidate, min_score: float) -> str:
    """Why a claim chosen under ``min_score`` was enough (:func:`desertcheck.audit.verdicts.
    _bar`): ": the claim's own number and its period, bar 20"; "" when it needed none."""
    if not chosen.fits or chosen.score >= min_score or not (chosen.same or chosen.period_ok):
        return ""
    if chosen.same and chosen.period_ok:
        why, bar = "with its period agreeing", min_score - VALUE_FIRST - SECOND_EVIDENCE
    elif chosen.same:
        why, bar = "", min_score - VALUE_FIRST
    else:
        why, bar = "its period agreeing", min_score - VALUE_FIRST
    without = "them" if chosen.same and chosen.period_ok else "it"
    enough = f"so score {bar:.0f} is enough ({min_score:.0f} without {without})"
    return f"{', ' + why if why else ''}, {enough}"
