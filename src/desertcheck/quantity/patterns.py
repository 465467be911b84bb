"""The compiled regular expressions of the quantity parser: the spans that are never
figures, the master pattern of every figure, and the small patterns around a figure
(qualifiers, range gaps, currency signs, a minus sign)."""

from __future__ import annotations

import re
from typing import Final

from desertcheck.compiled import regex
from desertcheck.headings import SECTION_NUMBER
from desertcheck.quantity import ukrainian
from desertcheck.quantity.lexicon import NUMBER_WORDS, trie_pattern
from desertcheck.quantity.words import QUALIFIER_WORDS

_HS = "[ \t\u00a0\u202f\u2009]"  # horizontal whitespace allowed inside a figure


_UNITS_RE = "one|two|three|four|five|six|seven|eight|nine"
_TEENS_RE = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|zero"
_TENS_RE = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SMALL_RE = rf"(?:(?:{_TENS_RE})(?:[- ](?:{_UNITS_RE})(?![\w-]))?|{_TEENS_RE}|{_UNITS_RE})"
_RU_SMALL = (
    "(?:"
    + trie_pattern(
        sorted(
            w
            for w, (k, _) in NUMBER_WORDS.items()
            if k in ("unit", "teen", "ten") and not w.isascii()
        )
    )
    + ")"
)
# What starts a currency after a number with a decimal comma ("35,70 €", "17 940,00 руб").
_CURRENCY_AFTER_START = (
    r"€|₽|\$|£|₴|EUR|USD|RUB|GBP|UAH|руб|р\.|евро|долл|грн|гривн|долар|(?i:euro|dollar|pound)"
)

_MONTHS_EN = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
#: The English months and their abbreviations, as the spans left out write them.
MONTHS_EN: Final = tuple(_MONTHS_EN.split("|"))
_MONTHS_RU = (
    "январ[яье]|феврал[яье]|марта?|марте|апрел[яье]|ма[яйе]|июн[яье]|июл[яье]|августа?|августе"
    "|сентябр[яье]|октябр[яье]|ноябр[яье]|декабр[яье]|" + ukrainian.MONTHS
)


# Spans that are never figures: dates, references, footnotes, URLs, headings, times. The
# alternatives that start a word sit behind one cheap look-ahead, and are grouped by their
# first character so that a word start tries only those that can match there (within a
# group, the order is the order of priority).
_URL: Final = r"(?i:(?:https?|ftp)://|www\.)[^\s<>\"'\])]*+"
# bare host/path, product codes ("I5-750BOX"), e-mail: only words with a dot, @, digit,
# underscore or hyphen after their first letters are tried
_HOST_CODE_MAIL: Final = (
    r"(?=[^\W\d_]*+[.@0-9_-])(?:"
    r"(?P<hostpath>(?<![.-])[\w-]++(?>(?:\.[\w-]++)+)/[^\s<>\"'\])]*+)"
    r"|[A-Za-z]++[0-9]++(?>(?:-[0-9A-Za-z]++)+)"
    r"|(?<![.+-])[\w.+-]++@[\w-]++(?>(?:\.[\w-]++)+))"
)
# phone numbers with a country code
_PHONE_PLUS: Final = r"\+[0-9]{1,3}+(?>(?:[.-]?+\(?+[0-9]{1,4}+\)?+){2,})[0-9]*+"
_PHONE_AREA: Final = r"\+?+[0-9]{1,3}+ ?+\([0-9]{2,5}+\) ?+[0-9]{1,4}+(?>(?:[ -][0-9]{1,4}+)*)"
_EXCLUDE_AT_DIGIT: Final = [
    _PHONE_AREA,
    # ISBNs and other hyphenated digit groups, US phone numbers
    r"[0-9]++(?:-[0-9]++){3,}",
    r"[0-9]{3}-[0-9]{3}-[0-9]{4}(?![0-9])",
    # day ranges of a month: "12–15 December"
    rf"[0-9]{{1,2}}[-–][0-9]{{1,2}}{_HS}+(?:{_MONTHS_EN})\b",
    # dates
    rf"[0-9]{{1,2}}(?:st|nd|rd|th)?{_HS}+(?:of{_HS}+)?(?:{_MONTHS_EN})\b\.?"
    rf"(?:,?{_HS}*[0-9]{{4}}(?![0-9]))?",
    rf"[0-9]{{1,2}}{_HS}+(?:{_MONTHS_RU})(?!\w)(?:{_HS}+[0-9]{{4}}"
    rf"(?:{_HS}*(?:г\.|года|году|{ukrainian.YEAR_WORDS}))?)?",
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])",
    r"[0-9]{1,4}[./][0-9]{1,2}[./][0-9]{1,4}(?![0-9])",
    # times
    r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s*[aApP]\.?[mM]\b\.?)?",
    rf"[0-9]{{1,2}}{_HS}?(?:[ap]\.m\.|[ap]m\b|[AP]M\b)",
    # version-like and multi-level numbering
    r"[0-9]+(?:\.[0-9]+){2,}\.?",
]
# article, paragraph, section references (the look-ahead: their first letters)
_REFERENCE: Final = (
    r"(?=[ACFNPRSacfnprs§№счпг])(?:(?i:articles?|arts?\.|paragraphs?|paras?\.?|sections?|sec\.|"
    r"chapters?|ch\.|clauses?|footnotes?|fn\.|resolutions?|protocol|annex|rule|"
    r"no\.|nos\.)|pp?\.|§§?|№|стать[яиейюям]{1,2}|ст\.|ч\.|част[иья]|п\.|пункт[а-я]*|"
    r"глав[аеыу]|пп\.)"
    rf"{_HS}*[0-9]+(?:\.[0-9]+)*(?:\([0-9a-z]+\))*"
    r"(?:(?:\s*(?:,|and|or|to|-|–|и|или)\s*)[0-9]{1,4}(?:\.[0-9]+)*(?![0-9]|[,"
    r" \u00a0\u202f\u2009][0-9]{3}))*"
)
#: A Russian month and year, a reference: the spans left out that start with a letter and
#: go on with spaces and a number.
EXCLUDE_WORDS: Final = (
    rf"(?=[^\W\d_])(?:(?i:(?:{_MONTHS_RU})(?!\w)){_HS}+[0-9]{{4}}"
    + rf"(?:{_HS}*(?:г\.|года|году|{ukrainian.YEAR_WORDS}))?|{_REFERENCE})"
)
_EXCLUDE_AT_WORD: Final = (
    _URL
    + "|"
    + _HOST_CODE_MAIL
    + "|(?=[0-9])(?:"
    + "|".join(_EXCLUDE_AT_DIGIT)
    + ")|"
    + EXCLUDE_WORDS
    + "|"
    + _PHONE_PLUS
    + "|"
    + _PHONE_AREA
    + "|(?=[§№])"
    + _REFERENCE
)
_EXCLUDE_LINE_START: Final = [
    r"[ \t>*#-]*[0-9]{1,3}(?:\.[0-9]{1,3})*[.)](?=[ \t])",
    # a heading's section number, as desertcheck.draft reads it: not a headline's figure
    r"#{1,6}[ \t]*" + SECTION_NUMBER,
    r"[ \t]*[0-9]{1,2}\.[0-9]{1,2}[ \t]+(?=[A-ZА-Я][a-zа-я])",
]
#: A date with its month first; no boundary before it ("2 min readDec 9, 2023").
MONTH_FIRST: Final = (
    rf"(?:{_MONTHS_EN})\.?{_HS}+(?:[0-9]{{1,2}}(?:st|nd|rd|th)?\b(?:,?{_HS}*"
    rf"[0-9]{{4}})?|[0-9]{{4}})(?![0-9])"
)
_EXCLUDE_ELSEWHERE: Final = [
    MONTH_FIRST,
    # markdown link target, footnote markers
    r"\]\([^)\s\]]*+\)",
    r"\^\{[^}\n]{0,40}\}",
    r"\^\[?[0-9]+\]?",
    r"\[[0-9]{1,4}\]",
    r"\([0-9]{1,3}\)",
]
EXCLUDE_RE: Final = regex(
    r"(?<!\w)(?=[\w§№+])(?:"
    + _EXCLUDE_AT_WORD
    + r")|(?m:^)(?:"
    + "|".join(_EXCLUDE_LINE_START)
    + r")|(?=[A-Z\]^\[(])(?:"
    + "|".join(_EXCLUDE_ELSEWHERE)
    + ")"
)

# Digits: separators, decimals, a fraction, a scale and a percent sign.
_DIGITS: Final = (
    # a colon right after a word is a label's ("visits:412,000"); after a digit, a time
    # or a ratio ("10:30", "3:2")
    r"(?=[0-9])(?P<num>(?:(?<![\w.,/@#:^])|(?<=[^\W\d_]:)|(?<=USD|EUR|GBP|RUB|UAH|JPY|INR)"
    r"|(?<=Rs))"
    r"(?<![^\W\d_]-)"
    r"(?<![0-9][\u00ad\u200b\u2060\ufeff])"
    r"(?P<integer>[0-9]{1,3}(?:(?P<separator>[, \u00a0\u202f\u2009])[0-9]{3}"
    r"(?:(?P=separator)[0-9]{3})*(?![0-9]))|[0-9]+)"
    r"(?P<decimals>\.[0-9]+(?![0-9])"
    r"|,[0-9]{1,2}(?=[ \u00a0\u202f\u2009]?(?:[а-яёіїєґА-ЯЁІЇЄҐ]|%|"
    + _CURRENCY_AFTER_START
    + r")))?"
    r"(?P<vfrac>[½¼¾⅓⅔])?"
    r"(?:(?P<suffix>[kKкК]|mn|bn|M|B|М)(?![\w])"
    # one space, or a line break that wraps the sentence ("£2.4\nmillion"; a capital
    # after the break starts a sentence of its own)
    rf"|(?:{_HS}|{_HS}*\r?\n{_HS}*(?=[a-zа-яёіїєґ]))"
    # Indian English: a lakh is 100,000, a crore 10,000,000 ("1.6 lakh", "Rs 2 crore")
    r"(?P<scale_word>(?i:hundred|thousand|million|billion|trillion|bn|mn|lakhs?|crores?)"
    r"|тысяч[аи]?|тыс|млн|миллион(?:а|ов)?|млрд|миллиард(?:а|ов)?|трлн|"
    + ukrainian.SCALE_AFTER_DIGITS
    + r")"
    r"(?![\w])(?P<scale_dot>(?<=[а-я])\.(?![ \t]*(?:\n|$|[A-ZА-ЯЁ])))?)?"
    rf"(?P<percent>{_HS}?%|{_HS}+(?i:per{_HS}?cent|pct)(?![\w])|{_HS}+процент[а-я]*"
    rf"|{_HS}*проц\.|{_HS}+(?:{ukrainian.PERCENT_WORD})|pc(?![\w]))?)"
)

#: English scale words that are no figure on their own ("million"; "a million" is one).
ENGLISH_BARE: Final = frozenset(
    {"hundred", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"}
    | {"sextillion"}
)
# Where a number phrase may start: a number word, or "a"/"an" before "hundred" or a scale.
_WORD_START: Final = (
    r"(?:(?i:an?[ \t\u00a0]+(?=(?:hundred|thousand|million|billion|trillion)\b))|(?i:"
    + trie_pattern(sorted(w for w in NUMBER_WORDS if w not in ENGLISH_BARE))
    + r")(?![\w]))"
)
START_RE: Final = regex(r"(?<![\w-])" + _WORD_START)

# The words a figure in words may start with, as a trie: a word that is not one of them
# is left after a letter or two, so texts and words without numbers cost little.
_GATE_WORDS: Final = sorted(
    {w for w in NUMBER_WORDS if w not in ("a", "an")}
    | set(
        [
            "tens",
            "dozens",
            "hundreds",
            "thousands",
            "millions",
            "billions",
            "several",
            "half",
            "несколько",
            *ukrainian.FEW.split("|"),
        ]
    )
)
_GATE_STEMS: Final = ["десятк", "сотн", "половин", "трет", "четверт"]
_A_NEXT: Final = (
    "few|dozen|quarter|third|half|hundred|thousand|million|billion|trillion"
    "|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
)


def gate(lowered: bool = False) -> str:
    """The pattern of a word a figure starts with, case-blind; ``lowered``: of the word in
    lower case (:mod:`.starts`, which says where the two agree)."""
    words = (
        rf"an?\s+(?:{_A_NEXT})(?![^\W\d_])|"
        + trie_pattern(_GATE_WORDS)
        + r"(?![^\W\d_])|"
        + trie_pattern(_GATE_STEMS)
    )
    return f"(?:{words})" if lowered else f"(?i:{words})"


def gate_words() -> list[str]:
    """Every word :func:`gate` reads (lower case, ``е`` for ``ё``), and ``ё``."""
    return [*_GATE_WORDS, *_GATE_STEMS, *_A_NEXT.split("|"), "a", "an", "ё"]


_GATE: Final = gate()
#: Whether a text may hold a figure at all: a digit of any script, a vulgar fraction or a
#: word a figure starts with. A text without one is not parsed further.
MAY_HOLD_RE: Final = regex(r"\d|[½¼¾⅓⅔⅕⅛]|(?<![\w-])" + _GATE)

# The forms of a figure that start with a word or a fraction, in the order they are tried.
_FORMS: Final = dict(
    (m.group(1), alt)
    for alt in [
        # vague amounts
        r"(?P<vague>(?i:(?<![\w-])(?:"
        r"(?P<tens_of>tens|dozens|hundreds)\s+of\s+"
        r"(?P<tens_of_scale>thousands|millions|billions)"
        r"|(?:a\s+few|several)\s+(?P<few_scale>hundred|thousand|million|billion|dozen)"
        r"(?:\s+(?P<few_scale_2>thousand|million))?"
        r"|(?P<plural_scale>hundreds|thousands|millions|billions|dozens)"
        rf"|(?P<ru_tens_of>десятк(?:и|ов|ам|ами)|сотн(?:и|ям|ями|ен)|{ukrainian.TENS_OF})\s+"
        rf"(?P<ru_tens_of_scale>тысяч|миллионов|{ukrainian.TENS_OF_SCALE})"
        rf"|(?:несколько|{ukrainian.FEW})\s+"
        rf"(?P<ru_few_scale>сотен|тысяч|десятков|миллионов|{ukrainian.FEW_SCALE})"
        rf"|(?P<ru_plural_scale>сотни|тысячи|миллионы|десятки|{ukrainian.PLURAL_SCALE}))"
        r"(?![\w-])))",
        # shares
        r"(?P<ru_fraction>(?i:(?<![\w-])(?:(?P<ru_numerator>две|три)\s+)?"
        r"(?P<ru_denominator>половин[аыеуой]|трет[ьи]|четверт[ьи])(?![\w-])))",
        rf"(?P<one_in>(?i:(?<![\w-])(?P<one_in_numerator>{_SMALL_RE}|{_RU_SMALL}|[0-9]{{1,2}})"
        r"\s+(?:in|out\s+of|из|of(?=\s+every\s))\s+"  # "two of every three" too
        rf"(?:every\s+)?(?P<one_in_denominator>{_SMALL_RE}|{_RU_SMALL}|[0-9]{{1,3}}(?![0-9,.]))"
        r"(?![\w-])))",
        r"(?P<and_a_half>(?i:(?<![\w-])(?P<and_a_half_whole>[0-9]{1,3})"
        r"\s+and\s+a\s+half(?![\w-])))",
        r"(?P<half_a>(?i:(?<![\w-])half\s+an?\s+"
        r"(?P<half_a_scale>hundred|thousand|million|billion|dozen)(?![\w-])))",
        r"(?P<dozen>(?i:(?<![\w-])(?P<dozens>a|one|two|three|four|five|six)\s+dozen(?![\w-])))",
        r"(?P<fraction>(?i:(?<![\w-])(?P<numerator>an?|one|two|three|four|five|six|seven|eight|nine)"
        r"[- ](?P<denominator>halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|"
        r"eighths?|ninths?|tenths?)(?![\w-])))",
        r"(?P<half>(?i:(?<![\w-])half(?![\w-])))",
        # fractions: "3/4", "½" (a vulgar fraction glued to digits belongs to them)
        r"(?P<slash>(?<![\w./-])(?P<slash_num>[0-9]{1,3})/(?P<slash_den>[0-9]{1,4})"
        r"(?![\w/]|[.,][0-9]))",
        r"(?P<vulgar>(?<![\w-])[½¼¾⅓⅔⅕⅛])",
        # number words: read further by desertcheck.quantity.numwords
        r"(?P<wordnum>" + _WORD_START + ")",
    ]
    if (m := re.match(r"\(\?P<(\w+)>", alt))
)


_ONE_IN_WORDS: Final = f"(?P<one_in_numerator>{_SMALL_RE}|{_RU_SMALL}|"


def master(
    forms: tuple[str, ...] = tuple(_FORMS), at: str = _GATE + "|[0-9½¼¾⅓⅔⅕⅛]", digit: bool = False
) -> str:
    """The pattern of every figure, or of those whose first form is one of ``forms``, at a
    place where ``at`` holds (:mod:`.starts` tries each where it knows what the place holds;
    ``digit``: a digit or a fraction, where "1 in 5" starts with no word)."""
    words = "|".join(_FORMS[k] for k in forms)
    if digit:
        words = words.replace(_ONE_IN_WORDS, "(?P<one_in_numerator>")
    return r"(?<![\w-])(?=" + at + r")(?:" + words + ")|" + _DIGITS


# Word forms only start with a word of the gate (or a digit: "1 in 5"); the look-ahead
# keeps the scan from trying every alternative at every position.
MASTER_RE: Final = regex(master())


#: A percent sign or word after a figure in words ("Thirty per cent", "двенадцать процентов").
PERCENT_AFTER_RE: Final = regex(
    rf"{_HS}?%|{_HS}+(?i:per{_HS}?cent|percent|pct)(?![\w])|{_HS}+(?i:процент[а-я]*"
    rf"|{ukrainian.PERCENT_WORD})"
)

ORDINAL_WORDS_RE: Final = regex(
    r"[- ](?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|\w+teenth|\w+tieth|hundredth|thousandth|millionth)(?![\w-])"
)


def _alternation(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


# A verb may link a qualifier to its figure: "roughly amounted to 100", "some totalling 5".
_LINK_RE: Final = (
    r"(?:\s+(?i:amount(?:s|ed|ing)?\s+to|total(?:s|led|ed|ling|ing)?|stood\s+at|"
    r"stands?\s+at|reach(?:es|ed|ing)?))?"
)
QUAL_RE: Final = regex(
    r"(?:(?<![\w-])(?P<words>(?i:"
    + _alternation(list(QUALIFIER_WORDS))
    + r"))"
    + _LINK_RE
    + r"\s+|(?P<symbol>[~≈><≥≤])\s*)$"
)
#: :data:`QUAL_RE` of a text in lower case: its words as they are written in the tables,
#: which the engine skips on their first letter.
QUAL_LOWER_RE: Final = regex(QUAL_RE.pattern.replace("(?i:", "(?:"))
QUAL_WINDOW: Final = 44

BETWEEN_RE: Final = regex(rf"(?<![\w-])(?P<word>(?i:between|между|{ukrainian.BETWEEN_WORDS}))\s+$")
FROM_RE: Final = regex(rf"(?<![\w-])(?P<word>(?i:from|от|с|{ukrainian.FROM_WORDS}))\s+$")
DIGITS_RE: Final = regex(_DIGITS)
AND_GAP_RE: Final = regex(rf"\s+(?i:and|и|{ukrainian.AND_WORDS})\s+")
TO_GAP_RE: Final = regex(r"\s+(?i:to|through|until|till|до|по)\s+")
DASH_GAP_RE: Final = regex(r"[ \u00a0\u202f\u2009]*[-–‒−][ \u00a0\u202f\u2009]*|—")
PLAIN_TO_GAP_RE: Final = regex(r"\s+(?i:to|through)\s+")
# "seven or eight hundred", "two or three thousand": a range whose scale both ends share.
OR_GAP_RE: Final = regex(rf"\s+(?i:or|или|{ukrainian.OR_WORDS})\s+")
# "above 1000 and below 1500": one interval.
BOUNDS_GAP_RE: Final = regex(
    r"\s+(?i:and|but|и|но)\s+(?i:below|under|less\s+than|fewer\s+than|at\s+most|"
    r"no\s+more\s+than|не\s+более|менее|ниже)\s+"
)
HUNDRED_AND_RE: Final = regex(r"\s+(?i:and)\s+")
SPACE_GAP_RE: Final = regex(r"[ \u00a0\u202f\u2009]+")
OF_A_RE: Final = regex(r"\s+(?i:of)\s+")
# A qualifier after the figure: "1,000 or more", "50 or fewer", "1000 и более", "£2m+".
POST_QUAL_RE: Final = regex(
    r"(?:[ \t\u00a0]+(?P<post>(?i:or\s+(?:more|over|above|greater|fewer|less|under|below)"
    r"|(?:и|или)\s+(?:более|больше|выше|менее|меньше)|"
    + ukrainian.POST_QUALIFIER_RE
    + r"))(?![\w])|(?P<plus>\+|-plus)(?![\w]))"
)
# A verb of change before a figure: what follows "to" is a new value, not a range's end.
CHANGE_BEFORE_RE: Final = regex(
    r"(?:(?<![\w-])(?i:rose|risen|rises?|rising|fell|fallen|falls?|falling|grew|grown|grows?|"
    r"growing|increased?|increases|increasing|decreased?|decreases|decreasing|dropp(?:ed|ing)|"
    r"drops?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|soar(?:s|ed|ing)?|slid(?:es?|ing)?|"
    r"slip(?:s|ped|ping)?|plung(?:es?|ed|ing)|declin(?:es?|ed|ing)|"
    r"(?:go|goes|going|went|gone)\s+(?:up|down)|cut(?:s|ting)?|rais(?:es?|ed|ing)|"
    r"reduc(?:es?|ed|ing)|lower(?:s|ed|ing)?|hik(?:es?|ed|ing)|boost(?:s|ed|ing)?|"
    r"doubl(?:ed|es|ing)|tripl(?:ed|es|ing)|"
    r"halv(?:ed|es|ing)|extend(?:ed|s|ing)|lengthen(?:ed|s|ing)|shorten(?:ed|s|ing)|выросл[аио]?|вырос|снизил[асиьо]*|"
    r"увеличил[асиьо]*|сократил[асиьо]*|упал[аио]?|поднял[асиьо]*|подорожал[аио]?|"
    r"подешевел[аио]?|повысил[асиьо]*|понизил[асиьо]*|" + ukrainian.CHANGE_VERBS + r"),?"
    r"(?:[ \t]+[^\s!?;]*[^\s.!?;]){0,4}"
    # a headline's "up by"/"down by": "Band D up by £101 to £2,134" (a bare "up" is too
    # often a verb's particle: "made up 20 to 30 per cent")
    r"|(?<![\w-])(?i:up|down)[ \t]+(?i:by))[ \t]+$"
)

YEAR_PREP_RE: Final = regex(
    r"(?<![\w-])(?i:in|since|by|until|till|during|before|after|from|through|throughout|"
    r"year|years|summer|spring|autumn|fall|winter|early|late|mid|end|start|beginning|"
    r"в|во|с|со|до|к|по|года|году|год|"
    # the same in the languages audit reads the qualifiers of ("seit 2022", "im Jahr
    # 2024", "depuis 2022", "desde 2022", "nel 2024", "w 2024 roku"); not "do" or "po",
    # English words before a count too
    r"seit|im|jahr|jahres|bis|ab|von|vor|nach|zwischen|depuis|en|année|dès|avant|après|"
    r"entre|desde|año|hasta|antes|después|dal|nel|anno|fino|prima|dopo|entro|od|w|"
    r"przed|między|" + ukrainian.YEAR_PREP + r")\s+$"
)

#: A part of a year named before it: "the third quarter of 2025", "the end of 2024", "the
#: summer of 2023", "Q3 2025", "H1 2024", "FY2025". The year then is no count, even with a
#: noun after it ("in the third quarter of 2025 incidents rose"); a bare "half of" or
#: "quarter of" is a share ("half of 2025 respondents"), so those need their ordinal.
YEAR_PART_RE: Final = regex(
    r"(?:(?<![\w-])(?i:(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)[ \t]+"
    r"(?:quarter|half)|end|start|beginning|middle|course|rest|remainder|summer|spring|"
    r"autumn|fall|winter|months|weeks)[ \t]+(?i:of)|(?<![\w-])(?:Q[1-4]|H[12])|"
    r"(?<![\w-])FY)[ \t]*$"
)

_WORD_GAP: Final = r"(?:[^\S\n]++\n?+[^\S\n]*+|\n[^\S\n]*+)"
_A_WORD: Final = r"[^\W\d_]++(?>(?:['’][^\W\d_]++)*)"
WORD_AFTER_RE: Final = regex(rf"{_WORD_GAP}(?P<word>{_A_WORD})")


def _words_after(n: int) -> str:
    inner = ""
    for k in range(n, 0, -1):
        inner = rf"{_WORD_GAP}(?P<w{k}>{_A_WORD})" + (f"(?:{inner})?" if inner else "")
    return inner


#: Up to five words in one match: those :data:`WORD_AFTER_RE` matched in turn reads (every
#: quantifier possessive, each further word optional: no word is read otherwise).
WORDS_AFTER_RE: Final = regex(_words_after(5))
HYPHEN_WORD_RE: Final = regex(r"-(?P<word>[^\W\d_]+)")
LETTERS_RE: Final = regex(r"[^\W\d_]+")
# A number going on after a figure's digits: "1,5000", "12,34,567" (audit reads Indian
# grouping, :mod:`desertcheck.audit.misgrouped`); or an invisible character
# that quote matching removes, which joins the digits around it ("1\u200b500" is 1500 there).
NUMBER_GOES_ON_RE: Final = regex(r"[.,\u00ad\u200b\u2060\ufeff][0-9]")
PRE_WORD_RE: Final = regex(r"(?P<word>[^\W\d_]+)\s+$")


# A minus sign right before a number that starts a word: "-5 degrees", "−3.2%", "(-5)",
# "minus 5". A hyphen after a digit or letter is a range or a compound, never a sign.
SIGN_RE: Final = regex(r"(?:(?<![\w.,%-])[-\u2212]|(?<![\w-])(?i:minus)\s+)$")
