"""An age a text writes as a number: "aged 16 to 24", "were under 25", "over 65s", "16- to
24-year-olds". ``scan`` excludes such a figure from a source and ``audit`` from a draft
(:mod:`desertcheck.audit.reading`), by the same rule."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desertcheck.quantity import Quantity

_AGE_BEFORE = re.compile(r"(?i:\b(?:aged|ages?(?:[ \t]+of)?))[ \t]*\Z")
_PEOPLE_WORDS = r"people|persons|children|adults|those|anyone|men|women|residents"
#: "were under 25", "people over 65": a bound after these words is an age
_AGE_WHO = re.compile(
    rf"(?i:\b(?:were|are|was|is|be|been|{_PEOPLE_WORDS}|households?[ \t]+heads))[ \t]*\Z"
)
#: "people over 65", "those under 18": a bound after a noun of people is their age, though
#: the parser takes the verb after it for its unit ("people over 65 make up a fifth")
_PEOPLE = re.compile(rf"(?i:\b(?:{_PEOPLE_WORDS}|households?[ \t]+heads))[ \t]*\Z")
_BOUND = re.compile(r"(?i:under|over|below|above|younger[ \t]+than|older[ \t]+than)\b")
_AGE_AFTER = re.compile(r"(?i:[ \t-]*years?[ \t-]*old|s\b|[ \t]+and[ \t]+(?:over|under)\b)")
#: the first age of a range whose second says it is one: "16- to 24-year-olds", "16 to
#: 24-year-olds", "16-24-year-olds"
_RANGE_OF_AGES_AFTER = re.compile(
    r"(?i:-?[ \t]*(?:to|and|-|–)[ \t]*[0-9]{1,3}[ \t-]*years?[ \t-]*olds?)\b"
)


def an_age(text: str, q: Quantity) -> bool:
    """Whether figure ``q`` of ``text`` is an age, not a statistic."""
    if not (0 <= q.low <= q.high <= 120) or q.low != int(q.low):  # (not inf: "9" * 100,000)
        return False
    if _AGE_BEFORE.search(text, max(0, q.start - 40), q.start):
        return True
    before = text[max(0, q.start - 40) : q.start]
    written = " ".join(q.text.split())
    plain = q.unit is None or q.unit in ("s", "years", "year")
    bound = _BOUND.match(written) is not None
    after = _AGE_AFTER.match(text, q.end) is not None
    if plain and ((bound and (_AGE_WHO.search(before) or after)) or (q.unit and after)):
        return True
    if bound and q.unit not in ("percent", "share") and _PEOPLE.search(before):
        return True
    return q.unit is None and q.low == q.high and bool(_RANGE_OF_AGES_AFTER.match(text, q.end))
