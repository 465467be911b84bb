"""A claim's own number, known by its digits when the sentence's words barely name it.

A figure is matched to a claim by its words first: a number alone is weak evidence when
many claims could hold it ("ten years", "1,000 a month"). A number of three significant
digits or more is not: "4,350", "289", "17,721" or "66.7%" is seldom any value but the
one it was copied from. A figure left ``unsourced`` because its sentence's words meet no
claim's (a chart's label, a German sentence, "they came to 289 again in 2025") that
writes such a number to the letter — the claim's own number, not a rounding of it — and
that only claims of one measure hold, is read as that claim's, by its number alone:

* ``supported`` when its qualifier and period agree with the claim's;
* ``qualifier-drift`` when the draft writes a qualifier of its own ("over 3,380" for
  nearly 3,380) and no period against the claim's; a bare number of a hedged claim
  ("22,580" for nearly 22,580) may be a reference to it, not a retelling, and stays
  ``unsourced``;
* ``period-drift`` when its period words disagree and it writes the claim's qualifier
  too ("In January-May 2024 the Russian figure was 4,350"): a drift is called only when
  everything else the figure says is the claim's.

A range, a share ("two in three": its digits are not the draft's), a number that
claims of two measures hold, and, in a draft whose words audit reads, one whose unit
word is not, or does not stand for, the claim's ("13,500 tickets" for 13,500 soldiers)
are left to the words, and so is every figure when ``--min-score`` is raised above its
default. In a draft whose words audit reads, the number needs one word of the claim's
among the words said of it too (the sentence's, with its heading, sentence before or table
header, or the line of another place that writes the same number): "Ticket sales reached
17,721 in May" or "Our podcast downloads came to 20,662 last month" writes a claim's
number about something else, and stays ``unsourced``. The bar (three digits, no score)
was set on the odd-numbered labelled sets and held out on the even-numbered ones
(docs/audit-rounds.md, the twenty-first round, with the guard's numbers).
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from desertcheck.audit.language import unread_language
from desertcheck.audit.terms import terms
from desertcheck.audit.verdicts import (
    DEFAULT_MIN_SCORE,
    PERIOD_DRIFT,
    QUALIFIER_DRIFT,
    SUPPORTED,
    UNSOURCED,
    Candidate,
    Verdict,
    decide,
)

if TYPE_CHECKING:
    from desertcheck.audit.index import ClaimIndex
    from desertcheck.audit.matcher import Figure

#: The fewest significant digits a number needs to name its claim alone.
DIGITS: Final = 3


@lru_cache(maxsize=8)
def _read(draft: str) -> bool:
    """Whether audit reads the words of ``draft`` (its language, roughly)."""
    return unread_language(draft) is None


def significant(x: float) -> int:
    """How many significant digits ``x`` has: 4,350 has three, 17,721 five, 1,000 one."""
    text = f"{abs(x):.10g}"
    mantissa = text.partition("e")[0]
    return len(mantissa.replace(".", "").strip("0"))


#: A number as written: its digits with their separators ("17,721", "4 350", "66.7").
_DIGITS: Final = re.compile(r"\d(?:[\d,.\u00a0\u202f ]*\d)?")


#: How far back (characters) the passage before a figure is read for a word of the claim's
#: (a subtitle's "The East: over 3,380." two entries after "The Southern district led").
PASSAGE: Final = 300


def _named(index: ClaimIndex, draft: str, figure: Figure, claims: list[int]) -> bool:
    """Whether the words said of ``figure`` share a word with one of ``claims``: its
    sentence's, with the heading, sentence before or table header audit reads with it, the
    rest of its line and the passage of ``PASSAGE`` characters before it ("disob. 289 in
    '23" under a note on Proekt's figures), or the line of another place in ``draft`` that
    writes the same number ("In April 2025
    there were 848 verdicts. … 848 in the month"; a table's "| Central | nearly 13,800 |"
    and a glossary's "'Nearly 13,800' means …")."""
    q = figure.quantity
    end = draft.find("\n", q.end)
    passage = draft[max(0, q.start - PASSAGE) : end if end >= 0 else len(draft)]
    said = set(figure.ctx.weights).union(index.synonyms.expand(terms(passage)))
    if any(not index.entries[i].text.isdisjoint(said) for i in claims):
        return True
    found = _DIGITS.search(q.text)
    if found is None:
        return False
    number = re.escape(found.group())
    for m in re.finditer(rf"(?<![\d.,]){number}(?![\d]|[.,]\d)", draft):
        if q.start <= m.start() < q.end:
            continue
        start = draft.rfind("\n", 0, m.start()) + 1
        end = draft.find("\n", m.end())
        line = draft[start : end if end >= 0 else len(draft)]
        words = set(index.synonyms.expand(terms(line)))
        if any(not index.entries[i].text.isdisjoint(words) for i in claims):
            return True
    return False


def by_own_number(
    index: ClaimIndex,
    draft: str,
    figure: Figure,
    verdict: Verdict,
    fitting: list[Candidate],
    min_score: float,
    failing: Collection[str],
) -> Verdict:
    """``verdict``, or, when it is ``unsourced`` and ``figure`` writes the own number of
    claims of one measure among ``fitting`` (see the module's docstring), their verdict
    decided by the number alone; ``draft``: its text; ``failing``: claims that fail
    verify. A ``min_score`` above the default asks more of the words: they decide alone."""
    q = figure.quantity
    if verdict[0] != UNSOURCED or q.low != q.high or figure.kind == "share":
        return verdict
    if min_score > DEFAULT_MIN_SCORE:  # the words are asked for more: they decide
        return verdict
    at = {index.entries[i].claim.id: i for i in index.by_value(figure.kind, q.low, q.high)}
    own = [
        c
        for c in fitting
        if c.same
        and c.claim.id in at
        # "13,500 tickets" counts no soldiers, whatever the number (in a draft whose
        # words audit reads: "18.159 Verfahren" are cases, in words it does not)
        and (index.unit_agrees(at[c.claim.id], q, figure.noun) or not _read(draft))
    ]
    if not own or len({c.claim.measure for c in own}) > 1 or significant(q.low) < DIGITS:
        return verdict
    if _read(draft) and not _named(index, draft, figure, [at[c.claim.id] for c in own]):
        return verdict  # "Ticket sales reached 17,721 in May": nothing but the number
    status, listed, message = decide(q, own, [], figure.period, -math.inf, failing)
    chosen = listed[0]
    if status == QUALIFIER_DRIFT and (q.qualifier == "exactly" or chosen.period_ok is False):
        return verdict  # a bare number of a hedged claim; or two things differ
    if status == PERIOD_DRIFT and q.qualifier != chosen.claim.qualifier:
        return verdict
    if status not in (SUPPORTED, QUALIFIER_DRIFT, PERIOD_DRIFT):
        return verdict
    note = (
        f" (known by its number: the sentence's words barely meet the claim's, score"
        f" {chosen.score:.0f}, and no claim of another measure holds “{q.text}”)"
    )
    return status, listed, message + note
