"""The words of an item's message, once its verdict is decided: the source the sentence
credits (:mod:`.attribution`); a bare rounding of a precise claim ("18,000" for 18,159,
a `mismatch` that says how to write it); and an `unsourced` figure's "no claim in the
registry states" only when no claim of the registry has its value, of any kind."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from desertcheck.audit.attribution import source_note
from desertcheck.audit.item_label import without_label_relief
from desertcheck.audit.noun_measure import by_its_noun
from desertcheck.audit.precision import written_step
from desertcheck.audit.verdicts import MISMATCH, UNSOURCED
from desertcheck.vocabulary import format_number

if TYPE_CHECKING:
    from desertcheck.audit.auditor import Auditor
    from desertcheck.audit.matcher import Figure
    from desertcheck.audit.sentence import Sentence
    from desertcheck.audit.verdicts import Verdict
    from desertcheck.model import Claim

_NONE_STATES = "no claim in the registry states"


def noted(verdict: Verdict, sentence: Sentence, figure: Figure, auditor: Auditor) -> Verdict:
    """``verdict`` with the words of its message made true to the case, and a mismatch told
    against the measure the figure's noun names (:mod:`.noun_measure`)."""
    index = auditor.index
    verdict = without_label_relief(verdict, figure, auditor.min_score)
    verdict = by_its_noun(verdict, sentence, figure, auditor)
    verdict = source_note(verdict, sentence, index)
    status, listed, message = verdict
    q = figure.quantity
    if status == UNSOURCED and message.startswith(_NONE_STATES):
        # a share's claim is kept as a fraction: "66.7 defendants" has the value of 0.667
        stating = _stating(auditor, q.low, q.high) or [
            c for c in _stating(auditor, q.low / 100, q.high / 100) if c.unit == "share"
        ]
        if stating:  # "от 40 000 до 45 000" read as a count, a claim's rate per month
            c = stating[0]
            said = message.replace(_NONE_STATES, "no claim states", 1).split("; closest")[0]
            return (
                status,
                listed,
                f"{said} as this sentence reads it; {c.id} has that value ({c.figure})",
            )
    if status == MISMATCH and listed and q.qualifier == "exactly" and q.low == q.high:
        claim = listed[0].claim
        value = rounded_from(claim, q.low)
        if value is not None:
            said = f"“{q.text}” cannot be its value"
            instead = (
                f"“{q.text}” is its {value} rounded, and written as exact: write “about"
                f" {q.text.strip()}” or “{value}”"
            )
            return status, listed, message.replace(said, instead)
    return verdict


def _stating(auditor: Auditor, low: float, high: float) -> list[Claim]:
    """The claims of any kind whose value is ``low``–``high``, looked up by value rather
    than every claim scanned."""
    index = auditor.index
    window = index.of_any_kind(low - 2e-9 * abs(low), low + 2e-9 * abs(low))
    entries = (index.entries[i] for i in window)
    return [e.claim for e in entries if _same(e.low, low) and _same(e.high, high)]


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9)


def rounded_from(claim: Claim, x: float) -> str | None:
    """The exact claim's value as written when ``x`` is that value rounded (or cut) to the
    last significant digit ``x`` is written with, at fewer digits than the claim's: 18,000
    for 18,159, 66 (per cent) for a share of 0.667; not 1,100 for 1,010. None otherwise."""
    if claim.is_range or claim.qualifier != "exactly" or x <= 0:
        return None
    share = claim.unit == "share"
    v = claim.low * 100 if share else claim.low
    step = written_step(x)
    if not step or step <= written_step(v) or _same(v, x):
        return None
    if not any(_same(f(v / step) * step, x) for f in (round, math.floor)):
        return None
    return format_number(v) + ("%" if share or claim.unit == "percent" else "")
