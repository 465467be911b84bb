"""A rate with a base retold with another noun than its claim's: "37.9 officers per 1,000
residents" for a claim of 37.9 crimes per 1,000 residents.

A rate with a base (:mod:`desertcheck.quantity.bases`) counts what its noun names per so
many of its base: the same number of officers and of crimes per 1,000 residents are two
statistics, and the number alone agreeing says nothing. A figure ``supported`` (or
``contested``) by a claim of a rate with a base is that claim's ``mismatch`` when the draft
says what the rate counts ("officers") and no word of it (as audit reads words, stems and
synonyms: :mod:`.terms`) is among the claim's unit, statement or measure. A bare rate ("or
157 per 100,000") and a rate whose noun the claim names ("1.57 sworn officers per 1,000"
for 1.57 officers) keep their claim.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from desertcheck.audit.terms import slug_terms, terms
from desertcheck.audit.verdicts import CONTESTED, MISMATCH, SUPPORTED, Verdict
from desertcheck.compiled import regex

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity


#: The words between a rate's number and its base: "1.57 sworn officers per 1,000".
_NOUN: Final = regex(r"[^\W\d_][^\n\d|;,.]{0,38}?(?=\s+per\b)", re.IGNORECASE)


def rate_of_another_noun(q: Quantity, verdict: Verdict, blanked: str) -> Verdict:
    """``verdict`` on ``q`` (in ``blanked``), made a ``mismatch`` when ``q`` is a rate with
    a base whose noun names nothing its claim counts."""
    status, listed, _ = verdict
    if status not in (SUPPORTED, CONTESTED) or not listed or q.base is None or not q.unit:
        return verdict
    noun = _NOUN.match(blanked, q.end + 1 if blanked[q.end : q.end + 1].isspace() else q.end)
    if noun is None:
        return verdict
    claim = listed[0].claim
    said = set(terms(noun.group()))
    counted = set(terms(f"{claim.unit or ''} {claim.statement}")) | set(slug_terms(claim.measure))
    if not said or said & counted:
        return verdict
    return (
        MISMATCH,
        listed,
        f"“{q.text}” is {claim.id}'s number ({claim.figure}), but the draft says it counts "
        f"{noun.group()} per {q.per or f'{q.base:,.0f}'}, "
        + (
            f"where the claim's unit is {claim.unit}"
            if claim.unit
            else "where the claim gives no unit"
        ),
    )
