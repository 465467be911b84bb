"""The Ukrainian words of the quantity parser: number words in their cases, scales after
digits, qualifiers, vague amounts, months, verbs of change, the words around a year.

Written as the Russian ones are (:mod:`.lexicon`, :mod:`.words`, :mod:`.patterns`), which
take these tables in: ``понад 50 тисяч``, ``близько 16 000``, ``до 15 років``, ``десятки
тисяч``, ``п'ятдесят тисяч``, ``13,5 тис.``, ``2,4 мільйона``, ``майже 10 відсотків``. A
Ukrainian form that is also a Russian word is read as the Russian one is (``сорок``,
``сто``, ``три``, ``до``); no form here is a Russian word of another meaning.

The apostrophe inside a word (``п'ять``, ``дев’ять``, ``пʼятсот``) is any of ``'``, ``’``
and ``ʼ``; the tables write ``'`` (:func:`~.lexicon.fold` folds the others onto it).
"""

from __future__ import annotations

from typing import Final

#: The apostrophes written inside a Ukrainian word.
APOSTROPHES: Final = "'’ʼ"

#: Number words by value: every case form news text writes (nominative, genitive, dative,
#: instrumental, locative), ``'`` for the apostrophe.
_UNITS: Final = {
    0: "нуль нуля нулю нулем",
    1: "один одна одне одного одної одному одній одним однією одну",
    2: "два дві двох двом двома",
    3: "три трьох трьом трьома",
    4: "чотири чотирьох чотирьом чотирма чотирьома",
    5: "п'ять п'яти п'ятьох п'ятьом п'ятьма п'ятьома",
    6: "шість шести шістьох шістьом шістьма шістьома",
    7: "сім семи сімох сімом сімома",
    8: "вісім восьми вісьмох вісьмом вісьма вісьмома",
    9: "дев'ять дев'яти дев'ятьох дев'ятьом дев'ятьма дев'ятьома",
}
_TEENS: Final = {
    10: "десять",
    11: "одинадцять",
    12: "дванадцять",
    13: "тринадцять",
    14: "чотирнадцять",
    15: "п'ятнадцять",
    16: "шістнадцять",
    17: "сімнадцять",
    18: "вісімнадцять",
    19: "дев'ятнадцять",
}
_TENS: Final = {
    20: "двадцять",
    30: "тридцять",
    40: "сорок сорока",
    50: "п'ятдесят п'ятдесяти п'ятдесятьох п'ятдесятьма",
    60: "шістдесят шістдесяти шістдесятьох шістдесятьма",
    70: "сімдесят сімдесяти сімдесятьох сімдесятьма",
    80: "вісімдесят вісімдесяти вісімдесятьох вісімдесятьма",
    90: "дев'яносто дев'яноста",
}
_HUNDREDS: Final = {
    100: "сто ста",
    200: "двісті двохсот двомстам двомастами",
    300: "триста трьохсот трьомстам трьомастами",
    400: "чотириста чотирьохсот чотирьомстам чотирмастами",
    500: "п'ятсот п'ятисот п'ятистам п'ятьмастами",
    600: "шістсот шестисот шестистам шістьмастами",
    700: "сімсот семисот семистам сьомастами",
    800: "вісімсот восьмисот восьмистам вісьмастами",
    900: "дев'ятсот дев'ятисот дев'ятистам дев'ятьмастами",
}
_THOUSAND: Final = "тисяча тисячі тисяч тисячу тисячею тисячам тисячами тисячах"
_SCALE_STEMS: Final = {"мільйон": 1e6, "мільярд": 1e9, "трильйон": 1e12}
_SCALE_ENDINGS: Final = ("", "а", "и", "ів", "у", "ові", "ом", "і", "ам", "ами", "ах")


def _forms(table: dict[int, str]) -> dict[str, float]:
    return {w: float(v) for v, forms in table.items() for w in forms.split()}


def _teen_forms() -> dict[str, float]:
    # "-ять" numbers take "-яти", "-ятьох", "-ятьма" in the other cases
    out: dict[str, float] = {}
    for v, nom in _TEENS.items():
        stem = nom[:-1]
        for w in (nom, stem + "и", stem + "ьох", stem + "ьом", stem + "ьма"):
            out[w] = float(v)
    for v in (20, 30):
        nom = _TENS[v]
        for w in (nom, nom[:-1] + "и", nom[:-1] + "ьох", nom[:-1] + "ьма"):
            out[w] = float(v)
    return out


def number_words() -> dict[str, tuple[str, float]]:
    """Every Ukrainian number word: written form -> (kind, value), the kinds of
    :mod:`.lexicon`."""
    words: dict[str, tuple[str, float]] = {}
    for w, v in _forms(_UNITS).items():
        words[w] = ("unit", v)
    for w, v in _teen_forms().items():
        words[w] = ("teen" if v < 20 else "ten", v)
    for w, v in _forms({k: t for k, t in _TENS.items() if k >= 40}).items():
        words[w] = ("ten", v)
    for w, v in _forms(_HUNDREDS).items():
        words[w] = ("hundreds", v)
    for w in _THOUSAND.split():
        words[w] = ("scale", 1e3)
    for stem, v in _SCALE_STEMS.items():
        for ending in _SCALE_ENDINGS:
            words[stem + ending] = ("scale", v)
    for w in ("півтора", "півтори"):
        words[w] = ("sesqui", 1.5)
    return words


#: Bare scale forms that are also plural ("тисячі людей" = thousands of people).
AMBIGUOUS_SCALES: Final = frozenset({"тисячі", "мільйони", "мільярди"})

#: Scale words after digits (lower case): "50 тисяч", "13,5 тис.", "2,4 мільйона".
SCALE_WORDS: Final = {
    "тисяча": 1e3,
    "тисячі": 1e3,
    "тисяч": 1e3,
    "тис": 1e3,
    "мільйон": 1e6,
    "мільйона": 1e6,
    "мільйони": 1e6,
    "мільйонів": 1e6,
    "мільярд": 1e9,
    "мільярда": 1e9,
    "мільярди": 1e9,
    "мільярдів": 1e9,
}
#: :data:`SCALE_WORDS` as the digits' pattern reads them.
SCALE_AFTER_DIGITS: Final = r"тисяч[аі]?|тис|мільйон(?:а|и|ів)?|мільярд(?:а|и|ів)?"
#: The per cent word after a figure: "10 відсотків", "12 відс.".
PERCENT_WORD: Final = r"відсот[а-яіїє]*|відс\."

#: Vague amounts: "десятки тисяч", "сотні тисяч", "кілька тисяч", "тисячі" (the Russian
#: alternatives of the pattern take these in).
TENS_OF: Final = r"десятк(?:ів|ами|ам)|сотн(?:і|ями|ям|ень)"
TENS_OF_SCALE: Final = r"тисяч|мільйонів"
FEW: Final = r"кілька|декілька"
FEW_SCALE: Final = r"сотень|тисяч|десятків|мільйонів"
PLURAL_SCALE: Final = r"сотні|тисячі|мільйони"
#: The value of a vague amount's scale word.
VAGUE_SCALES: Final = {"сотень": 100.0, "тисяч": 1e3, "десятків": 10.0, "мільйонів": 1e6}
VAGUE_PLURALS: Final = {
    "сотні": (100.0, 999.0),
    "тисячі": (1e3, 9999.0),
    "мільйони": (1e6, 1e7 - 1),
}

#: Qualifier words directly before a figure.
QUALIFIER_WORDS: Final = {
    "не більше ніж": "up-to",
    "не більш ніж": "up-to",
    "не більше за": "up-to",
    "не менше ніж": "at-least",
    "не менш ніж": "at-least",
    "не менше за": "at-least",
    "більше ніж": "over",
    "більш ніж": "over",
    "більш як": "over",
    "більше за": "over",
    "менше ніж": "up-to",
    "менш ніж": "up-to",
    "менше за": "up-to",
    "щонайменше": "at-least",
    "принаймні": "at-least",
    "як мінімум": "at-least",
    "мінімум": "at-least",
    "не менше": "at-least",
    "щонайбільше": "up-to",
    "не більше": "up-to",
    "понад": "over",
    "більше": "over",
    "майже": "nearly",
    "трохи менше": "nearly",
    "близько": "about",
    "приблизно": "about",
    "орієнтовно": "about",
    "менше": "up-to",
}
#: Qualifiers after the figure: "1000 і більше".
POST_QUALIFIERS: Final = {
    **dict.fromkeys(["і більше", "та більше", "або більше", "й більше"], "at-least"),
    **dict.fromkeys(["і менше", "та менше", "або менше", "й менше"], "up-to"),
}
POST_QUALIFIER_RE: Final = r"(?:і|й|та|або)\s+(?:більше|менше)"

#: Words that ask for the genitive before a plural-looking scale: "близько тисячі".
GENITIVE_BEFORE: Final = r"близько|понад|більше|менше|майже|приблизно|щонайменше|від|із|з"

#: Month names in every case a date takes (nominative, genitive, locative).
MONTHS: Final = (
    "січ(?:ень|ня|ні)|лют(?:ий|ого|ому)|берез(?:ень|ня|ні)|квіт(?:ень|ня|ні)"
    "|трав(?:ень|ня|ні)|черв(?:ень|ня|ні)|лип(?:ень|ня|ні)|серп(?:ень|ня|ні)"
    "|верес(?:ень|ня|ні)|жовт(?:ень|ня|ні)|листопад(?:а|і)?|груд(?:ень|ня|ні)"
)
#: The first letters of :data:`MONTHS`, both cases (the prefilter looks for them).
MONTH_INITIALS: Final = "слбктчвжгСЛБКТЧВЖГ"
#: A year's word after it: "2024 року", "2024 р.".
YEAR_WORDS: Final = r"року|році|рік|роках|роки|р\."
#: Words after a year-like number that say it is a year.
YEAR_FOLLOW: Final = frozenset({"рік", "року", "році", "роки", "років", "роках", "р"})
#: Words before a year-like number that say it is a year: "від 2022", "після 2022" (not
#: "у", which Russian writes before a count: "у 2000 человек").
YEAR_PREP: Final = r"із|зі|від|після|протягом|впродовж|наприкінці|початку|кінця|кінці"

#: Verbs of change before a figure: what follows "до" is a new value, not "up to".
CHANGE_VERBS: Final = (
    r"зросл[аио]|зріс|збільшил[аио]?с[яь]|збільшивс[яь]|скоротил[аио]?с[яь]|скоротивс[яь]"
    r"|знизил[аио]?с[яь]|знизивс[яь]|зменшил[аио]?с[яь]|зменшивс[яь]|впал[аио]?|впав"
    r"|підвищил[аио]?|підвищивс[яь]|підвищил[аио]с[яь]|знизил[аио]?|збільшил[аио]?"
    r"|скоротил[аио]?|зменшил[аио]?|подвоїл[аио]?|подвоїв"
)
#: Range words: "від 700 до 800", "між 700 і 800", "700 або 800".
FROM_WORDS: Final = r"від|з"
BETWEEN_WORDS: Final = r"між"
AND_WORDS: Final = r"і|та"
OR_WORDS: Final = r"або|чи"

#: Currency words after the number.
CURRENCIES: Final = {
    "UAH": "гривня гривні гривень гривнею гривнями грн",
    "USD": "долар долари доларів доларами доларах",
    "RUB": "рублів рублі рублями",
}
