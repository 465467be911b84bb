"""Bulgarian drafts: the field's words as English concepts, and the words around a
Bulgarian draft's figures (:data:`WRITING`, read by :mod:`.translations`).

Bulgarian shares its script and many words with Russian, but not the field's: a desk's
Bulgarian translation says "дезертьори", "дезертьорство", "самоотлъчка", "осъдени",
"присъди", "съдилища", "войници", "военнослужещи", "наказателни дела", "неизпълнение на
заповед". Bulgarian inflects little (it glues its article to the end: "съдилищата",
"войниците"), so each word is read by its beginning (:data:`STEMS`, longest first), as
Russian words are (:mod:`.lexicon`), after the Russian and Ukrainian tables, so that a
Russian draft is read as before (no beginning here starts a Russian word: "офицер",
"Путин" are left to the Russian path); the few beginnings the Russian table reads as
another word (:data:`FIRST`: "войниц", soldiers, is no "войн", war) before it. Its
function words, qualifiers and words of time weigh nothing in a sentence's score
(:data:`STOP`); none is a Russian content word.

Bulgarian numbers ("50 000" with a space or a no-break one, "2,4" with a decimal comma) are
read where every language's are (:mod:`.convention`); the Russian ones it shares ("около",
"почти", "до", "млн.") by the quantity parser. Here: the qualifiers Russian does not write
("над", "близо", "най-малко", "приблизително", "повече от"), the scale words ("15–20
хиляди", "хил.", "2,4 милиона", :mod:`desertcheck.quantity.scales`), number words
("девет", "шестима"), words for many ("десетки хиляди"), shares ("половината", "две
трети"), units ("години", "месеца"), ranges ("между 700 и 800") and rates ("месечно", "на
месец", "седмично", "на работен ден"); its periods ("от 2022 г. насам", "през 2024 г.",
"към октомври 2025 г.", "от януари до май 2025 г.") in :mod:`.bulgarian_periods`.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from desertcheck.audit.translations import Writing
from desertcheck.compiled import regex, trie


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Beginnings of Bulgarian words and the English concept words they stand for.
STEMS: Final = {
    "дезертьор": "desertion deserters",
    "самоотлъч": "awol absence unauthorised",
    "отсъстви": "absence awol",
    "самоволн": "awol absence",
    "осъд": "convictions convicted",
    "осъжд": "convictions convicted",
    "присъд": "verdicts convictions",
    "съдилищ": "courts",
    "съдебн": "court",
    "съдии": "judges",
    "съдиит": "judges",
    "съд": "courts",
    "подведен": "prosecuted cases",
    "отговорност": "liability",
    "военнослужещ": "soldiers personnel",
    "войниц": "soldiers",
    "войник": "soldiers",
    "наборниц": "conscripts soldiers",
    "наборник": "conscripts soldiers",
    "професионалн": "contract",
    "наказателн": "criminal",
    "затворниц": "prisoners",
    "неизпълнени": "disobedience",
    "заповед": "disobedience order",
    "окръг": "district",
    "окръз": "district",
    "южен": "southern",
    "южни": "southern",
    "източен": "eastern",
    "източни": "eastern",
    "разузнаван": "intelligence",
    "напуснал": "left",
    "мъже": "men soldiers",
    "постъп": "received opened",
    "образуван": "opened",
    "украйн": "ukraine",
    "украинск": "ukraine",
    "руск": "russia",
    "русия": "russia",
    "разследващ": "investigators",
    "вербув": "recruited",
    "численост": "size",
    "въоръжен": "armed forces",
    "воюв": "fight",
    "чуждестранн": "foreign",
    "нежелан": "undesirable",
    "задържан": "detainees detention",
    "изтезани": "torture",
    "върнал": "returning combatants",
    "бойци": "combatants",
    "симулиран": "malingering",
}
_ORDERED: Final = tuple(sorted(STEMS, key=len, reverse=True))
#: The beginnings of :data:`STEMS` read before the Russian lexicon, whose beginnings read
#: these Bulgarian words otherwise: "войници" (soldiers) is no "войн" (war),
#: "наказателни" (criminal) no "наказан" (punishment), "военнослужещи" (servicemen) no
#: "военн" (military). No Russian word starts with one.
FIRST: Final = ("войниц", "войник", "наказателн", "военнослужещ")
#: Bulgarian words read whole.
WHOLE: Final = {
    "души": "people",
    "лица": "individuals people",
    "нови": "new",
    "затвор": "prison sentence",
    "затвора": "prison sentence",
    "набира": "recruited recruits",
    "зеленски": "zelensky",
    "централния": "central",
    "централен": "central",
    "средно": "average",
    "ес": "eu",
    "указ": "decree",
    "указът": "decree",
    "указа": "decree",
}
#: Bulgarian words that say nothing of what a figure counts: none is a Russian content word.
STOP: Final = _words(
    """са се към през че като тях това тези този тази които която който което също според
    срещу насам при или но обаче още вече между над около почти близо най
    малко до година години месец месеца месеци седмица ден хиляди хил милиона милион
    процента януари февруари март април май юни юли август септември октомври ноември
    декември пролетта лятото есента зимата половината средата началото пише казва
    твърди данни думите ще има няма от за по да на ни им
    им техните нашите нашия един една едно"""
)


@functools.lru_cache(maxsize=65536)
def concepts(word: str, first: bool = False) -> tuple[str, ...]:
    """The English concept words a Bulgarian word (lower case, "ё" as "е") stands for:
    those it is read whole as, else those of the longest beginning of :data:`STEMS` it
    starts with; none for most words. ``first``: those of :data:`FIRST` only."""
    if first:
        stem = next((s for s in FIRST if word.startswith(s)), None)
        return tuple(STEMS[stem].split()) if stem else ()
    if word in WHOLE:
        return tuple(WHOLE[word].split())
    for stem in _ORDERED:
        if word.startswith(stem):
            return tuple(STEMS[stem].split())
    return ()


_MONTH_NAMES: Final = (
    "януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември",
    "октомври", "ноември", "декември",
)  # fmt: skip
#: A Bulgarian month, lower case (Bulgarian does not decline its months).
MONTH_FORMS: Final = {name: n for n, name in enumerate(_MONTH_NAMES, 1)}
_MONTHS: Final = trie(MONTH_FORMS)
_GAP: Final = r"[ \t\u00a0]+"
_BEFORE: Final = r"[ \t\u00a0]+\Z"
#: Units of time after a figure, as the English unit a claim writes.
_UNITS: Final = {
    "години": "years", "година": "years", "месеца": "months",
    "месеци": "months", "месец": "months", "седмици": "weeks", "дни": "days", "дена": "days",
}  # fmt: skip
#: Small numbers in words ("един", also the article "a", is not read; "петте", the five,
#: names years, it does not count them).
_NUMBERS: Final = {
    "два": 2, "две": 2, "двама": 2, "три": 3, "трима": 3, "четири": 4, "четирима": 4,
    "пет": 5, "петима": 5, "шест": 6, "шестима": 6, "седем": 7, "седмина": 7, "осем": 8,
    "осмина": 8, "девет": 9, "деветима": 9, "десет": 10, "десетима": 10, "двадесет": 20,
    "тридесет": 30, "четиридесет": 40, "петдесет": 50, "сто": 100,
}  # fmt: skip
_RATE_SPANS: Final = {
    "месечно": "month", "на месец": "month", "всеки месец": "month", "седмично": "week",
    "на седмица": "week", "всяка седмица": "week", "дневно": "day", "на ден": "day",
    "на работен ден": "day", "всеки работен ден": "day", "годишно": "year",
    "на година": "year",
}  # fmt: skip
_RATES: Final = "|".join(
    re.escape(r).replace(r"\ ", "[ \t\u00a0]+") for r in sorted(_RATE_SPANS, key=len, reverse=True)
)
#: How a Bulgarian draft writes the words around its figures.
WRITING: Final = Writing(
    language="Bulgarian",
    # "през 2024 г.", "от 2022 г. насам", "към октомври 2025 г.", "между 2022 и 2025 г."
    year_before=regex(
        rf"(?<![\w])(?i:през|от|до|към|след|преди|между|в|във|на|{_MONTHS}"
        r"|(?:19|20)[0-9]{2}[ \t\u00a0]*(?:г\.)?[ \t\u00a0]+и|(?:19|20)[0-9]{2}[–-])"
        r"[ \t\u00a0]*\Z"
    ),
    year_after=regex(r"[ \t\u00a0]*(?i:г\.|година|годините)"),
    qualifiers=(
        (
            "over",
            regex(rf"(?<![\w-])(?i:(?:малко{_GAP})?над|повече{_GAP}от|свръх){_BEFORE}"),
        ),
        ("nearly", regex(rf"(?<![\w-])(?i:близо(?:{_GAP}до)?|почти|едва{_GAP}под){_BEFORE}")),
        ("about", regex(rf"(?<![\w-])(?i:около|приблизително|примерно){_BEFORE}")),
        ("at-least", regex(rf"(?<![\w-])(?i:най-малко|поне|минимум){_BEFORE}")),
        ("up-to", regex(rf"(?<![\w-])(?i:до|най-много|максимум|под){_BEFORE}")),
    ),
    to=regex(r"\A[ \t\u00a0]*(?:-|–|—)[ \t\u00a0]*\Z"),
    and_=regex(r"\A[ \t\u00a0]+и[ \t\u00a0]+\Z"),
    between=regex(r"(?<![\w])(?i:между)[ \t\u00a0]+\Z"),
    units=_UNITS,
    numbers=_NUMBERS,
    rate=regex(
        rf"\A(?:[ \t\u00a0]+(?!и(?!\w))[^\W\d_]+){{0,2}}?[ \t\u00a0]+(?:по[ \t\u00a0]+)?"
        rf"({_RATES})(?!\w)",
        re.IGNORECASE,
    ),
    rate_spans=_RATE_SPANS,
    # "петте години", "тези три": the ones named, not a count
    articles=regex(r"(?<![\w])(?i:тези|онези|последните|първите)[ \t\u00a0]+\Z"),
    vague={
        "стотици": (100.0, 999.0),
        "десетки хиляди": (1e4, 99999.0),
        "стотици хиляди": (1e5, 999999.0),
    },
    shares={"половината": 0.5, "половината от": 0.5, "две трети": 2 / 3, "една трета": 1 / 3},
    scales=True,
    not_after=regex(r"(?<![\w])(?i:чл\.|член|ал\.|с\.|стр\.|тел\.|версия|№)[ \t\u00a0]*\Z"),
    # a date ("8 юли 2026 г."), a clock time ("14:30 ч.")
    not_before=regex(rf"[ \t\u00a0]+(?i:{_MONTHS})(?!\w)[ \t\u00a0]+(?:19|20)[0-9]{{2}}"),
)
