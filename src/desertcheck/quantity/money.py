"""Currencies: how news writes them, before or after the number, and the ISO 4217 code
the parser gives as a figure's unit.

Before the number: a sign (``$``, ``£``, ``€``, ``₽``, ``US$``...) or a code (``USD``,
``EUR 250 million``, glued ``USD3.25``). After it: a sign (``10 €``, ``500 ₽``), a code
(``82 USD``, ``75 USD million``) or a word in any number and case (``dollars``,
``roubles``, ``рублей``, ``руб.``, ``долларов``, ``евро``). After a currency word, an
amount in the hundredth unit is added (``124 451 рубль 50 копеек``, ``2 dollars and 23
cents``).
"""

from __future__ import annotations

import re
from typing import Final

from desertcheck.quantity import ukrainian
from desertcheck.quantity.lexicon import trie_pattern

#: Signs and codes written before the number, with the ISO code they stand for.
SIGNS: Final = {
    "US$": "USD",
    "A$": "AUD",
    "C$": "CAD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₽": "RUB",
    "₴": "UAH",
    "₹": "INR",
}
CODES: Final = ("USD", "EUR", "GBP", "RUB", "UAH", "JPY", "CHF", "CNY", "INR", "AUD", "CAD")

#: Currency words after the number (lower case, ``ё`` as ``е``) and their ISO codes.
_WORD_FORMS: Final = {
    "USD": "dollar dollars bucks доллар доллара долларов долларам долларами долларах долл",
    "EUR": "euro euros евро",
    "GBP": "pound pounds фунт фунта фунтов",
    "RUB": "rouble roubles ruble rubles рубль рубля рублей рублям рублями рублях рублю рублем руб",
    "UAH": "hryvnia hryvnias hryvnias гривна гривны гривен гривнам гривнами",
    "JPY": "yen иен иены",
    "INR": "rupee rupees рупий рупии",
}
WORDS: Final = {
    w: code
    for code, forms in [*ukrainian.CURRENCIES.items(), *_WORD_FORMS.items()]
    for w in forms.split()
}
# Abbreviations that end with a full stop of their own ("руб.", "р.", "Rs.").
_ABBREVIATIONS: Final = {"р": "RUB", "rs": "INR"}

_SIGN_ALT: Final = "|".join(re.escape(s) for s in sorted(SIGNS, key=len, reverse=True))
_CODE_ALT: Final = "|".join(CODES)

#: A currency right before a number: ``$``, ``US$ ``, ``EUR 250``, glued ``USD3.25``.
BEFORE_RE: Final = re.compile(
    r"(?:(?P<sign>" + _SIGN_ALT + r")|(?<![\w-])(?P<code>" + _CODE_ALT + r"|Rs\.?)"
    r"(?![^\W\d_]))[ \u00a0\u202f]?$"
)

#: A currency right after a number (and its scale): ``10 €``, ``82 USD``, ``20 млн руб.``.
AFTER_RE: Final = re.compile(
    r"[ \u00a0\u202f]?(?:(?P<sign>€|₽|\$|£|₴|₹)|(?P<code>" + _CODE_ALT + r")(?![^\W\d_])"
    r"|(?P<word>(?i:" + trie_pattern(sorted(WORDS)) + r"|р|rs)(?![^\W\d_])"
    r"(?:(?P<sterling>[ \t]+(?i:sterling|стерлингов))|(?P<dot>\.(?![ \t]*(?:\n|$|[A-ZА-ЯЁ]))))?)"
    r")"
)

#: An amount in hundredths after a currency word: "50 копеек", "and 23 cents", "98 коп.".
CENTS_RE: Final = re.compile(
    r"[ \t\u00a0]+(?i:and[ \t]+)?(?P<cents>[0-9]{1,2})[ \t\u00a0]+"
    r"(?i:cents?|pence|копе(?:йка|йки|ек|йку)|коп(?:\.(?![ \t]*(?:\n|$|[A-ZА-ЯЁ])))?)(?![^\W\d_])"
)

#: A scale glued after a currency and its number ("$38m", "£2.7tn", "£450k").
GLUED_SCALE_RE: Final = re.compile(r"(?P<scale>mn|m|bn|b|tn|k)(?![\w]|-[^\W\d_])")
GLUED_SCALES: Final = {"m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12, "k": 1e3}

#: A scale word after a code written after the number ("75 USD million").
SCALE_AFTER_CODE_RE: Final = re.compile(
    r"[ \t\u00a0]+(?P<scale>(?i:thousand|million|billion|trillion|bn|mn))(?![\w])"
)
CODE_SCALES: Final = {"thousand": 1e3, "million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9}
CODE_SCALES_T: Final = {**CODE_SCALES, "trillion": 1e12}


def code_before(m: re.Match[str]) -> str:
    """The ISO code of a :data:`BEFORE_RE` match."""
    if m.group("sign"):
        return SIGNS[m.group("sign")]
    code = m.group("code")
    return "INR" if code.startswith("Rs") else code


def code_after(m: re.Match[str]) -> str:
    """The ISO code of an :data:`AFTER_RE` match."""
    if m.group("sign"):
        return SIGNS[m.group("sign")]
    if m.group("code"):
        return str(m.group("code"))
    word = m.group("word").split()[0].rstrip(".").lower().replace("ё", "е")
    return WORDS.get(word) or _ABBREVIATIONS[word]
