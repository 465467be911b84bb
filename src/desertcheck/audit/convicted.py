"""A claim's own number said to be convictions when its claim counts no convictions: "Russian
courts convicted 848 soldiers in April 2025" (848 verdicts), "5,593 soldiers had been
convicted" (5,593 faced trial), "one of 1,010 soldiers convicted of it" (1,010 charged).

A trial, a charge, a case or a verdict is not a conviction: an editor who reads "convicted"
beside a count of trials has a figure that says more than its source. Only the words at the
figure are read, the verb right before it ("convicted 848", "jailed 16,000") or its noun and
verb right after it ("129 soldiers were convicted", "129 convictions"), so that a
conviction said of another figure of the sentence ("5,593 soldiers on trial, roughly 100
convictions a week") is not this one's; a whole of a part ("17,271 of the 20,662 men had
been convicted") is said of its part. A claim whose words (statement, quote, unit or
measure) speak of conviction, sentencing or prison in any form is left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from desertcheck.audit.verdicts import CONTESTED, MISMATCH, SUPPORTED, Verdict
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.model import Claim
    from desertcheck.quantity import Quantity

#: Right after a figure, on its line: its noun, a passive's auxiliary and the conviction
#: ("129 soldiers were convicted", "5,593 soldiers convicted", "129 convictions"; not a
#: table's next row, "convicted, desertion-related").
_AFTER: Final = regex(
    r"[\"”’']?[ \t]+(?:(?:soldiers|men|people|servicemen|deserters|troops)[ \t]+)?"
    r"(?:(?:were|was|had[ \t]+been|have[ \t]+been|has[ \t]+been|being)[ \t]+)?"
    r"(?:convict(?:ed|ions?)|found[ \t]+guilty|jailed)\b",
    re.IGNORECASE,
)
#: Right before a figure: the verb that convicts it ("courts convicted 848 soldiers").
_BEFORE: Final = regex(r"\b(?:convicted|jailed)[ \t]+[\"“']?\Z", re.IGNORECASE)
#: Before a figure that is the whole of a part ("17,271 of the 20,662 men").
_WHOLE: Final = regex(r"\b(?:of|out\s+of)\s+(?:the\s+)?\Z", re.IGNORECASE)
#: A claim's words that speak of conviction, sentencing or prison.
_OF_CONVICTION: Final = regex(r"convict|sentenc|guilty|jail|prison", re.IGNORECASE)
#: A table row's label that ends in a conviction: "| of which desertion, convicted | 1,010 |".
_LABEL: Final = regex(r"\b(?:convicted|convictions?|jailed|found[ \t]+guilty)\W*\Z", re.IGNORECASE)
#: How far before a figure its verb is looked for.
_REACH: Final = 30


def said_convicted(blanked: str, q: Quantity) -> bool:
    """Whether the words at ``q`` in ``blanked`` say it counts convictions."""
    before = blanked[max(0, q.start - _REACH) : q.start]
    if _WHOLE.search(before):
        return False
    return _AFTER.match(blanked, q.end) is not None or _BEFORE.search(before) is not None


def _of_conviction(claim: Claim) -> bool:
    words = " ".join((claim.statement, claim.quote, claim.unit or "", claim.measure))
    return _OF_CONVICTION.search(words) is not None


def convictions_of_no_conviction(
    q: Quantity, verdict: Verdict, blanked: str, label: str = ""
) -> Verdict:
    """A ``supported`` (or ``contested``) ``verdict`` on ``q`` made a ``mismatch`` when
    the draft says ``q`` counts convictions and its claim counts none: the words at it, or
    the last cell of its table row's ``label`` (the cells before it)."""
    status, listed, _ = verdict
    if status not in (SUPPORTED, CONTESTED) or not listed:
        return verdict
    claim = listed[0].claim
    label = label.rpartition("|")[2] if label else ""
    if _of_conviction(claim) or not (said_convicted(blanked, q) or _LABEL.search(label)):
        return verdict
    return (
        MISMATCH,
        listed,
        f"“{q.text}” is {claim.id}'s number ({claim.figure}), but the draft says convicted, "
        f"and the claim counts no convictions: “{claim.statement}”",
    )
