"""The number words the parser reads, English, Russian and Ukrainian (:mod:`.ukrainian`),
as one table: each written form (lower case, ``ё`` as ``е``, ``'`` for the apostrophe
inside a Ukrainian word) with its kind and value.

Kinds (the grammar in :mod:`desertcheck.quantity.numwords` combines them):

* ``unit`` 0-9, ``teen`` 10-19, ``ten`` 20-90: the small numbers;
* ``hundred``: English ``hundred``, multiplying what comes before it;
* ``hundreds``: Russian ``сто`` .. ``девятьсот`` (100-900), added;
* ``scale``: thousand, million, billion, trillion and their Russian forms;
* ``sesqui``: Russian ``полтора``/``полторы`` (1.5).

Russian forms are listed in every case a number takes in news text (``три``, ``трех``,
``трем``, ``тремя``; ``тысяча``, ``тысячи``, ``тысяч``, ``тысячу``, ``тысячей``...).
"""

from __future__ import annotations

from typing import Final

from desertcheck.compiled import trie
from desertcheck.quantity import ukrainian

_EN: Final = {
    "unit": "zero one two three four five six seven eight nine",
    "teen": "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
    "ten": "twenty thirty forty fifty sixty seventy eighty ninety",
}
_EN_SCALES: Final = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "quadrillion": 1e15,
    "quintillion": 1e18,
    "sextillion": 1e21,
}

# Russian: every case form of 0..19, the tens, the hundreds and the scales.
_RU_UNITS: Final = [
    "ноль нуля нулю нолем нулем",
    "один одна одно одного одной одному одним одном одну",
    "два две двух двум двумя",
    "три трех трем тремя",
    "четыре четырех четырем четырьмя",
]
_RU_SOFT: Final = {  # nominative in -ь; other cases -и, -ью
    5: "пять",
    6: "шесть",
    7: "семь",
    8: "восемь",
    9: "девять",
    10: "десять",
    11: "одиннадцать",
    12: "двенадцать",
    13: "тринадцать",
    14: "четырнадцать",
    15: "пятнадцать",
    16: "шестнадцать",
    17: "семнадцать",
    18: "восемнадцать",
    19: "девятнадцать",
    20: "двадцать",
    30: "тридцать",
}
_RU_EXTRA: Final = {5: "пятью", 7: "семью", 8: "восьми восьмью", 9: "девятью"}
_RU_TENS: Final = {
    40: "сорок сорока",
    50: "пятьдесят пятидесяти пятьюдесятью",
    60: "шестьдесят шестидесяти шестьюдесятью",
    70: "семьдесят семидесяти семьюдесятью",
    80: "восемьдесят восьмидесяти восьмьюдесятью",
    90: "девяносто девяноста",
}
_RU_HUNDREDS: Final = {
    100: "сто ста",
    200: "двести двухсот двумстам двумястами двухстах",
    300: "триста трехсот тремстам тремястами трехстах",
    400: "четыреста четырехсот четыремстам четырьмястами четырехстах",
    500: "пятьсот пятисот пятистам пятьюстами пятистах",
    600: "шестьсот шестисот шестистам шестьюстами шестистах",
    700: "семьсот семисот семистам семьюстами семистах",
    800: "восемьсот восьмисот восьмистам восьмьюстами восемьюстами восьмистах",
    900: "девятьсот девятисот девятистам девятьюстами девятистах",
}
_RU_SCALE_STEMS: Final = {
    "тысяч": 1e3,
    "миллион": 1e6,
    "миллиард": 1e9,
    "триллион": 1e12,
    "квадриллион": 1e15,
    "квинтиллион": 1e18,
    "секстиллион": 1e21,
}
_RU_THOUSAND: Final = "тысяча тысячи тысяч тысячу тысячей тысячею тысяче тысячам тысячами тысячах"
_RU_M_ENDINGS: Final = ("", "а", "ов", "у", "ом", "е", "ы", "ам", "ами", "ах")

#: Bare Russian scale forms that are also plural ("тысячи людей" = thousands of people).
RU_AMBIGUOUS_SCALES: Final = (
    frozenset({"тысячи", "миллионы", "миллиарды"}) | ukrainian.AMBIGUOUS_SCALES
)


def _build() -> dict[str, tuple[str, float]]:
    words: dict[str, tuple[str, float]] = {}
    for kind, forms in _EN.items():
        base = {"unit": 0, "teen": 10, "ten": 20}[kind]
        step = 10 if kind == "ten" else 1
        for i, w in enumerate(forms.split()):
            words[w] = (kind, float(base + i * step))
    words["hundred"] = ("hundred", 100.0)
    for w, v in _EN_SCALES.items():
        words[w] = ("scale", v)
    for v, forms in enumerate(_RU_UNITS):
        for w in forms.split():
            words[w] = ("unit", float(v))
    for v, nom in _RU_SOFT.items():
        kind = "unit" if v < 10 else "teen" if v < 20 else "ten"
        for w in (nom, nom[:-1] + "и", nom + "ю", *_RU_EXTRA.get(v, "").split()):
            words[w] = (kind, float(v))
    for v, forms in _RU_TENS.items():
        for w in forms.split():
            words[w] = ("ten", float(v))
    for v, forms in _RU_HUNDREDS.items():
        for w in forms.split():
            words[w] = ("hundreds", float(v))
    for w in _RU_THOUSAND.split():
        words[w] = ("scale", 1e3)
    for stem, v in _RU_SCALE_STEMS.items():
        if stem != "тысяч":
            for ending in _RU_M_ENDINGS:
                words[stem + ending] = ("scale", v)
    for w in ("полтора", "полторы", "полутора"):
        words[w] = ("sesqui", 1.5)
    for w, entry in ukrainian.number_words().items():
        words.setdefault(w, entry)  # a form Russian writes too is read as Russian's
    return words


#: Every number word: written form -> (kind, value).
NUMBER_WORDS: Final = _build()

#: Words that start a phrase without being numbers themselves ("a hundred", "an eighth").
ARTICLES: Final = frozenset({"a", "an"})


_APOSTROPHE: Final = str.maketrans(dict.fromkeys(ukrainian.APOSTROPHES[1:], "'"))


def fold(word: str) -> str:
    """The form :data:`NUMBER_WORDS` is keyed by."""
    return word.lower().replace("ё", "е").translate(_APOSTROPHE)


def trie_pattern(words: list[str]) -> str:
    """A regular expression matching exactly ``words`` (:func:`desertcheck.compiled.trie`),
    "е" matching "ё" too and the apostrophe inside a Ukrainian word as it is written."""
    return trie(words, _escape)


def _escape(ch: str) -> str:
    if ch == "е":
        return "[её]"  # the table folds ё to е; the text may write either
    if ch == "'":
        return "['’ʼ]"  # the apostrophe inside a Ukrainian word, as it is written
    return "\\" + ch if ch in ".^$*+?{}[]\\|()-" else ch
