"""Ukrainian words as content stems: stop words, a light stemmer, and the lexicon that leads
Ukrainian words to the registry's measures, as :mod:`.russian` and :mod:`.lexicon` do for
Russian.

One Cyrillic path serves both languages (:func:`desertcheck.audit.terms`): a word with a
letter Russian does not write (``і``, ``ї``, ``є``, ``ґ``) or an apostrophe inside it
(``'``, ``’``, ``ʼ``, dropped) is Ukrainian and stemmed here; any other Cyrillic word is
stemmed as Russian, which strips the endings the two languages share (``справи``,
``засуджено``, ``вироки`` come out as ``справ``, ``засуджен``, ``вирок``). A word meets the
Russian lexicon first; only a word it leads nowhere meets the Ukrainian one. No word here
is a Russian word: stop words Russian writes with another meaning are left out, and
Ukrainian forms Russian shares a stem with are listed whole (:data:`FORMS`), so a Russian
draft is read as before (``tests/test_languages_ukrainian.py`` holds the Russian drafts'
words to that).
"""

from __future__ import annotations

import re
from typing import Final

from desertcheck.audit import russian
from desertcheck.compiled import regex


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: A letter Russian does not write, or an apostrophe inside a word.
_MARK = regex(r"[іїєґ'ʼ]")
#: The apostrophes a Ukrainian word is written with (``’`` is read as ``'`` before).
_APOSTROPHES: Final = str.maketrans("", "", "'ʼ")

#: Function words, qualifiers, number and time words, and attribution ("за даними").
STOP: Final = _words(
    """і й та що це цей ця ці цього цієї цих цим цими тієї тих був була було були бути
    будуть є вже ще які який яка яке якого якої яких яким якими якій котрі котрий його її
    їх їхні їхній їхня він вона вони ми ви з із зі від під між після чи або але проте
    також теж лише тільки навіть понад близько приблизно майже щонайменше принаймні
    щонайбільше більше менше більш менш ніж саме якщо ні немає нема всі усі усього всього
    кожен кожного кожна серед загалом зокрема оскільки адже бо хоча тис тисяча тисячі тисяч
    тисячу тисячами мільйон мільйона мільйони мільйонів мільярд мільярда мільярди
    мільярдів рік року році роки років роках місяць місяця місяці місяців тиждень тижня
    тижні тижнів дні днів щодо такий така таке такі добу доби даними повідомив повідомила
    повідомили повідомляє
    заявив заявила заявили згідно відповідно станом відсотків відсотка відсотки відсоток
    січень січня січні лютий лютому березень березня березні квітень квітня квітні
    травень травня травні червень червня червні липень липня липні серпень серпня серпні
    вересень вересня вересні жовтень жовтня жовтні листопада листопаді грудень грудня
    грудні літо літа влітку осінь осені восени взимку навесні"""
)

#: Noun, adjective and short verb endings, the longest tried first.
_ENDINGS: Final = tuple(
    sorted(
        [
            "ями",
            "ами",
            "ого",
            "ому",
            "ими",
            "ів",
            "їв",
            "ах",
            "ях",
            "ам",
            "ям",
            "ою",
            "ею",
            "єю",
            "ої",
            "ій",
            "ий",
            "ім",
            "им",
            "их",
            "ом",
            "ем",
            "а",
            "я",
            "о",
            "е",
            "и",
            "і",
            "ї",
            "є",
            "у",
            "ю",
            "ь",
            "й",
        ],
        key=len,
        reverse=True,
    )
)


def marked(word: str) -> bool:
    """Whether a Cyrillic word (casefolded) is Ukrainian by its letters."""
    return _MARK.search(word) is not None


def plain(word: str) -> str:
    """``word`` without its apostrophes (``п'ять``: ``пять``)."""
    return word.translate(_APOSTROPHES)


def stem(word: str) -> str:
    """A Ukrainian word's stem (apostrophes dropped): its ending stripped, the longest
    first, leaving at least three letters, then a soft sign, as :func:`.russian.stem`."""
    return russian.stem(plain(word), _ENDINGS)


#: Stem beginnings -> the English concept words they stand for, as
#: :data:`desertcheck.audit.lexicon.RUSSIAN` (stems both languages share are there).
PREFIXES: Final = {
    "дезертирств": "desertion",
    "самовільн": "awol absence",
    "сзч": "awol absence",
    "залишенн": "awol absence",
    "відмов": "refusal",
    "військовослужбов": "soldiers",
    "військов": "military",
    "військ": "soldiers",
    "армі": "military",
    "збройн": "military forces",
    "строковик": "soldiers conscripts",
    "вирок": "verdicts",
    "засудж": "convictions",
    "засуди": "convictions",
    "рішенн": "verdicts decisions",
    "обвинувач": "cases prosecution",
    "обвинувальн": "convictions guilty",
    "переслідув": "cases prosecution",
    "підсудн": "cases",
    "звинувач": "cases prosecution",
    "притягн": "cases prosecution",
    "втекл": "desertion",
    "втік": "desertion",
    "розвід": "intelligence",
    "спецдоповідач": "special rapporteur",
    "доповідач": "rapporteur",
    "путін": "putin",
    "зеленськ": "zelensky",
    "проваджен": "cases",
    "розгляд": "cases",
    "клопотан": "requests",
    "скеров": "sent",
    "скерув": "sent",
    "воюва": "fight",
    "призовник": "soldiers conscripts",
    "учасник": "combatants",
    "повернул": "combatants",
    "переміщен": "displaced",
    "антивоєнн": "anti-war",
    "добровольч": "volunteer",
    "іноагент": "foreign agent",
    "примусов": "coercive",
    "психіатр": "psychiatric",
    "кримінальн": "criminal",
    "непокор": "disobedience",
    "невиконанн": "disobedience",
    "покаранн": "sentence maximum",
    "позбавленн": "sentence prison",
    "ув'язненн": "sentence prison",
    "термін": "sentence",
    "загрожу": "sentence",
    "південн": "southern",
    "московськ": "moscow",
    "східн": "eastern",
    "ленінградськ": "leningrad",
    "західн": "western",
    "росі": "russia",
    "російськ": "russia",
    "україн": "ukraine",
    "отриман": "received opened",
    "отриму": "received opened",
    "надійш": "received opened",
    "порушил": "opened",
    "відкрит": "opened",
    "вторгненн": "invasion",
    "війн": "war",
    "мобілізац": "mobilisation",
    "вербу": "recruited",
    "завербов": "recruited",
    "в'язн": "prisoners",
    "ув'язнен": "prisoners",
    "щомісяц": "month",
    "щомісячн": "month",
    "щотижн": "week",
    "щоденн": "day",
    "щодн": "day",
    "загин": "deaths",
    "вбит": "deaths",
    "поранен": "injured",
    "вбил": "deaths",  # the verbs: "вбили або тяжко поранили понад 750 людей"
    "вбив": "deaths",
    "поранил": "injured",
    "поранив": "injured",
    "повернув": "combatants",  # "ті, хто повернувся з фронту"
    "вьорстк": "verstka",
    "біженц": "displaced",
    "переселенц": "displaced",
    "людин": "people",
    "люд": "people",
    "осіб": "people",
    "прохан": "requests",
    "звернен": "requests",
    "допомог": "assistance",
    "доповід": "report",
    "правозахисник": "rights",
    "небажан": "undesirable",
    "організаці": "organisation group",
    "іноземн": "foreign",
    "катуван": "torture",
    "тортур": "torture",
    "політв'язн": "political prisoners",
    "політичн": "political",
    "сізо": "pretrial detainees detention",
    "відсот": "percent share",
    "частк": "share",
    "відповідальн": "liability",
    "звільненн": "exemption",
    "чисельн": "size",
    "середн": "average",
    "задокументов": "documented",
    "притул": "asylum",
    "випадк": "cases",
    "медіазон": "mediazona",
    "проєкт": "proekt",
    "європейськ": "european",
}
#: Ukrainian word forms whose stem Russian shares with a word of another meaning, listed
#: whole: "справи" (cases), not Russian "справа" (on the right).
FORMS: Final = {
    **dict.fromkeys(
        ["справ", "справи", "справу", "справі", "справах", "справам", "справами"], "cases"
    ),
    "волі": "prison",
    "порушено": "opened",
    **dict.fromkeys(["передають", "передаються", "передані"], "sent"),
    **dict.fromkeys(["наказів", "накази"], "disobedience order"),
}
_PREFIXES: Final = tuple(sorted((plain(p) for p in PREFIXES), key=len, reverse=True))
_CONCEPTS: Final = {plain(p): c for p, c in PREFIXES.items()}


def concepts(word: str, stem: str) -> tuple[str, ...]:
    """The English concept words a Ukrainian ``word`` (its ``stem``) stands for, or none."""
    form = FORMS.get(word)
    if form is not None:
        return tuple(form.split())
    for prefix in _PREFIXES:
        if stem.startswith(prefix):
            return tuple(_CONCEPTS[prefix].split())
    return ()


#: A rate's span after a figure: "1000 справ на місяць", "38 вироків за робочий день".
RATE_AFTER: Final = regex(
    r"\A[^.;:!?\d]{0,40}?(?<!\w)(?:на|за|кожного|кожен|кожну)\s+(?:робочий\s+|середньому\s+)?"
    r"(місяць|тиждень|день|добу)(?!\w)",
    re.IGNORECASE,
)
#: A rate adverb within two words before a figure or in its words after it: "щомісяця
#: надходило близько тисячі справ", "близько тисячі справ щомісяця".
RATE_WORD: Final = regex(r"(?<!\w)(щомісяц|щомісячн|щотижн|щодн|щоденн)\w*", re.IGNORECASE)
RATE_WORDS_AFTER: Final = regex(
    r"\A[^.;:!?\d]{0,40}?(?<!\w)(щомісяц|щомісячн|щотижн|щодн|щоденн)", re.IGNORECASE
)
SPANS: Final = {
    "місяць": "month",
    "тиждень": "week",
    "день": "day",
    "добу": "day",
    "щомісяц": "month",
    "щомісячн": "month",
    "щотижн": "week",
    "щодн": "day",
    "щоденн": "day",
}
#: Units of a duration: "до 15 років", "три роки", "шість місяців".
DURATION_UNITS: Final = frozenset(
    ["рік", "роки", "років", "року", "місяць", "місяці", "місяців", "місяця", "днів", "дні"]
)
