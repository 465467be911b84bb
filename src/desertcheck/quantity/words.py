"""The word tables the quantity parser reads: number words, scales, fraction
denominators, qualifiers, currencies, and the words around a figure (stop words,
modifiers, what follows a year)."""

from __future__ import annotations

from typing import Final

from desertcheck.quantity import ukrainian

SMALL_WORDS: Final = {
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
SCALE_WORDS: Final = {
    "hundred": 100.0,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "k": 1e3,
    "к": 1e3,
    "м": 1e6,
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
    **ukrainian.SCALE_WORDS,
}
DENOMINATORS: Final = {
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


ORDINAL_SUFFIXES: Final = frozenset(
    {"st", "nd", "rd", "th", "й", "я", "е", "го", "му", "м", "х", "ый", "ой", "ий", "ая", "ое"}
    # French: "1er janvier", "1re", "2ème", "3ème" (not the bare "e": "5e" is no ordinal alone)
    | {"er", "re", "ère", "ème", "eme"}
)


# Qualifier words directly before a figure. Longest alternatives first.
QUALIFIER_WORDS: Final = {
    "no more than": "up-to",
    "not more than": "up-to",
    "no fewer than": "at-least",
    "no less than": "at-least",
    "not less than": "at-least",
    "a minimum of": "at-least",
    "a maximum of": "up-to",
    "no longer than": "up-to",
    "no later than": "up-to",
    "максимум": "up-to",
    "не свыше": "up-to",
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
    **ukrainian.QUALIFIER_WORDS,
}
#: Qualifiers written after the figure: "1,000 or more", "50 or fewer", "1000 и более".
POST_QUALIFIERS: Final = {
    **dict.fromkeys(["or more", "or over", "or above", "or greater", "+", "-plus"], "at-least"),
    **dict.fromkeys(["или более", "и более", "и больше", "и выше"], "at-least"),
    **dict.fromkeys(["or fewer", "or less", "or under", "or below"], "up-to"),
    **dict.fromkeys(["и менее", "и меньше", "или менее"], "up-to"),
    **ukrainian.POST_QUALIFIERS,
}
QUALIFIER_SYMBOLS: Final = {"~": "about", "≈": "about", ">": "over", "≥": "at-least"}
QUALIFIER_SYMBOLS_UPTO: Final = {"<": "up-to", "≤": "up-to"}
# Qualifiers that make a year-like number a count ("over 3050 cases"); not "up to", "до".
COUNTING_QUALIFIERS: Final = frozenset(
    k for k, v in QUALIFIER_WORDS.items() if v in {"over", "at-least", "nearly", "about"}
) | {"as many as", "as much as", "no more than", "not more than", "fewer than", "less than"}


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


YEAR_FOLLOW: Final = frozenset(
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
    | ukrainian.YEAR_FOLLOW
)
STOP_WORDS: Final = _wordset(
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
    while last next this previous each
    и или в во на с со по из за от до для не ни что как это его ее её их же а но к у о об при
    без под над
    """
)
MODIFIERS: Final = _wordset(
    """
    new more additional other further extra former current such criminal military civilian
    young active individual separate different total reported registered documented
    confirmed recorded estimated official unofficial known alleged
    """
)


RU_SCALE: Final = {
    "сотен": 100.0,
    "тысяч": 1e3,
    "десятков": 10.0,
    "миллионов": 1e6,
    **ukrainian.VAGUE_SCALES,
}
