"""Audit an editor's draft against the registry: every figure in it gets a verdict.

Pure logic, no I/O: :class:`Auditor` (:mod:`.auditor`) is built once from the registry's
claims and checks any number of drafts with :meth:`Auditor.audit`. How a figure is judged:

1. :mod:`.reading`: the draft's figures that are statistics, and the words that are each
   one's own.
2. :mod:`.matcher`: the claims whose value fits the figure, of its kind (:mod:`.kinds`),
   looked up by value in :mod:`.index`.
3. :mod:`.scoring`: each candidate's context score (0-100), from the sentence's words as
   stems with synonyms (:mod:`.terms`).
4. :mod:`.periods`: the period words nearest the figure, and whether a candidate's period
   agrees with them.
5. :mod:`.verdicts`: ``supported``, ``qualifier-drift``, ``period-drift``, ``mismatch`` or
   ``unsourced``, and the result types.
"""

from desertcheck.audit.auditor import Auditor
from desertcheck.audit.periods import DraftPeriod, find_periods
from desertcheck.audit.verdicts import (
    DEFAULT_MIN_SCORE,
    MISMATCH,
    PERIOD_DRIFT,
    QUALIFIER_DRIFT,
    STATUSES,
    SUPPORTED,
    UNSOURCED,
    AuditItem,
    Candidate,
    summarize,
)

__all__ = [
    "DEFAULT_MIN_SCORE",
    "MISMATCH",
    "PERIOD_DRIFT",
    "QUALIFIER_DRIFT",
    "STATUSES",
    "SUPPORTED",
    "UNSOURCED",
    "AuditItem",
    "Auditor",
    "Candidate",
    "DraftPeriod",
    "find_periods",
    "summarize",
]
