"""The period a figure's sentence gives it, as a registry writes periods.

Only time words close to the figure count: those between the figure and its neighbouring
figures in the sentence, and at most :data:`REACH` characters away, so "He credited the 24
new buses [...] and a fare unchanged since 2019" gives the buses no period. What is found is
a guess, always shown with the words it came from; when nothing is found the caller falls
back on the source's publication date and says so.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from desertcheck.datehints import MONTH_NUMBERS, days_in_month, financial_year

REACH = 60  # characters between a figure and the time words that may date it
ADJACENT = 4  # characters between a figure and time words next to it ("In 2024, 3,415")

#: German month names besides the English ones (a source in German: "im Juni 2024",
#: "Jänner bis Juni 2024"); April, August, September and November are written alike.
_GERMAN_MONTHS = {
    "januar": 1, "jänner": 1, "jän": 1, "februar": 2, "feber": 2, "märz": 3, "mai": 5,
    "juni": 6, "juli": 7, "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
}  # fmt: skip
_MONTHS = MONTH_NUMBERS | _GERMAN_MONTHS
#: A year's quarters by their words ("the third quarter of 2025": July to September).
_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_QUARTERS |= {"fourth": 4, "4th": 4, "final": 4, "last": 4}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_M = r"(?P<{0}>(?i:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r"))\.?"
_Y = r"(?P<{0}>(?:19|20)[0-9]{{2}})(?![0-9])"
_D = r"(?P<{0}>[0-3]?[0-9])(?:st|nd|rd|th)?"


def _g(pattern: str, *names: str) -> str:
    return pattern.format(*names)


#: A UK financial year said to be one: "FY2025-26", "financial year 2025 to 2026", "the
#: 2025-26 financial year" (audit reads a draft's the same way: :mod:`.audit.financial_years`)
FINANCIAL = re.compile(
    r"(?i:\bFY|\bfinancial\s+year)\s*"
    + _g(_Y, "y1")
    + r"\s*(?:[-–—/]|\s(?i:to)\s)\s*(?P<y2>(?:19|20)?[0-9]{2})(?![0-9])"
    + r"|"
    + _g(_Y, "y3")
    + r"\s*[-–—/]\s*(?P<y4>(?:19|20)?[0-9]{2})\s+(?i:financial\s+year|FY)\b"
)


def financial_years(m: re.Match[str]) -> tuple[str, str]:
    """The first and the second year :data:`FINANCIAL` matched ("2025", "26")."""
    return (m["y1"], m["y2"]) if m["y1"] else (m["y3"], m["y4"])


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "between",
        re.compile(
            r"(?i:between|from|von|zwischen)\s+(?:"
            + _g(_M, "m1")
            + r"\s+)?"
            + _g(_Y, "y1")
            + r"\s+(?i:and|to|until|bis|und)\s+(?:"
            + _g(_M, "m2")
            + r"\s+)?"
            + _g(_Y, "y2")
        ),
    ),
    (
        "months",
        re.compile(
            r"(?:(?i:between|from)\s+"
            + _g(_M, "m1")
            + r"\s+(?i:and|to|until)|(?:(?i:von|zwischen)\s+)?"
            + _g(_M, "m3")
            + r"\s+(?i:bis|und))\s+"
            + _g(_M, "m2")
            + r"\s+"
            + _g(_Y, "y2")
        ),
    ),
    ("financial", FINANCIAL),
    ("span", re.compile(_g(_Y, "y1") + r"\s*[-–—/]\s*(?P<y2>(?:19|20)?[0-9]{2})(?![0-9])")),
    (
        "since",
        re.compile(r"(?i:since|from|seit)\s+(?:" + _g(_M, "m1") + r"\s+)?" + _g(_Y, "y1")),
    ),
    ("day", re.compile(_g(_D, "d") + r"\s+" + _g(_M, "m") + r",?\s+" + _g(_Y, "y"))),
    ("day", re.compile(_g(_M, "m") + r"\s+" + _g(_D, "d") + r",\s+" + _g(_Y, "y"))),
    (
        "half",
        re.compile(
            r"(?P<h>(?i:first|second|ersten|zweiten))\s+(?i:half\s+of|Halbjahr(?:es)?)\s+"
            + _g(_Y, "y")
        ),
    ),
    (
        "quarter",
        re.compile(
            r"(?P<q>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))[ \t]+"
            r"(?i:quarter)[ \t]+(?i:of)[ \t]+"
            + _g(_Y, "y")
            + r"|\b(?i:Q)(?P<qn>[1-4])[ \t]*(?:(?i:of)[ \t]+)?"
            + _g(_Y, "y2")
        ),
    ),
    (
        "season",
        re.compile(r"(?P<s>(?i:spring|summer|autumn|fall))\s+(?:of\s+)?" + _g(_Y, "y")),
    ),
    ("month", re.compile(_g(_M, "m") + r"\s+(?:of\s+)?" + _g(_Y, "y"))),
    # the year before the source's publication date, or its own; not "the last year", "in
    # the past year" (the twelve months before), nor "last year's" level compared with
    ("relative", re.compile(r"(?<![\w-])(?<!the )(?P<r>(?i:last|this))[ \t]+(?i:year)(?![\w'’-])")),
    ("year", re.compile(r"(?<![\w.,-])" + _g(_Y, "y") + r"(?![\w%-]|[.,][0-9])")),
]


#: At most four words, and spaces (or a line break) only, between a figure and the time
#: words after it: its unit, however many words, and a verb or preposition ("cubic
#: metres in", "were issued in").
_OWN_WORDS = re.compile(r"(?:\s+[^\W\d_]+(?:['’-][^\W\d_]+)*){1,4}\s+")
#: Time words this close after a figure, no punctuation between, are its period for sure
#: ("48.5 million crowns for bus operations in 2024")
_NEXT_TO = re.compile(r"(?:\s+[^\W\d_]+(?:['’-][^\W\d_]+)*){1,5}\s+")


#: Between a time expression and a figure after it, words that make the time the period
#: of a figure before ("... on 4 February 2025, up from 1,190"): not this figure's.
#: "more than", "less than" or "fewer than" before an amount is a qualifier, no comparison
#: ("waited more than an hour … in October 2025"); before time words it compares ("12%
#: more than in 2023", "more than a year earlier").
_COMPARED = re.compile(
    r"(?i:\b(?:up|down)\s+from\b|\bfrom\b|\bcompared\s+(?:with|to)\b"
    r"|\bthan\b(?<!more than)(?<!less than)(?<!fewer than)"
    r"|\b(?:more|less|fewer)\s+than\b(?!\s+(?:[0-9]|(?:an?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|half)\b(?!\s+(?:years?|months?|quarters?|weeks?)\s+(?:earlier|before|ago|"
    r"previously)\b)))"
    r"|\bagainst\b|\bversus\b|\bvs\b)"
)
#: Right before a time expression after the figure: the period compared with ("an
#: increase of 8.2% on 2023"), not the period of the figure. "on" only before a year.
_BASE = re.compile(
    r"(?i:\b(?:compared[ \t]+(?:with|to)|than(?:[ \t]+in)?|against|versus|vs\.?"
    r"|relative[ \t]+to"
    # German: "11.800 weniger als 2023", "gegenüber 2023", "im Vergleich zu 2023"
    r"|als(?:[ \t]+(?:im[ \t]+Jahr|in))?|gegenüber(?:[ \t]+dem[ \t]+Jahr)?"
    r"|im[ \t]+Vergleich[ \t]+zu(?:m[ \t]+Jahr)?))[ \t]+(?:the[ \t]+)?\Z"
)
_BASE_YEAR = re.compile(r"(?i:\b(?:on|over))[ \t]+\Z")
#: A multiple of another period's number: "more than double the number in 2023", "twice
#: the level of 2019", "three times that of 2020", "twice as many as in 2022": the year
#: after it is the period compared with
_MULTIPLE = (
    r"(?i:\b(?:double|twice|triple|treble|quadruple|half|(?:two|three|four|five|ten|[0-9]+)"
    r"[ \t]+times)[ \t]+(?:as[ \t]+(?:many|much|high|large)[ \t]+as|(?:the|that)(?:[ \t]+"
    r"[^\W\d_]+)?)[ \t]+(?:(?:in|of|for|at)[ \t]+)?)"
)
_BASE_MULTIPLE = re.compile(_MULTIPLE + r"\Z")
#: After a time expression, up to the next figure: only a comparison, so the time is the
#: figure's before it, however far ("1,482 people [...] on 4 February 2025, up from 1,190")
_CLOSING = re.compile(
    r"[ \t,;]*(?i:(?:up|down)[ \t]+from|compared[ \t]+(?:with|to)|against|versus|than)"
    r"[ \t]+(?i:(?:some|about|around|nearly|almost|just|over|under)[ \t]+)?"
)
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
#: After the figure: its period is the sentence's, so many years back ("up from 1,190 a
#: year earlier")
_RELATIVE = re.compile(
    r"(?i:\b(?P<n>a|one|two|three|four|five|[1-9])[ \t]+years?[ \t]+(?:earlier|before)\b"
    r"|\bthe[ \t]+(?:previous|preceding)[ \t]+year\b|\bthe[ \t]+year[ \t]+before\b)"
)
#: Words of a sentence that compares two periods: its period is then never sure
COMPARISON = re.compile(
    r"(?i:\b(?:up|down)[ \t]+from\b|\bcompared[ \t]+(?:with|to)\b|\brelative[ \t]+to\b"
    r"|\bthan[ \t]+(?:(?:in|on|at|for)[ \t]+)?(?:the[ \t]+)?(?:(?:19|20)[0-9]{2}\b|previous"
    r"\b|preceding\b|last\b|a[ \t]+year\b)"
    r"|\b(?:on|over)[ \t]+(?:the[ \t]+)?(?:(?:19|20)[0-9]{2}\b(?![ \t]*[-–/])"
    r"|(?:previous|preceding|last)[ \t]+[^\W\d_]+)"
    r"|\byear[- ]on[- ]year\b|\b(?:a|one|two|three|four|five|[1-9])[ \t]+years?[ \t]+"
    r"(?:earlier|before|ago)\b|\bthe[ \t]+(?:previous|preceding)[ \t]+year\b"
    r"|\bthe[ \t]+year[ \t]+before\b)"
    r"|" + _MULTIPLE + r"(?:19|20)[0-9]{2}\b"
    r"|(?i:\b(?:als|gegenüber|im[ \t]+Vergleich[ \t]+zu)[ \t]+(?:(?:im[ \t]+Jahr|dem[ \t]+Jahr|"
    r"in)[ \t]+)?(?:19|20)[0-9]{2}\b|\bim[ \t]+Vorjahr\b)"
)


@dataclass(frozen=True, slots=True)
class PeriodGuess:
    period: str  # as a registry writes it: 2023, 2023-05, 2023-05-01, 2022/2023, ...
    words: str  # the words it was read from
    cumulative: bool = False  # "since ...": a running total
    next_to: bool = False  # the words are next to the figure ("in 2023, 13.4 million")
    unsure: str | None = None  # why the words may mean another period than ``period``


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    kind: str
    match: re.Match[str]


def time_hits(text: str, lo: int, hi: int) -> list[Hit]:
    """Time expressions in ``text[lo:hi]``, the longest at each place."""
    found: list[Hit] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text, lo, hi):
            found.append(Hit(m.start(), m.end(), kind, m))
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for h in found:
        if kept and h.start < kept[-1].end:
            continue  # inside a longer expression already kept
        kept.append(h)
    return kept


def guess(
    text: str,
    start: int,
    end: int,
    region: tuple[int, int],
    published: str | None = None,
    sentence: tuple[int, int] | None = None,
) -> PeriodGuess | None:
    """The period the words near ``text[start:end]`` give, within ``region`` (the part of the
    sentence that no other figure is closer to); None when none is near enough.

    Time words that a comparison separates from the figure ("in 2023, up from 11.9
    million") or that name the period compared with ("8.2% on 2023") are not its period;
    "a year earlier" after the figure moves the period before it back by a year. A figure
    compared with a period and given none takes the nearest other time words of its
    ``sentence`` ("In 2024, [...] an increase of 8.2% on 2023": 2024)."""
    lo, hi = region
    hits = time_hits(text, lo, hi)
    back = _RELATIVE.search(text, end, min(hi, end + REACH))
    if back is not None and _compared_with(text[max(0, back.start() - 30) : back.start()]):
        back = None  # "6 per cent on the previous year": the period compared with
    if back is not None:
        before = [h for h in hits if h.end <= start]
        shifted = _shifted(before[-1], published, back) if before else None
        if shifted is not None:
            return shifted
    # the word after the figure is usually its unit ("11.9 million trips in 2022"): time
    # words after it are as near as those right before the figure
    unit = re.match(r"[ \t]*[^\W\d_]+", text[end:hi])
    skip = len(unit.group()) if unit else 0
    best: tuple[tuple[int, bool], Hit, bool] | None = None  # key, time words, next to it
    compared = False
    for h in hits:
        if _other_clause(text, start, end, h):
            if h.start >= end:
                compared = True
            continue  # the time of the figure on the comparison's other side
        if h.end <= start:
            key = (start - h.end, True)
            next_to = key[0] <= ADJACENT
        elif h.start >= end:
            if _base(text, h):
                compared = True
                continue  # the period compared with
            # after wins a tie; so do time words after a few words of the figure's own
            # ("398.1 million cubic metres in 2023", "9 notices were issued in 2024"), and
            # time words that only a comparison separates from the next figure
            near = _OWN_WORDS.fullmatch(text, end, h.start) is not None
            closing = hi < len(text) and _CLOSING.fullmatch(text, h.end, hi) is not None
            distance = max(0, h.start - end - skip)
            next_to = distance <= ADJACENT or _NEXT_TO.fullmatch(text, end, h.start) is not None
            key = (0 if near or closing else distance, False)
        else:
            continue  # the figure itself ("2024-25" read as a figure is not its own period)
        if key[0] <= REACH and (best is None or key < best[0]):
            best = (key, h, next_to)
    if best is None:
        if compared and sentence is not None:
            return elsewhere(text, start, sentence, published)
        return None
    _, h, next_to = best
    found = period_of(h, published)
    if found is None or not next_to:
        return found
    return dataclasses.replace(found, next_to=True)


def elsewhere(
    text: str, start: int, sentence: tuple[int, int], published: str | None
) -> PeriodGuess | None:
    """The nearest time words of the sentence that are no period compared with: the
    period of a figure whose own clause compares, and of a sentence of one figure whose
    time words stand further than :data:`REACH` ("Around 12% of patients waited more than
    an hour outside hospital emergency departments before handover in October 2025.")."""
    hits = [
        h
        for h in time_hits(text, *sentence)
        if not _base(text, h) and not _other_clause(text, start, start, h)
    ]
    if not hits:
        return None
    nearest = min(hits, key=lambda h: abs(start - h.start))
    return period_of(nearest, published)


def _other_clause(text: str, start: int, end: int, h: Hit) -> bool:
    """Whether a comparison ("up from", "compared with", "than") stands between the figure
    at ``text[start:end]`` and the time expression ``h``: the time is then the figure's on
    the other side ("In 2024 … 1.2 million visits, up from 987,000 in 2023": 2023 is the
    987,000's; "rated 7.8, compared with 7.1 in 2022": 2022 is the 7.1's)."""
    if h.end <= start:
        return compared_between(text, h.end, start)
    return h.start >= end and compared_between(text, end, h.start)


def compared_between(text: str, lo: int, hi: int) -> bool:
    """Whether a comparison ("up from", "than", "compared with") stands in ``text[lo:hi]``."""
    return _COMPARED.search(text, lo, hi) is not None


def _base(text: str, h: Hit) -> bool:
    """Whether the time expression ``h`` is the period a figure is compared with."""
    before = text[max(0, h.start - 30) : h.start]
    return (
        _BASE.search(before) is not None
        or (h.kind == "year" and _BASE_YEAR.search(before) is not None)
        or _BASE_MULTIPLE.search(text[max(0, h.start - 45) : h.start]) is not None
    )


def _compared_with(before: str) -> bool:
    """Whether words ending ``before`` introduce a period compared with ("on", "than")."""
    return _BASE.search(before) is not None or _BASE_YEAR.search(before) is not None


def _shifted(h: Hit, published: str | None, back: re.Match[str]) -> PeriodGuess | None:
    """The period of ``h`` moved back by the years ``back`` says ("a year earlier")."""
    found = period_of(h, published)
    if found is None or found.cumulative:
        return None
    n = back.group("n")
    years = _COUNT.get(n.lower(), 0) if n else 1
    years = years or int(n)

    def earlier(m: re.Match[str]) -> str:
        return str(int(m.group()) - years)

    period = re.sub(r"(?:19|20)[0-9]{2}", earlier, found.period)
    if period.endswith("-02-29"):  # no 29 February in most years: the month is sure
        period = period[:-3]
    words = f"{found.words} … {' '.join(back.group().split())}"
    return PeriodGuess(period, words)


def doubt(
    text: str,
    sentence: tuple[int, int],
    region: tuple[int, int],
    found: PeriodGuess,
    figure_end: int | None = None,
) -> str | None:
    """Why the period ``found`` for a figure is not sure: the part of the sentence nearest
    the figure compares periods ("up from", "a year earlier", "on 2023", "compared
    with"), or the sentence holds several figures and the time words are not next to this
    one; None when the reading is sure. A comparison after the figure's own time words,
    next to it, compares another figure with it ("48.2 million journeys in 2025, up from
    45.9 million in 2024"): the figure's period is sure."""
    lo, hi = sentence
    for m in COMPARISON.finditer(text, *region):
        own = found.next_to and figure_end is not None
        if own and text.find(found.words, figure_end, m.start()) >= 0:
            continue  # "… journeys in 2025, up from …": the comparison is the next one's
        return f"the sentence compares periods (“{' '.join(m.group().split())}”)"
    if (region[0] > lo or region[1] < hi) and not found.next_to:
        return "the sentence holds several figures"
    return found.unsure


def _month(word: str | None) -> int | None:
    return _MONTHS.get(word.lower().rstrip(".")) if word else None


#: Before "since": a record the year dates, not a running total ("the lowest number since
#: 2015", "the first time since 2019", "a record since 2010").
_SINCE_RECORD = re.compile(
    r"(?i:\b(?:lowest|highest|fewest|most|least|largest|smallest|biggest|greatest|best|worst"
    r"|first|record)\b(?:[ \t]+[^\W\d_]+){0,3}[ \t]*)\Z"
)


def period_of(h: Hit, published: str | None) -> PeriodGuess | None:
    m = h.match
    words = " ".join(m.group().split())
    g = m.groupdict()
    if h.kind == "day":
        month = _month(g["m"])
        day = int(g["d"])
        if month is None or not 1 <= day <= days_in_month(int(g["y"]), month):
            return None
        return PeriodGuess(f"{g['y']}-{month:02d}-{day:02d}", words)
    if h.kind == "month":
        return PeriodGuess(f"{g['y']}-{_month(g['m']):02d}", words)
    if h.kind == "year":
        return PeriodGuess(g["y"], words)
    if h.kind == "relative":
        return _relative(g["r"].lower(), words, published)
    if h.kind == "half":
        first_half = g["h"].lower() in ("first", "ersten")
        y = g["y"]
        return PeriodGuess(f"{y}-01/{y}-06" if first_half else f"{y}-07/{y}-12", words)
    if h.kind == "quarter":
        n = int(g["qn"]) if g["qn"] else _QUARTERS[g["q"].lower()]
        y = g["y"] or g["y2"]
        return PeriodGuess(f"{y}-{3 * n - 2:02d}/{y}-{3 * n:02d}", words)
    if h.kind == "season":
        a, b = _SEASONS[g["s"].lower()]
        return PeriodGuess(f"{g['y']}-{a:02d}/{g['y']}-{b:02d}", words)
    if h.kind == "since":
        if published is None or _SINCE_RECORD.search(m.string, max(0, m.start() - 60), m.start()):
            return None
        begin = _ym(g["y1"], g.get("m1"))
        if (
            begin[: len(published)] > published[: len(begin)]
        ):  # "fares rise to £2.10 from January 2026"
            why = (
                f"“{words}” starts after the publication date ({published}): a change "
                "that takes effect then, not a running total; write the period the figure "
                "holds for"
            )
            return PeriodGuess(begin, words, unsure=why)
        return PeriodGuess(f"{begin}/{published}", words, cumulative=True)
    if h.kind == "financial":
        y1, y2 = financial_years(m)
        months = financial_year(y1, y2)
        if months is None:  # not one year and the next: the years themselves
            y2 = y1[:2] + y2 if len(y2) == 2 else y2
            return PeriodGuess(f"{y1}/{y2}", words) if y2 > y1 else None
        return PeriodGuess(months, words)
    if h.kind == "span":
        y1, y2 = g["y1"], g["y2"]
        if len(y2) == 2:
            y2 = y1[:2] + y2
        months = financial_year(y1, y2) if len(g["y2"]) == 2 else None
        if months:  # "2025/26": two whole years, or often a UK financial or a school year
            why = (
                f"“{words}” is taken as both whole years, but a UK financial year (April "
                f"to March) is written {months}, a school year by its months too"
            )
            return PeriodGuess(f"{y1}/{y2}", words, unsure=why)
        return PeriodGuess(f"{y1}/{y2}", words) if y2 > y1 else None
    # between / months
    y1 = g.get("y1") or g["y2"]
    first, last = _ym(y1, g.get("m1") or g.get("m3")), _ym(g["y2"], g.get("m2"))
    return PeriodGuess(f"{first}/{last}", words) if first < last else None


def _relative(which: str, words: str, published: str | None) -> PeriodGuess | None:
    """ "last year" (the year before the source's publication date) or "this year" (its
    year, which may be the year so far); None for a source of no date."""
    if not published:
        return None
    year = int(published[:4])
    if which == "last":
        return PeriodGuess(str(year - 1), f"{words} (published {published})")
    why = (
        f"“{words}” is read as {year}, the year of the publication date ({published}); "
        "the figure may cover only the year so far, or a financial year"
    )
    return PeriodGuess(str(year), f"{words} (published {published})", unsure=why)


def _ym(year: str, month: str | None) -> str:
    number = _month(month)
    return f"{year}-{number:02d}" if number else year


def open_since(text: str, lo: int, hi: int) -> tuple[str, str] | None:
    """(words, start) of the first running total in ``text[lo:hi]`` ("since 2022": "2022"),
    which only a date can end (a source of no date gives none); None when there is none."""
    for h in time_hits(text, lo, hi):
        m = h.match
        if h.kind == "since" and not _SINCE_RECORD.search(text, max(0, m.start() - 60), m.start()):
            return " ".join(m.group().split()), _ym(m["y1"], m["m1"])
    return None
