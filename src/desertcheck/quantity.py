"""Find the statistics in a text: numbers with their qualifier, unit and character span.

A pure, dependency-free parser (stdlib ``re`` only) used by ``verify`` on quotes and by
``audit`` on editors' drafts. ``parse_quantities(text)`` returns every figure in order of
appearance and never raises on any ``str``.

Supported forms
---------------
* Digits, optionally with thousands separators: comma, space, U+00A0, U+202F, U+2009 or none
  (``16,000``, ``50 000``, ``50\\u00a0000``, ``3050``). A separator group is only taken when
  exactly three digits follow and all groups use the same separator, so ``in 2024 12 cases``
  is 2024 (a year, skipped) and 12. Decimals with a point (``2.4``); a decimal comma only
  before a Russian scale word or percent (``1,5 млн``).
* Scales: ``4.5K``/``5.5k``, ``2.4M``, ``1.5B``, ``1.5bn``/``1.5 bn``, ``mn``, ``thousand``,
  ``million``, ``billion``, ``trillion``, ``тыс.``, ``тысяч(а/и)``, ``млн``, ``миллион(а/ов)``,
  ``млрд``, ``миллиард(а/ов)``, ``трлн``. Lower-case ``m``/``b`` are not scales (metres...).
* Number words: one..nineteen, twenty..ninety, compounds (``twenty-one``), ``a/two hundred``,
  ``... thousand/million/billion``, ``a dozen`` (12), ``two dozen``, ``half a dozen``,
  ``half a million``, ``one and a half``. A bare ``one`` (``one of the...``) is not returned.
  Ordinals are not quantities: ``21st``, ``2nd``, ``twenty-first``, ``twenty first month``.
* Shares (unit ``"share"``, value as a fraction): ``two-thirds``, ``half``, ``a quarter of``,
  ``three quarters``, ``one in five`` (0.2), ``one out of ten``; Russian ``половина``,
  ``треть``, ``две трети``, ``четверть``. ``a third``/``a quarter`` count only when followed by
  ``of`` or punctuation (``a third country`` is an ordinal); ``first/second half`` is skipped.
* Percent (unit ``"percent"``): ``10%``, ``10 %``, ``10 per cent``, ``10 percent``, ``10 pct``,
  ``10 процентов``.
* Ranges (qualifier ``"between"``): ``20-30%`` (percent and scale carry to the low end: ``2-3
  million``), ``40,000-45,000``, ``40,000–45,000``, ``5 to 10``, ``between 15,000 and 20,000``,
  ``from five to ten years``, ``от 5 до 10 лет``. A qualifier before a range (``as many as
  20-30%``) is dropped: the qualifier of a range is always ``"between"``.
* Vague amounts, returned as ranges with ``vague=True`` (qualifier ``"between"`` unless a
  qualifier precedes them). The choices:

  ====================================  ==========================
  tens of thousands / десятки тысяч     10,000 - 99,999
  hundreds of thousands / сотни тысяч   100,000 - 999,999
  tens of millions                      10,000,000 - 99,999,999
  a few / several N, несколько N        2N - 9N (a few hundred: 200 - 900)
  hundreds / сотни                      100 - 999
  thousands / тысячи                    1,000 - 9,999
  millions / миллионы                   1,000,000 - 9,999,999
  dozens                                24 - 99
  десятки                               20 - 99
  ====================================  ==========================

* Qualifiers, only when directly before the figure (the span then includes them):
  ``over``: over, more than, above, in excess of, upwards of, exceeding, >, более, свыше,
  больше; ``at-least``: at least, no fewer/less than, a minimum of, ≥, не менее, как минимум,
  по меньшей мере; ``nearly``: nearly, almost, close to, just under, почти, без малого;
  ``about``: some, about, around, roughly, approximately, an estimated, circa, ~, ≈, около,
  примерно, приблизительно, порядка; ``up-to``: up to, as many as, no more than, less than,
  fewer than, under, below, at most, <, ≤, до, вплоть до, не более, менее. (``less than`` and
  ``under`` map to ``up-to``: both mean the interval [0, v].) Anything else - including ``a
  total of``, ``only``, ``just`` - leaves the figure ``exactly``.
* Unit: the word after the figure (after ``%``), lower-cased, skipping ``of``, up to two
  modifiers (``new``, ``criminal``, ``military``, ``such``...) or capitalised words (``Russian``)
  when a further word follows, and ``None`` for function words and common verbs (``16,000 have
  been`` -> ``None``). A hyphenated word counts (``10-year`` -> ``year``); letters glued to the
  number are the unit (``10km``).

Not statistics (never returned)
-------------------------------
* Years: a plain 4-digit number 1900-2100 (no separator, decimal, scale or percent) is a year,
  unless a counting qualifier precedes it (over, some, nearly, at least...) or it is followed by
  a percent or a counted lower-case noun (``over 3050 cases``; ``1950 soldiers``) - and it is a
  year whatever follows after ``in``, ``since``, ``by``, ``until``, ``during``, ``from``, a
  season, ``в``, ``с``.... Year ranges and lists: ``2024–25``, ``2022-2023``, ``between 2022 and
  2025``, ``2024 and 2025``, ``mid-2025``, ``1990s``, ``2022 г.``.
* Dates (``15 September 2025``, ``September 15, 2025``, ``Dec 9, 2023``, ``March 2025``,
  ``2025-09-15``, ``24.10.2025``, ``15 сентября 2025``), times (``10:30``, ``10 pm``).
* References: ``Article 337``, ``Art. 338``, ``Articles 337 and 338``, ``para. 91``, ``paragraph
  12``, ``section 4.5``, ``§ 5``, ``chapter 3``, ``No. 5``, ``p. 12``, ``статья 337``, ``ст.
  338``, ``ч. 3``, ``п. 2``, ``№ 5``; numbered headings and list items at the start of a line
  (``4.5.``, ``4.5.1.``, ``1.``, ``2)``, ``## 3``); dotted version-like numbers (``4.5.1``).
* Footnote markers: ``^{[955](#)}``, ``[955](#)``, ``[12]``, ``^12``, ``(1)``, superscript
  digits; link targets ``](...)``; URLs (``http://``, ``www.``, ``host.tld/path``), e-mail
  addresses; digits glued to letters (``a84212``, ``COVID-19``).

Digits of any script (Unicode ``Nd``: full-width ``５０``, Arabic-Indic ``٥٠``, Devanagari...)
are read as their values; full-width punctuation and the Arabic separators ``٬`` ``٫`` and
percent sign ``٪`` as their ASCII forms. Spans and texts stay those of the original text.

A figure never starts or ends inside a number: ``1,5000``, ``12,34,567`` and ``50,000,00``
give no figure rather than 1, 12 or 50,000; nor do digits joined by a soft hyphen, zero-width
space, word joiner or BOM (quote matching removes them: ``1\u200b500`` is 1500 there).

Known limits: Russian number words (``пять``) are not read; a space-separated group after a
small number is joined (``aged 18 300 men`` -> 18300).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Final

__all__ = ["QUALIFIERS", "Quantity", "parse_quantities"]

QUALIFIERS: Final = ("exactly", "about", "over", "at-least", "nearly", "up-to", "between")


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure found in a text."""

    low: float
    high: float
    qualifier: str
    unit: str | None
    start: int
    end: int
    text: str
    vague: bool = False

    @property
    def value(self) -> float | tuple[float, float]:
        """The single value, or ``(low, high)`` for a range."""
        return (self.low, self.high) if self.is_range else self.low

    @property
    def is_range(self) -> bool:
        return self.low != self.high or self.qualifier == "between"


# --------------------------------------------------------------------------------------------
# Vocabulary

_HS = "[ \t\u00a0\u202f\u2009]"  # horizontal whitespace allowed inside a figure

_SMALL_WORDS: Final = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALE_WORDS: Final = {
    "hundred": 100.0,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "bn": 1e9,
    "mn": 1e6,
    "b": 1e9,
    "m": 1e6,
    "тыс": 1e3,
    "тысяча": 1e3,
    "тысячи": 1e3,
    "тысяч": 1e3,
    "млн": 1e6,
    "миллион": 1e6,
    "миллиона": 1e6,
    "миллионов": 1e6,
    "млрд": 1e9,
    "миллиард": 1e9,
    "миллиарда": 1e9,
    "миллиардов": 1e9,
    "трлн": 1e12,
}
_DENOMINATORS: Final = {
    "half": 2,
    "halve": 2,
    "third": 3,
    "quarter": 4,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}

_UNITS_RE = "one|two|three|four|five|six|seven|eight|nine"
_TEENS_RE = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|zero"
_TENS_RE = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SMALL_RE = rf"(?:(?:{_TENS_RE})(?:[- ](?:{_UNITS_RE})(?![\w-]))?|{_TEENS_RE}|{_UNITS_RE})"
_HUND_RE = rf"(?:(?:a|{_SMALL_RE})\s+hundred(?:\s+(?:and\s+)?{_SMALL_RE}(?![\w-]))?)"
_WSCALE_RE = "thousand|million|billion|trillion"

_MONTHS_EN = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
_MONTHS_RU = (
    "январ[яье]|феврал[яье]|марта?|марте|апрел[яье]|ма[яйе]|июн[яье]|июл[яье]|августа?|августе"
    "|сентябр[яье]|октябр[яье]|ноябр[яье]|декабр[яье]"
)

# Spans that are never figures: dates, references, footnotes, URLs, headings, times.
# Spans that are never figures: dates, references, footnotes, URLs, headings, times. The
# alternatives that start a word sit behind one cheap look-ahead, so the scan stays fast.
_EXCLUDE_AT_WORD: Final = [
    # URLs, bare host/path, e-mail
    r"(?i:(?:https?|ftp)://|www\.)[^\s<>\"'\])]*+",
    r"(?<![.-])[\w-]++(?:\.[\w-]++)++/[^\s<>\"'\])]*+",
    r"(?<![.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++",
    # dates
    rf"[0-9]{{1,2}}(?:st|nd|rd|th)?{_HS}+(?:of{_HS}+)?(?:{_MONTHS_EN})\b\.?"
    rf"(?:,?{_HS}*[0-9]{{4}}(?![0-9]))?",
    rf"[0-9]{{1,2}}{_HS}+(?:{_MONTHS_RU})(?!\w)(?:{_HS}+[0-9]{{4}}"
    rf"(?:{_HS}*(?:г\.|года|году))?)?",
    rf"(?i:(?:{_MONTHS_RU})(?!\w)){_HS}+[0-9]{{4}}(?:{_HS}*(?:г\.|года|году))?",
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])",
    r"[0-9]{1,4}[./][0-9]{1,2}[./][0-9]{1,4}(?![0-9])",
    # times
    r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s*[aApP]\.?[mM]\b\.?)?",
    rf"[0-9]{{1,2}}{_HS}?(?:[ap]\.m\.|[ap]m\b|[AP]M\b)",
    # version-like and multi-level numbering
    r"[0-9]+(?:\.[0-9]+){2,}\.?",
    # article, paragraph, section references
    r"(?:(?i:articles?|arts?\.|paragraphs?|paras?\.?|sections?|sec\.|"
    r"chapters?|ch\.|clauses?|footnotes?|fn\.|resolutions?|protocol|annex|rule|"
    r"no\.|nos\.)|pp?\.|§§?|№|стать[яиейюям]{1,2}|ст\.|ч\.|част[иья]|п\.|пункт[а-я]*|"
    r"глав[аеыу]|пп\.)"
    rf"{_HS}*[0-9]+(?:\.[0-9]+)*(?:\([0-9a-z]+\))*"
    r"(?:(?:\s*(?:,|and|or|to|-|–|и|или)\s*)[0-9]{1,4}(?:\.[0-9]+)*(?![0-9]|[,"
    r" \u00a0\u202f\u2009][0-9]{3}))*",
]
_EXCLUDE_LINE_START: Final = [
    r"[ \t>*#-]*[0-9]{1,3}(?:\.[0-9]{1,3})*[.)](?=[ \t])",
    r"#{1,6}[ \t]*[0-9]+(?:\.[0-9]+)*",
    r"[ \t]*[0-9]{1,2}\.[0-9]{1,2}[ \t]+(?=[A-ZА-Я][a-zа-я])",
]
_EXCLUDE_ELSEWHERE: Final = [
    # month first; no boundary before it ("2 min readDec 9, 2023")
    rf"(?:{_MONTHS_EN})\.?{_HS}+(?:[0-9]{{1,2}}(?:st|nd|rd|th)?\b(?:,?{_HS}*"
    rf"[0-9]{{4}})?|[0-9]{{4}})(?![0-9])",
    # markdown link target, footnote markers
    r"\]\([^)\s\]]*+\)",
    r"\^\{[^}\n]{0,40}\}",
    r"\^\[?[0-9]+\]?",
    r"\[[0-9]{1,4}\]",
    r"\([0-9]{1,3}\)",
]
_EXCLUDE_RE: Final = re.compile(
    r"(?<!\w)(?=[\w§№])(?:"
    + "|".join(_EXCLUDE_AT_WORD)
    + r")|(?m:^)(?:"
    + "|".join(_EXCLUDE_LINE_START)
    + r")|(?=[A-Z\]^\[(])(?:"
    + "|".join(_EXCLUDE_ELSEWHERE)
    + ")"
)

_MASTER_RE: Final = re.compile(
    # Word forms only start a word with one of these letters (or a digit: "1 in 5"); the
    # look-ahead keeps the scan from trying every alternative at every position.
    r"(?<![\w-])(?=(?i:[abdefhmnostzдмнпстч0-9]))(?:"
    + "|".join(
        [
            # vague amounts
            r"(?P<vague>(?i:(?<![\w-])(?:"
            r"(?P<tens_of>tens|dozens|hundreds)\s+of\s+"
            r"(?P<tens_of_scale>thousands|millions|billions)"
            r"|(?:a\s+few|several)\s+(?P<few_scale>hundred|thousand|million|billion|dozen)"
            r"(?:\s+(?P<few_scale_2>thousand|million))?"
            r"|(?P<plural_scale>hundreds|thousands|millions|billions|dozens)"
            r"|(?P<ru_tens_of>десятк(?:и|ов|ам|ами)|сотн(?:и|ям|ями|ен))\s+"
            r"(?P<ru_tens_of_scale>тысяч|миллионов)"
            r"|несколько\s+(?P<ru_few_scale>сотен|тысяч|десятков|миллионов)"
            r"|(?P<ru_plural_scale>сотни|тысячи|миллионы|десятки))(?![\w-])))",
            # shares
            r"(?P<ru_fraction>(?i:(?<![\w-])(?:(?P<ru_numerator>две|три)\s+)?"
            r"(?P<ru_denominator>половин[аыеуой]|трет[ьи]|четверт[ьи])(?![\w-])))",
            r"(?P<one_in>(?i:(?<![\w-])(?P<one_in_numerator>one|two|three|[0-9]{1,2})"
            r"\s+(?:in|out\s+of)\s+"
            rf"(?:every\s+)?(?P<one_in_denominator>{_SMALL_RE}|[0-9]{{1,3}})(?![\w-])))",
            rf"(?P<and_a_half>(?i:(?<![\w-])(?P<and_a_half_whole>{_SMALL_RE}|[0-9]{{1,3}})"
            r"\s+and\s+a\s+half(?![\w-])))",
            r"(?P<half_a>(?i:(?<![\w-])half\s+an?\s+"
            r"(?P<half_a_scale>hundred|thousand|million|billion|dozen)(?![\w-])))",
            r"(?P<dozen>(?i:(?<![\w-])(?P<dozens>a|one|two|three|four|five|six)\s+dozen(?![\w-])))",
            r"(?P<fraction>(?i:(?<![\w-])(?P<numerator>an?|one|two|three|four|five|six|seven|eight|nine)"
            r"[- ](?P<denominator>halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|"
            r"eighths?|ninths?|tenths?)(?![\w-])))",
            r"(?P<half>(?i:(?<![\w-])half(?![\w-])))",
            # number words
            rf"(?P<words>(?i:(?<![\w-])(?:(?:{_HUND_RE}|{_SMALL_RE})"
            rf"(?:\s+(?P<words_scale>{_WSCALE_RE}))?|a\s+(?P<a_scale>{_WSCALE_RE}))(?![\w-])))",
        ]
    )
    + ")|"
    + "|".join(
        [
            # digits
            r"(?=[0-9])(?P<num>(?<![\w.,/@#:^])(?<![^\W\d_]-)"
            r"(?<![0-9][\u00ad\u200b\u2060\ufeff])"
            r"(?P<integer>[0-9]{1,3}(?:(?P<separator>[, \u00a0\u202f\u2009])[0-9]{3}"
            r"(?:(?P=separator)[0-9]{3})*(?![0-9]))|[0-9]+)"
            r"(?P<decimals>\.[0-9]+(?![0-9])"
            r"|,[0-9]{1,2}(?=[ \u00a0\u202f\u2009]?(?:млн|млрд|тыс|трлн|%|процент)))?"
            r"(?:(?P<suffix>[kK]|mn|bn|M|B)(?![\w])"
            rf"|{_HS}(?P<scale_word>(?i:thousand|million|billion|trillion|bn|mn)|тысяч[аи]?|тыс"
            r"|млн|миллион(?:а|ов)?|млрд|миллиард(?:а|ов)?|трлн)(?P<scale_dot>\.)?(?![\w]))?"
            rf"(?P<percent>{_HS}?%|{_HS}+(?i:per{_HS}?cent|pct)(?![\w])|{_HS}+процент[а-я]*"
            rf"|{_HS}*проц\.)?)",
        ]
    )
)

_ORDINAL_SUFFIXES: Final = frozenset(
    {"st", "nd", "rd", "th", "й", "я", "е", "го", "му", "м", "х", "ый", "ой", "ий", "ая", "ое"}
)
_ORDINAL_WORDS_RE: Final = re.compile(
    r"[- ](?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|\w+teenth|\w+tieth|hundredth|thousandth|millionth)(?![\w-])"
)

# Qualifier words directly before a figure. Longest alternatives first.
_QUALIFIER_WORDS: Final = {
    "no more than": "up-to",
    "not more than": "up-to",
    "no fewer than": "at-least",
    "no less than": "at-least",
    "not less than": "at-least",
    "a minimum of": "at-least",
    "a maximum of": "up-to",
    "more than": "over",
    "greater than": "over",
    "in excess of": "over",
    "upwards of": "over",
    "exceeding": "over",
    "over": "over",
    "above": "over",
    "at least": "at-least",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "just shy of": "nearly",
    "an estimated": "about",
    "some": "about",
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "approx.": "about",
    "circa": "about",
    "ca.": "about",
    "up to": "up-to",
    "as many as": "up-to",
    "as much as": "up-to",
    "less than": "up-to",
    "fewer than": "up-to",
    "under": "up-to",
    "below": "up-to",
    "at most": "up-to",
    "более чем": "over",
    "более": "over",
    "свыше": "over",
    "больше": "over",
    "не менее": "at-least",
    "не меньше": "at-least",
    "как минимум": "at-least",
    "минимум": "at-least",
    "по меньшей мере": "at-least",
    "по крайней мере": "at-least",
    "почти": "nearly",
    "без малого": "nearly",
    "чуть менее": "nearly",
    "чуть меньше": "nearly",
    "около": "about",
    "примерно": "about",
    "приблизительно": "about",
    "порядка": "about",
    "вплоть до": "up-to",
    "не более": "up-to",
    "не больше": "up-to",
    "до": "up-to",
    "менее": "up-to",
    "меньше": "up-to",
}
_QUALIFIER_SYMBOLS: Final = {"~": "about", "≈": "about", ">": "over", "≥": "at-least"}
_QUALIFIER_SYMBOLS_UPTO: Final = {"<": "up-to", "≤": "up-to"}
# Qualifiers that make a year-like number a count ("over 3050 cases"); not "up to", "до".
_COUNTING_QUALIFIERS: Final = frozenset(
    k for k, v in _QUALIFIER_WORDS.items() if v in {"over", "at-least", "nearly", "about"}
) | {"as many as", "as much as", "no more than", "not more than", "fewer than", "less than"}


def _alternation(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


# A verb may link a qualifier to its figure: "roughly amounted to 100", "some totalling 5".
_LINK_RE: Final = (
    r"(?:\s+(?i:amount(?:s|ed|ing)?\s+to|total(?:s|led|ed|ling|ing)?|stood\s+at|"
    r"stands?\s+at|reach(?:es|ed|ing)?))?"
)
_QUAL_RE: Final = re.compile(
    r"(?:(?<![\w-])(?P<words>(?i:"
    + _alternation(list(_QUALIFIER_WORDS))
    + r"))"
    + _LINK_RE
    + r"\s+|(?P<symbol>[~≈><≥≤])\s*)$"
)
_QUAL_WINDOW: Final = 44

_BETWEEN_RE: Final = re.compile(r"(?<![\w-])(?P<word>(?i:between|между))\s+$")
_FROM_RE: Final = re.compile(r"(?<![\w-])(?P<word>(?i:from|от|с))\s+$")
_AND_GAP_RE: Final = re.compile(r"\s+(?i:and|и)\s+")
_TO_GAP_RE: Final = re.compile(r"\s+(?i:to|до|по)\s+")
_DASH_GAP_RE: Final = re.compile(r"[ \u00a0\u202f\u2009]*[-–‒−][ \u00a0\u202f\u2009]*|—")
_PLAIN_TO_GAP_RE: Final = re.compile(r"\s+(?i:to)\s+")

_YEAR_PREP_RE: Final = re.compile(
    r"(?<![\w-])(?i:in|since|by|until|till|during|before|after|from|through|throughout|"
    r"year|years|summer|spring|autumn|fall|winter|early|late|mid|end|start|beginning|"
    r"в|во|с|со|до|к|по|года|году|год)\s+$"
)


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_YEAR_FOLLOW: Final = frozenset(
    {
        "alone",
        "onwards",
        "onward",
        "budget",
        "budgets",
        "report",
        "reports",
        "census",
        "election",
        "elections",
        "season",
        "edition",
        "level",
        "levels",
        "figure",
        "figures",
        "data",
        "statistics",
        "survey",
        "г",
        "гг",
        "год",
        "года",
        "году",
        "годы",
        "годах",
        "годов",
    }
)
_STOP_WORDS: Final = _wordset(
    """
    a an the and or nor but if so than then that this these those which who whom whose what
    when where while of in on at to for from by with without as per into onto upon against
    between among through during before after since until till via out up down off over under
    about around nearly almost some more less most least each every all both either neither
    any no not only just also alone even still yet again here there is are was were be been
    being am have has had having do does did done will would shall should can could may might
    must it its it's their theirs his her hers our ours your yours my them they we he she i you
    me us him one ones other others another per cent percent according compared including
    respectively later earlier ago before previously whereas although though because since
    while
    и или в во на с со по из за от до для не ни что как это его ее её их же а но к у о об при
    без под над
    """
)
_MODIFIERS: Final = _wordset(
    """
    new more additional other further extra former current such criminal military civilian
    young active individual separate different total reported registered documented
    confirmed recorded estimated official unofficial known alleged
    """
)

_WORD_AFTER_RE: Final = re.compile(
    r"(?:[^\S\n]++\n?+[^\S\n]*+|\n[^\S\n]*+)(?P<word>[^\W\d_]++(?:['’][^\W\d_]++)*+)"
)
_HYPHEN_WORD_RE: Final = re.compile(r"-(?P<word>[^\W\d_]+)")
_LETTERS_RE: Final = re.compile(r"[^\W\d_]+")
# A number going on after a figure's digits: "1,5000", "12,34,567"; or an invisible character
# that quote matching removes, which joins the digits around it ("1\u200b500" is 1500 there).
_NUMBER_GOES_ON_RE: Final = re.compile(r"[.,\u00ad\u200b\u2060\ufeff][0-9]")
_PRE_WORD_RE: Final = re.compile(r"(?P<word>[^\W\d_]+)\s+$")
_SEP_CHARS: Final = str.maketrans("", "", ", \u00a0\u202f\u2009")


# --------------------------------------------------------------------------------------------
# Atoms: single figures before qualifiers, ranges and years are worked out


@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    low: float
    high: float
    kind: str  # "num", "share", "vague"
    mult: float = 1.0  # scale applied (for carrying "million" to the low end of a range)
    pct: bool = False
    unit: str | None = None  # glued unit ("10km") if any
    yearlike: bool = False
    twodigit: bool = False
    bare: bool = False  # plain digits without separator, decimal, scale or percent
    is_one: bool = False  # the bare word "one"


def _small_value(words: str) -> float:
    total = 0.0
    for part in re.split(r"[-\s]+", words.lower()):
        total += _SMALL_WORDS.get(part, 0)
    return total


def _words_value(phrase: str) -> float:
    total = 0.0
    current = 0.0
    for part in re.split(r"[-\s]+", phrase.lower()):
        if part in ("a", "and", ""):
            if part == "a":
                current = 1.0
            continue
        if part == "hundred":
            current = max(current, 1.0) * 100
        elif part in _SCALE_WORDS:
            total += max(current, 1.0) * _SCALE_WORDS[part]
            current = 0.0
        else:
            current += _SMALL_WORDS.get(part, 0)
    return total + current


def _num_or_words(s: str) -> float:
    return float(s) if s.isdigit() else _small_value(s)


def _num_atom(m: re.Match[str], text: str) -> _Atom | None:
    """Digits, with separators, decimals, a scale and a percent sign."""
    start, end = m.span()
    int_s = m.group("integer")
    dec = m.group("decimals") or ""
    try:
        value = float(int_s.translate(_SEP_CHARS) + dec.replace(",", "."))
    except ValueError:  # pragma: no cover - the pattern only admits digits
        return None
    mult = 1.0
    sfx = m.group("suffix") or m.group("scale_word")
    if sfx:
        mult = _SCALE_WORDS.get(sfx.lower(), 1.0)
    pct = m.group("percent") is not None
    bare = not (m.group("separator") or dec or sfx or pct)
    if not (sfx or pct) and _NUMBER_GOES_ON_RE.match(text, end):
        return None  # "12,34,567", "1,5000": no figure rather than a part of one
    atom = _Atom(start, end, value * mult, value * mult, "num", mult=mult, pct=pct)
    atom.bare = bare
    atom.yearlike = bare and len(int_s) == 4 and 1900 <= value <= 2100
    atom.twodigit = bare and len(int_s) == 2
    if not sfx and not pct and end < len(text) and text[end].isalpha():
        glued = _LETTERS_RE.match(text, end)
        letters = glued.group() if glued else ""
        if letters.lower() in _ORDINAL_SUFFIXES or (atom.yearlike and letters in "sг"):
            return None
        atom.unit = letters.lower()
    elif not sfx and not pct and text.startswith("-", end):
        glued = _HYPHEN_WORD_RE.match(text, end)
        if glued and glued.group("word").lower() in _ORDINAL_SUFFIXES:
            return None
    return atom


def _words_atom(m: re.Match[str], text: str) -> _Atom | None:
    """Number words: "twenty-one", "a hundred", "two million"."""
    start, end = m.span()
    phrase = m.group()
    if _ORDINAL_WORDS_RE.match(text, end):
        return None
    value = _words_value(phrase)
    mult = _SCALE_WORDS.get((m.group("words_scale") or m.group("a_scale") or "").lower(), 1.0)
    atom = _Atom(start, end, value, value, "num", mult=mult)
    atom.is_one = phrase.lower() == "one"
    return atom


def _dozen_atom(m: re.Match[str], text: str) -> _Atom | None:
    n = m.group("dozens").lower()
    value = 12.0 * (1 if n in ("a", "one") else _SMALL_WORDS[n])
    return _Atom(*m.span(), value, value, "num")


def _half_a_atom(m: re.Match[str], text: str) -> _Atom | None:
    scale = m.group("half_a_scale").lower()
    value = 0.5 * (12.0 if scale == "dozen" else _SCALE_WORDS[scale])
    return _Atom(*m.span(), value, value, "num")


def _and_a_half_atom(m: re.Match[str], text: str) -> _Atom | None:
    value = _num_or_words(m.group("and_a_half_whole")) + 0.5
    return _Atom(*m.span(), value, value, "num")


def _one_in_atom(m: re.Match[str], text: str) -> _Atom | None:
    den = _num_or_words(m.group("one_in_denominator"))
    num = _num_or_words(m.group("one_in_numerator"))
    if den <= 0 or num > den:
        return None
    return _Atom(*m.span(), num / den, num / den, "share")


def _fraction_atom(m: re.Match[str], text: str) -> _Atom | None:
    """ "two-thirds", "a quarter of"; "a third country" is an ordinal."""
    end = m.end()
    numerator = m.group("numerator").lower()
    denominator = m.group("denominator").lower()
    singular = not denominator.endswith("s") or denominator == "halves"
    if numerator in ("a", "an", "one"):
        if not re.match(r"\s+of\b|\s*[.,;:!?)\]]|\s*$", text[end : end + 8]):
            return None
        num = 1.0
    else:
        num = float(_SMALL_WORDS[numerator])
        if singular and denominator != "half":
            return None
    den = _DENOMINATORS[denominator.rstrip("s") if denominator != "halves" else "half"]
    return _Atom(*m.span(), num / den, num / den, "share")


def _half_atom(m: re.Match[str], text: str) -> _Atom | None:
    start = m.start()
    pre = _PRE_WORD_RE.search(text, max(0, start - 12), start)
    if pre and pre.group("word").lower() in ("first", "second", "latter", "former", "other"):
        return None
    return _Atom(*m.span(), 0.5, 0.5, "share")


def _ru_fraction_atom(m: re.Match[str], text: str) -> _Atom | None:
    denominator = m.group("ru_denominator").lower()
    den = 2.0 if denominator.startswith("полов") else 3.0 if denominator.startswith("трет") else 4.0
    num = {"две": 2.0, "три": 3.0}.get((m.group("ru_numerator") or "").lower(), 1.0)
    return _Atom(*m.span(), num / den, num / den, "share")


def _vague_atom(m: re.Match[str], text: str) -> _Atom | None:
    low, high = _vague_bounds(m)
    return _Atom(*m.span(), low, high, "vague")


#: The atom maker for each kind of match (the name of the :data:`_MASTER_RE` group).
_ATOM_MAKERS: Final[dict[str, Callable[[re.Match[str], str], _Atom | None]]] = {
    "num": _num_atom,
    "words": _words_atom,
    "dozen": _dozen_atom,
    "half_a": _half_a_atom,
    "and_a_half": _and_a_half_atom,
    "one_in": _one_in_atom,
    "fraction": _fraction_atom,
    "half": _half_atom,
    "ru_fraction": _ru_fraction_atom,
    "vague": _vague_atom,
}


def _make_atom(m: re.Match[str], text: str) -> _Atom | None:
    make = _ATOM_MAKERS.get(m.lastgroup or "")
    return make(m, text) if make is not None else None


_RU_SCALE: Final = {
    "сотен": 100.0,
    "тысяч": 1e3,
    "десятков": 10.0,
    "миллионов": 1e6,
}


def _vague_bounds(m: re.Match[str]) -> tuple[float, float]:
    if m.group("tens_of"):
        s = _SCALE_WORDS[m.group("tens_of_scale").lower().rstrip("s")]
        lead = m.group("tens_of").lower()
        if lead == "hundreds":
            return 100 * s, 1000 * s - 1
        return (24 * s if lead == "dozens" else 10 * s), 100 * s - 1
    if m.group("few_scale"):
        f = m.group("few_scale").lower()
        n = 12.0 if f == "dozen" else _SCALE_WORDS[f]
        if m.group("few_scale_2"):
            n *= _SCALE_WORDS[m.group("few_scale_2").lower()]
        return 2 * n, 9 * n
    if m.group("plural_scale"):
        v = m.group("plural_scale").lower()
        if v == "dozens":
            return 24.0, 99.0
        s = _SCALE_WORDS[v.rstrip("s")]
        return s, 10 * s - 1
    if m.group("ru_tens_of"):
        s = _RU_SCALE[m.group("ru_tens_of_scale").lower()]
        if m.group("ru_tens_of").lower().startswith("сот"):
            return 100 * s, 1000 * s - 1
        return 10 * s, 100 * s - 1
    if m.group("ru_few_scale"):
        n = _RU_SCALE[m.group("ru_few_scale").lower()]
        return 2 * n, 9 * n
    v = (m.group("ru_plural_scale") or "").lower()
    return {
        "сотни": (100.0, 999.0),
        "тысячи": (1e3, 9999.0),
        "миллионы": (1e6, 1e7 - 1),
    }.get(v, (20.0, 99.0))


# --------------------------------------------------------------------------------------------
# Context: qualifier before, unit after


def _qualifier_before(text: str, start: int, floor: int) -> tuple[str, int, str] | None:
    """(qualifier, start of its words, the words) directly before ``start``, or None."""
    m = _QUAL_RE.search(text, max(floor, start - _QUAL_WINDOW), start)
    if m is None:
        return None
    words = m.group("words")
    if words is not None:
        key = " ".join(words.lower().split())
        return _QUALIFIER_WORDS[key], m.start("words"), key
    sym = m.group("symbol")
    qual = _QUALIFIER_SYMBOLS.get(sym) or _QUALIFIER_SYMBOLS_UPTO[sym]
    return qual, m.start("symbol"), sym


def _words_after(text: str, end: int, limit: int) -> list[str]:
    words: list[str] = []
    pos = end
    while len(words) < limit:
        m = _WORD_AFTER_RE.match(text, pos)
        if m is None:
            break
        words.append(m.group("word"))
        pos = m.end()
    return words


def _unit_after(text: str, end: int) -> str | None:
    hy = _HYPHEN_WORD_RE.match(text, end)
    if hy is not None:
        w = hy.group("word").lower()
        return None if w in _STOP_WORDS else w
    words = _words_after(text, end, 5)
    if words and words[0].lower() == "of":
        words = words[1:]
    if not words:
        return None
    first = words[0]
    if first.lower() in _STOP_WORDS:
        return None
    # Skip up to two modifiers or capitalised words ("Russian", "new", "criminal") when a
    # further non-function word follows.
    i = 0
    capital_skipped = False
    while i < 2 and i + 1 < len(words):
        w = words[i]
        if words[i + 1].lower() in _STOP_WORDS:
            break
        if w.lower() in _MODIFIERS:
            i += 1
        elif w[:1].isupper() and not capital_skipped:
            capital_skipped = True
            i += 1
        else:
            break
    return words[i].lower()


def _counted_noun_after(text: str, end: int) -> bool:
    """A lower-case counted noun right after a year-like number ("3050 cases")."""
    words = _words_after(text, end, 1)
    if not words:
        return False
    w = words[0]
    return w.islower() and w not in _STOP_WORDS and w not in _YEAR_FOLLOW


def _is_count(text: str, atom: _Atom, end: int, floor: int) -> bool:
    """Whether a year-like number (or year range ending at ``end``) is a count after all."""
    if atom.pct:
        return True
    q = _qualifier_before(text, atom.start, floor)
    if q is not None and q[2] in _COUNTING_QUALIFIERS:
        return True
    if _YEAR_PREP_RE.search(text, max(floor, atom.start - 12), atom.start):
        return False
    return _counted_noun_after(text, end)


# --------------------------------------------------------------------------------------------


class _AsciiForms(dict[int, int]):
    """A :meth:`str.translate` table to the ASCII forms the patterns read: any decimal
    digit (``Nd``) to its ASCII digit, full-width punctuation and Arabic separators to
    ASCII. One character to one, so every span is also a span of the original. Filled on
    first sight; characters left alone are not stored."""

    _OTHERS: Final = {0x066A: ord("%"), 0x066B: ord("."), 0x066C: ord(","), 0x3000: ord(" ")}

    def __missing__(self, cp: int) -> int:
        c = chr(cp)
        if unicodedata.category(c) == "Nd":
            to = ord("0") + unicodedata.digit(c)
        elif 0xFF01 <= cp <= 0xFF5E:  # full-width forms of ASCII
            to = cp - 0xFEE0
        else:
            return self._OTHERS.get(cp, cp)
        self[cp] = to
        return to


_ASCII_FORMS: Final = _AsciiForms()


def parse_quantities(text: str) -> list[Quantity]:
    """Every figure in ``text``, in order of appearance. Never raises on a ``str``."""
    if not isinstance(text, str) or not text:
        return []
    if text.isascii():
        return _parse(text)
    read = text.translate(_ASCII_FORMS)
    return [replace(q, text=text[q.start : q.end]) for q in _parse(read)]


def _parse(text: str) -> list[Quantity]:
    mask = bytearray(len(text))
    for ex in _EXCLUDE_RE.finditer(text):
        s, e = ex.span()
        mask[s:e] = b"\x01" * (e - s)

    atoms: list[_Atom] = []
    for m in _MASTER_RE.finditer(text):
        s, e = m.span()
        if e <= s or 1 in mask[s:e]:
            continue
        atom = _make_atom(m, text)
        if atom is not None:
            atoms.append(atom)

    out: list[Quantity] = []
    floor = 0  # end of the previous quantity or atom: qualifiers are not looked for before it
    i = 0
    n = len(atoms)
    while i < n:
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < n else None
        if b is not None and a.kind == "num" and b.kind == "num":
            rng = _try_range(text, a, b, floor)
            if rng is not None:
                if rng is not _YEARS:
                    assert isinstance(rng, Quantity)
                    out.append(rng)
                floor = b.end
                i += 2
                continue
        q = _single(text, a, floor)
        if q is not None:
            out.append(q)
        floor = a.end
        i += 1
    return out


_YEARS: Final = Quantity(0.0, 0.0, "exactly", None, 0, 0, "")  # sentinel: a year range


# A currency sign or code written before the number: "$38 million", "about €2.5bn",
# "US$ 400 million". Qualifiers are looked for before it, and it gives the unit when no
# unit word follows; after a currency, a bare m / bn / b suffix is a scale ("$38m").
_CURRENCY_RE: Final = re.compile(
    r"(?P<sign>US\$|A\$|C\$|\$|€|£|¥|₽|₴|(?<![\w-])(?:USD|EUR|GBP|RUB|UAH)\b)[ \u00a0]?$"
)
_CURRENCY_UNITS: Final = {
    "$": "dollars",
    "US$": "dollars",
    "A$": "dollars",
    "C$": "dollars",
    "USD": "dollars",
    "€": "euros",
    "EUR": "euros",
    "£": "pounds",
    "GBP": "pounds",
    "¥": "yen",
    "₽": "rubles",
    "RUB": "rubles",
    "₴": "hryvnias",
    "UAH": "hryvnias",
}
_CURRENCY_SCALE_RE: Final = re.compile(r"(?P<scale>mn|m|bn|b)(?![\w-])")
_CURRENCY_SCALES: Final = {"m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9}


def _currency_before(text: str, start: int, floor: int) -> tuple[str, int] | None:
    """(unit, start of the sign) when a currency sign stands right before ``start``."""
    m = _CURRENCY_RE.search(text, max(floor, start - 5), start)
    if m is None:
        return None
    return _CURRENCY_UNITS[m.group("sign")], m.start("sign")


def _with_currency(text: str, q: Quantity, cur: tuple[str, int] | None) -> Quantity:
    """``q`` with the currency sign in its span, its unit, and a "$38m"-style scale."""
    if cur is None:
        return q
    unit, sign = cur
    low, high, end = q.low, q.high, q.end
    scale = _CURRENCY_SCALE_RE.match(text, end)
    if scale is not None and q.unit in _CURRENCY_SCALES:
        factor = _CURRENCY_SCALES[scale.group("scale")]
        low, high, end = low * factor, high * factor, scale.end()
    if q.unit is None or q.unit in _CURRENCY_SCALES:
        q_unit: str | None = unit
    else:
        q_unit = q.unit
    start = min(q.start, sign)
    return Quantity(low, high, q.qualifier, q_unit, start, end, text[start:end], q.vague)


def _try_range(text: str, a: _Atom, b: _Atom, floor: int) -> Quantity | None:
    gap = text[a.end : b.start]
    start = a.start
    pre = None
    if _AND_GAP_RE.fullmatch(gap):
        pre = _BETWEEN_RE.search(text, max(floor, a.start - 12), a.start)
        if pre is None:
            if a.yearlike and b.yearlike and not _is_count(text, a, b.end, floor):
                return _YEARS  # "2024 and 2025"
            return None
    elif _TO_GAP_RE.fullmatch(gap):
        pre = _FROM_RE.search(text, max(floor, a.start - 12), a.start)
        if pre is None and not _PLAIN_TO_GAP_RE.fullmatch(gap):
            return None
    elif not _DASH_GAP_RE.fullmatch(gap):
        return None
    if a.is_one and not pre:
        return None
    if (
        a.yearlike
        and (b.yearlike or (b.twodigit and pre is None))
        and not b.pct
        and not _is_count(text, a, b.end, floor)
    ):
        return _YEARS
    low, high = a.low, b.high
    if a.mult == 1.0 and b.mult > 1.0 and low * b.mult <= high:
        low *= b.mult
    if low > high:
        return None
    pct = a.pct or b.pct
    if pre is not None:
        start = pre.start("word")
    unit = "percent" if pct else (b.unit or _unit_after(text, b.end))
    cur = _currency_before(text, a.start, floor) if pre is None else None
    return _with_currency(
        text, Quantity(low, high, "between", unit, start, b.end, text[start : b.end]), cur
    )


# A minus sign right before a number that starts a word: "-5 degrees", "−3.2%", "(-5)",
# "minus 5". A hyphen after a digit or letter is a range or a compound, never a sign.
_SIGN_RE: Final = re.compile(r"(?:(?<![\w.,%-])[-\u2212]|(?<![\w-])(?i:minus)\s+)$")


def _signed(text: str, q: Quantity, floor: int) -> Quantity:
    """``q`` negated when a minus sign stands right before it (and no qualifier does)."""
    m = _SIGN_RE.search(text, max(floor, q.start - 6), q.start)
    if m is None or q.qualifier != "exactly":
        return q
    start = m.start()
    return Quantity(
        -q.high, -q.low, q.qualifier, q.unit, start, q.end, text[start : q.end], q.vague
    )


def _single(text: str, a: _Atom, floor: int) -> Quantity | None:
    cur = _currency_before(text, a.start, floor) if a.kind == "num" else None
    q = _qualifier_before(text, cur[1] if cur else a.start, floor)
    if a.kind == "num":
        if a.is_one:
            return None
        if a.yearlike and not _is_count(text, a, a.end, floor):
            return None
    start = a.start
    qualifier = "between" if a.kind == "vague" else "exactly"
    if q is not None:
        qualifier, start = q[0], q[1]
    if a.kind == "share":
        unit: str | None = "share"
    elif a.pct:
        unit = "percent"
    else:
        unit = a.unit or _unit_after(text, a.end)
    q_ = _with_currency(
        text,
        Quantity(
            a.low, a.high, qualifier, unit, start, a.end, text[start : a.end], a.kind == "vague"
        ),
        cur,
    )
    return _signed(text, q_, floor) if a.kind == "num" else q_
