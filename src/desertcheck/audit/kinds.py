"""Kinds of figures: a draft's figure is only compared with claims of its own kind.

A kind is ``percent``, ``share``, ``duration`` (years, months, days), a rate
(``rate-month``, ``rate-week``, ``rate-day``: ``a month``, ``weekly``, ``a working day``,
``в рабочий день``; ``rate-hour``, ``an hour``, which no claim counts by), a rate with a
base (``rate-per-1000``: "37.9 crimes per 1,000 residents",
:mod:`desertcheck.quantity.bases`) or ``count``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desertcheck.audit import (
    bulgarian,
    continental,
    czech,
    danish,
    dutch,
    estonian,
    finnish,
    greek,
    hungarian,
    norwegian,
    portuguese,
    romanian,
    swedish,
    translations,
    turkish,
    ukrainian,
)
from desertcheck.audit.rate_bases import base_kind
from desertcheck.compiled import regex
from desertcheck.quantity.bases import unit_base

if TYPE_CHECKING:
    from desertcheck.model import Claim
    from desertcheck.quantity import Quantity

#: A rate's span in the words after a figure: "1,200 a month", "an average of 40 per day",
#: and as a slide or a table abbreviates it: "~1k new cases/mo", "38/working day", "40/wk".
_RATE_AFTER = regex(
    r"\A[^.;:!?\d/]{0,40}?(?:\b(?:a|per|each|every|an?\s+average\s+of\s+\w+\s+(?:a|per))\s+|"
    r"/\s*)(?:working\s+|calendar\s+)?(month|mo|mth|week|wk|day)\b",
    re.IGNORECASE,
)
#: A rate an hour, of the figure itself: "38 an hour", "38 verdicts every hour", "38
#: verdicts/hr" (no claim's span: a day's rate said of an hour is a `mismatch`), at most two
#: words after it with no stop between; not "18,159 cases, refreshed every hour", "within an
#: hour", "half an hour".
_RATE_HOUR_AFTER = regex(
    r"\A(?:\s+(?!(?:within|in|half|quarter|for|than|after|over|under|updated|refreshed|"
    r"revised|published|checked|posted)\b)[^\W\d]+(?:-[^\W\d]+)*){0,2}"
    r"(?:\s+(?:an?|per|each|every)\s+(?:calendar\s+|working\s+)?|\s*/\s*)(hour|hr)\b",
    re.IGNORECASE,
)
#: A rate's span corrected right after it: "a day — a month, sorry", "a week, I mean a month".
_CORRECTED_SPAN = regex(
    r"\s*(?:[-–—,]+|\.\.\.)\s*(?:(?P<said>no|sorry|I\s+mean|rather),?\s+)?(?:a|an|per|every)\s+"
    r"(?P<span>month|week|day|hour)\b(?(said)|\s*,?\s*(?:sorry|I\s+mean)\b)",
    re.IGNORECASE,
)
#: The abbreviations of a rate's span, and the span they stand for.
_SPAN_ABBREVIATIONS = {"mo": "month", "mth": "month", "wk": "week", "hr": "hour"}
#: The same in Russian: "38 решений в рабочий день", "1000 дел в месяц".
_RATE_AFTER_RU = regex(
    r"\A[^.;:!?\d]{0,40}?(?<!\w)(?:в|за|каждый|каждую|каждые)\s+(?:рабочий\s+|среднем\s+)?"
    r"(месяц|неделю|день|сутки)(?!\w)",
    re.IGNORECASE,
)
#: The unit the parser gives "8-fold" (and :mod:`.ratios` "eightfold"), and the kind of a
#: ratio the draft works out: no claim's kind, so it is reported ``unsourced``.
FOLD = "fold"
RATIO = "ratio"
_RU_SPANS = {"месяц": "month", "неделю": "week", "день": "day", "сутки": "day"}
#: Units of a duration, in English and Russian, and the years and months of the languages a
#: translated draft keeps ("up to 15 años"; :mod:`.scales`).
_DURATION_UNITS = frozenset(
    [
        "year",
        "years",
        "y",  # "AWOL 10y, disobedience 3y": a terse note's years
        "yr",
        "yrs",
        "month",
        "months",
        "day",
        "days",
        *("años", "anos", "anni", "ans", "jahre", "jahren"),
        *("meses", "mesi", "mois", "monate", "monaten"),
        "лет",
        "год",
        "года",
        "месяц",
        "месяца",
        "месяцев",
        "день",
        "дня",
        "дней",
        *ukrainian.DURATION_UNITS,
    ]
)
#: A rate word right before a figure: "monthly 1,200".
_RATE_WORD_BEFORE = regex(r"\b(monthly|weekly|daily)\s*\Z", re.IGNORECASE)
_RATE_WORDS = {"monthly": "month", "weekly": "week", "daily": "day"}
#: A rate adverb closing a figure's words: "convicted 700 to 800 soldiers monthly".
_RATE_ADVERB_AFTER = regex(
    r"\A[^.;:!?\d]{0,40}?\b(monthly|weekly|daily)(?=\s*(?:[.,;:!?)]|\Z|(?:and|in|since|from|"
    r"on\s+average)\b))",
    re.IGNORECASE,
)
#: The same in Russian, a word or two away: "ежемесячно поступало около тысячи",
#: "около тысячи дел ежемесячно".
_RATE_WORD_RU = regex(r"(?<!\w)(ежемесячн|еженедельн|ежедневн)\w*", re.IGNORECASE)
_RU_RATE_WORDS = {"ежемесячн": "month", "еженедельн": "week", "ежедневн": "day"}
_RU_WORDS_BEFORE = regex(r"(?:\s+[^\W\d]+){0,2}\s*\Z")
_RU_WORDS_AFTER = regex(r"\A[^.;:!?\d]{0,40}?(?<!\w)(ежемесячн|еженедельн|ежедневн)", re.IGNORECASE)


def claim_kind(claim: Claim) -> str:
    """The kind of a claim, from its unit."""
    unit = claim.unit.lower()
    if unit in ("percent", "per-cent", "%"):
        return "percent"
    if unit == "share":
        return "share"
    if unit in ("years", "year", "months", "days"):
        return "duration"
    if (base := unit_base(unit)) is not None:
        return base_kind(base)
    rate = _RATE_IN_UNIT.search(unit)
    if rate:
        return f"rate-{_GERMAN_SPANS.get(rate.group(1), rate.group(1))}"
    return "count"


#: A rate in a claim's unit, hyphenated as the registry writes units ("cases-per-month",
#: "verdicts-per-working-day") or in words as `add claim` keeps them from the quote ("GBP a
#: month", "EUR pro Tag").
_RATE_IN_UNIT = re.compile(
    r"(?:^|[\s-])(?:a|an|per|each|every|pro|je)[\s-]+(?:working[\s-]+)?"
    r"(month|week|day|monat|woche|tag|nacht)(?![^\W\d_])"
)
_GERMAN_SPANS = {"monat": "month", "woche": "week", "tag": "day", "nacht": "day"}


def _ru_rate_word(after: str, before: str) -> str | None:
    """A Russian or Ukrainian rate adverb within two words before a figure or in its words
    after it."""
    for words_after, word, spans in (
        (_RU_WORDS_AFTER, _RATE_WORD_RU, _RU_RATE_WORDS),
        (ukrainian.RATE_WORDS_AFTER, ukrainian.RATE_WORD, ukrainian.SPANS),
    ):
        m = words_after.match(after)
        if m:
            return spans[m.group(1).lower()]
        for found in word.finditer(before[-60:]):
            if _RU_WORDS_BEFORE.fullmatch(before[-60:][found.end() :]):
                return spans[found.group(1).lower()]
    return None


def figure_kind(q: Quantity, after: str, before: str) -> str:
    """The kind of a draft's figure, from its unit and the words of its sentence ``after``
    and ``before`` it."""
    unit = (q.unit or "").lower()
    if unit == FOLD:  # "eightfold", "8-fold": a ratio the draft works out
        return RATIO
    if unit == "percent":
        return "percent"
    if unit == "share":
        return "share"
    if q.base is not None:  # "37.9 crimes per 1,000 residents"
        return base_kind(q.base)
    rate = _RATE_HOUR_AFTER.match(after) or _RATE_AFTER.match(after)
    if rate:
        # "40,000 a day — a month, sorry, a month": the span the speaker corrects it to
        corrected = _CORRECTED_SPAN.match(after, rate.end())
        span = (corrected["span"] if corrected else rate.group(1)).lower()
        return f"rate-{_SPAN_ABBREVIATIONS.get(span, span)}"
    rate_ru = _RATE_AFTER_RU.match(after)
    if rate_ru:
        return f"rate-{_RU_SPANS[rate_ru.group(1).lower()]}"
    rate_uk = ukrainian.RATE_AFTER.match(after)
    if rate_uk:
        return f"rate-{ukrainian.SPANS[rate_uk.group(1).lower()]}"
    if span_de_fr := continental.rate_span(after, before):  # "pro Monat", "monatlich 900"
        return f"rate-{span_de_fr}"
    for writing in (
        dutch.WRITING,
        portuguese.WRITING,
        swedish.WRITING,
        norwegian.WRITING,
        danish.WRITING,
        czech.WRITING,
        finnish.WRITING,
        romanian.WRITING,
        turkish.WRITING,
        greek.WRITING,
        hungarian.WRITING,
        estonian.WRITING,
        bulgarian.WRITING,
    ):
        if span_translated := translations.rate_span(writing, after, before):  # "per maand"
            return f"rate-{span_translated}"
    rate_word = _RATE_WORD_BEFORE.search(before) or _RATE_ADVERB_AFTER.match(after)
    if rate_word:
        return f"rate-{_RATE_WORDS[rate_word.group(1).lower()]}"
    span = _ru_rate_word(after, before)
    if span:
        return f"rate-{span}"
    if unit in _DURATION_UNITS:
        return "duration"
    return "count"


_RATE_WORD_IN_CLAUSE = regex(
    r"\b(?:(monthly|weekly|daily)|(?:each|every|per|an?)\s+(?:working\s+|calendar\s+)?"
    r"(month|week|day|hour))\b",
    re.IGNORECASE,
)


#: The same in Russian: "Каждый месяц Россия набирает от 40 000 до 45 000 человек",
#: "ежемесячно … около тысячи".
_RU_RATE_IN_CLAUSE = regex(
    r"(?<!\w)(?:(ежемесячн|еженедельн|ежедневн)\w*|кажд(?:ый|ую|ое|ые)\s+(?:рабочий\s+)?"
    r"(месяц|неделю|день|сутки)(?!\w))",
    re.IGNORECASE,
)


def rate_in_clause(before: str) -> str | None:
    """The rate a rate word earlier in a figure's own clause gives it ("put Russia's
    monthly intake in mid-2025 at 40,000-45,000 men", "Convictions handed down each month
    in spring 2025: between 700 and 800": rate-month), or None. Weaker than a rate word
    right before or after the figure, so asked only when the figure, read as a count,
    meets no claim."""
    found = list(_RATE_WORD_IN_CLAUSE.finditer(before))
    if not found:
        uk = list(ukrainian.RATE_WORD.finditer(before))  # "щомісяця до суду передають"
        if uk:
            return f"rate-{ukrainian.SPANS[uk[-1].group(1).lower()]}"
        ru = list(_RU_RATE_IN_CLAUSE.finditer(before))
        if not ru:
            return None
        adverb, span = ru[-1].groups()
        return f"rate-{_RU_RATE_WORDS[adverb.lower()] if adverb else _RU_SPANS[span.lower()]}"
    word, span = found[-1].groups()
    return f"rate-{_RATE_WORDS[word.lower()]}" if word else f"rate-{span.lower()}"


def elided_in_turn(figures: list[Quantity], i: int, text: str = "") -> bool:
    """Whether ``figures[i]``, a bare small number after a duration in its sentence, is a
    duration whose unit the draft leaves out ("up to ten years for going AWOL, up to three
    for disobeying", "до десяти лет …, до трёх"), after a run of them too:
    "up to 15 years; going absent a maximum of ten; disobeying an order a maximum of
    three" (three is the second bare number after the duration, as ten is the first).
    With ``text`` (the draft), not when the words between them name what the number counts:
    "an average of three years, and that convictions … rose from nine" counts convictions
    (:data:`_COUNTED`)."""
    j = i
    while j > 0 and bare_small(figures[j]):
        j -= 1
        if (figures[j].unit or "").lower() in _DURATION_UNITS:
            return j < i and not _COUNTED.search(text, figures[j].end, figures[i].start)
    return False


#: Nouns of what a count counts: between a duration and a bare number, they say the
#: number is no duration whose unit is left out (people are not among them: "and soldiers
#: absent without leave up to ten" is their penalty).
_COUNTED = regex(r"\b(?:convictions|cases|verdicts|trials|prosecutions)\b", re.IGNORECASE)


_CHANGE_GAP = regex(r"\s+(?:to|до)\s+\Z", re.IGNORECASE)


def changed_from(q: Quantity, after: Quantity, gap: str) -> bool:
    """Whether ``q``, a bare small number, is the first value of a change to the duration
    ``after`` ("doubled from five to ten years": five years), ``gap`` the text between."""
    return (
        bare_small(q)
        and (after.unit or "").lower() in _DURATION_UNITS
        and _CHANGE_GAP.fullmatch(gap) is not None
    )


def bare_small(q: Quantity) -> bool:
    """Whether ``q`` is a small whole number with no unit: one whose unit may be elided."""
    return not q.unit and q.high == int(q.high) and q.high <= 50


def ends_in_duration(figures: list[Quantity]) -> bool:
    """Whether the last of a sentence's ``figures`` is a duration, its unit said or
    elided after one ("up to twenty years; …, up to ten")."""
    i = len(figures) - 1
    if i < 0:
        return False
    return (figures[i].unit or "").lower() in _DURATION_UNITS or elided_in_turn(figures, i)
