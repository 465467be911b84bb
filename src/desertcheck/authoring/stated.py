"""Periods a sentence states in so many words that the nearest-words reading of
:mod:`desertcheck.authoring.periods` misses, because they stand far from the figure or
behind a closer date that is the report's own:

- a total as of a month's end: "by the end of May 2025, courts had received … 20,662"
  (2025-05-31, the day: the source gives no start for a running total);
- time words that open the sentence: "In late 2024, the president signed a decree to …
  about 2.4 million" (the year);
- a running total since an event the sentence dates: "since the start of the country's
  full-scale invasion of Ukraine in 2022" (2022 to the publication date, ``cumulative``);
- a range the sentence gives the figure: "in mid-October 2025, the service reported that
  over 25 000 soldiers … have left their units in the period between November 2024 and
  July 2025" (the range, not the month of the report).
"""

from __future__ import annotations

import re

from desertcheck.authoring.periods import PeriodGuess, guess
from desertcheck.datehints import MONTH_NUMBERS, days_in_month

_MONTH = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_YEAR = r"(?:19|20)[0-9]{2}(?![0-9])"

#: "by the end of May 2025", "by the end of 2024", "as of the end of March 2025"
_BY_END = re.compile(
    rf"(?i:\b(?:by|as[ \t]+of|until|up[ \t]+to)[ \t]+the[ \t]+end[ \t]+of[ \t]+)"
    rf"(?:(?P<m>(?i:{_MONTH}))\.?[ \t]+)?(?P<y>{_YEAR})"
)

#: Time words that open a sentence, a comma after them or not: "In late 2024,", "In total,
#: in early 2025,", "In mid-2023,", "In 2024 the county's 14 libraries …"
_OPENING = re.compile(
    rf"(?:(?i:in[ \t]+total|overall|meanwhile|furthermore|moreover),[ \t]+)?"
    rf"(?i:in|during|by)[ \t]+(?P<when>(?i:late|early|mid)[ \t-]+)?(?P<y>{_YEAR})"
    r"(?:[ \t]*,|[ \t]+(?=[^\W\d_]))"
)

#: A range of months or years the sentence gives: "in the period between November 2024
#: and July 2025", "from January 2023 to March 2024"
_RANGE = re.compile(
    rf"(?i:\bbetween|\bfrom)[ \t]+(?:(?P<m1>(?i:{_MONTH}))\.?[ \t]+)?(?P<y1>{_YEAR})"
    rf"[ \t]+(?i:and|to|until)[ \t]+(?:(?P<m2>(?i:{_MONTH}))\.?[ \t]+)?(?P<y2>{_YEAR})"
)


#: "since the start of the full-scale invasion in 2022", "since the outbreak of the war in
#: February 2022": a running total from the event's date
_SINCE_EVENT = re.compile(
    r"(?i:\bsince[ \t]+(?:the[ \t]+)?(?:start|beginning|outbreak|onset|launch)[ \t]+of\b)"
    rf"[^.;:()\d]{{1,100}}?(?i:\bin)[ \t]+(?:(?P<m>(?i:{_MONTH}))\.?[ \t]+)?(?P<y>{_YEAR})"
)


def since_event(text: str, lo: int, hi: int) -> tuple[str, str] | None:
    """(words, start) of a running total since a dated event in ``text[lo:hi]`` ("since the
    start of … in 2022": "2022"), as :func:`~desertcheck.authoring.periods.open_since`
    gives for "since 2022"; None when there is none."""
    m = _SINCE_EVENT.search(text, lo, hi)
    return (" ".join(m.group().split()), _ym(m["y"], m["m"])) if m else None


def _ym(year: str, month: str | None) -> str:
    return f"{year}-{MONTH_NUMBERS[month.lower()]:02d}" if month else year


def stated_period(
    text: str,
    start: int,
    end: int,
    region: tuple[int, int],
    sentence: tuple[int, int] | None,
    published: str | None,
) -> PeriodGuess | None:
    """The period ``text[start:end]``'s sentence states for it in one of the forms above,
    when the nearest-words reading gives none or only the date of a report; None when the
    sentence states none of them (the nearest-words reading stands)."""
    lo, hi = region
    near = guess(text, start, end, region, published, sentence)
    if near is not None and (near.next_to or "/" in near.period):
        return None  # time words next to the figure, or a range read already
    ranges = list(_RANGE.finditer(text, lo, hi))
    if len(ranges) == 1:  # "in the period between November 2024 and July 2025"
        m = ranges[0]
        a, b = _ym(m["y1"], m["m1"]), _ym(m["y2"], m["m2"])
        if a < b:
            return PeriodGuess(f"{a}/{b}", " ".join(m.group().split()), next_to=True)
    if near is not None:
        return None
    since = since_event(text, lo, hi)
    if since is not None and published is not None and since[1] < published:
        return PeriodGuess(f"{since[1]}/{published}", since[0], cumulative=True)
    by_end = list(_BY_END.finditer(text, lo, start))
    if len(by_end) == 1:  # "by the end of May 2025, … 20,662": the total as of that day
        m = by_end[0]
        year, month = int(m["y"]), MONTH_NUMBERS[m["m"].lower()] if m["m"] else 12
        day = f"{year}-{month:02d}-{days_in_month(year, month):02d}"
        return PeriodGuess(day, " ".join(m.group().split()))
    opening = _OPENING.match(text, sentence[0], start) if sentence is not None else None
    if opening is not None:
        return PeriodGuess(opening["y"], _words(opening))
    return None


def _words(m: re.Match[str]) -> str:
    return " ".join(m.group().rstrip(", \t").split())


#: After a comparison's words, up to the next figure: at most a word of approximation
_TO_NEXT = re.compile(r"[ \t]*(?:(?i:some|about|around|nearly|almost|just|over|under)[ \t]+)?")


def opens(
    text: str, sentence: tuple[int, int], region: tuple[int, int], start: int, found: PeriodGuess
) -> bool:
    """Whether ``found`` is the year that time words opening the sentence give ("In 2024
    the county's 14 public libraries recorded 1.2 million visits, up from 987,000 in
    2023": 2024 for the 14 and the 1.2 million), for the figure at ``start`` of its main
    clause: no comparison stands between those words and the figure (the 987,000's year is
    another), a comparison after it in its ``region`` only leads to the next figure ("up
    from 987,000"; not "an increase of 8.2% on 2023", a change whose period is less
    sure), and the words name the whole year ("In late 2024" may be when the figure was
    announced, not the period it covers). Such a period is sure, however many figures the
    sentence holds."""
    from desertcheck.authoring.periods import COMPARISON, compared_between

    m = _OPENING.match(text, sentence[0], start)
    if m is None or m["when"] is not None or found.period != m["y"]:
        return False
    if COMPARISON.search(text, m.end(), start) or compared_between(text, m.end(), start):
        return False
    hi = region[1]
    return all(
        hi < sentence[1] and _TO_NEXT.fullmatch(text, c.end(), hi)
        for c in COMPARISON.finditer(text, start, hi)
    )
