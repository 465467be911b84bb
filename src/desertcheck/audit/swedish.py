"""Swedish drafts: the field's words as English concepts, as Dutch ones are (:mod:`.dutch`),
and the words around a Swedish draft's figures (:data:`WRITING`, read by
:mod:`.translations`).

A desk's Swedish translation says "desertörer", "åtal", "dömda", "olovlig frånvaro",
"lydnadsvägran"; the claims are written in English. Each Swedish word listed here (accents
dropped) stands for the English concept words the claims use, by a part of it
(:data:`PARTS`: "domd" in "dömda", "dömdes") or whole (:data:`WHOLE`: short words such as
"mål", "straff"); its articles, prepositions and auxiliaries weigh nothing in a sentence's
score (:data:`STOP`). No part is a part of an English word ("fall", "men", "till" and
"under" are English and are not here), and no stop word is an English word.
Swedish numbers ("50 000", "66,7 procent", "1,5 miljoner") are read where every language's
are (:mod:`.convention`, :mod:`.foreign_words`, :mod:`.scales`), its periods ("sedan 2022",
"mellan november 2024 och juli 2025", "fram till slutet av maj 2025") with the Dutch and
Portuguese ones (:mod:`.translation_periods`).
"""

from __future__ import annotations

import re
from typing import Final

from desertcheck.audit.translations import Writing
from desertcheck.audit.word_parts import concept_reader
from desertcheck.compiled import regex

#: Parts of Swedish words (accents dropped) and the English concept words they stand for.
PARTS: Final = {
    "desertor": "desertion",
    "desertera": "desertion",
    "deserteri": "desertion",
    "forband": "units",
    "skickat": "deployed",
    "straff": "sentence",
    "fangelse": "sentence prison",
    "atalad": "prosecution defendants",
    "domd": "convictions",
    "domt": "convictions",
    "fallande": "convictions",
    "domstol": "courts",
    "arende": "cases",
    "brottmal": "criminal cases",
    "rattegang": "trials cases",
    "olovlig": "awol",
    "franvaro": "absence awol",
    "lydnadsvagran": "disobedience",
    "vagran": "refusal",
    "vagrat": "refusal",
    "tjanstgor": "service",
    "strida": "fight",
    "simulering": "malingering",
    "rekryter": "recruited",
    "haktad": "detainees prisoners",
    "politisk": "political",
    "tortyr": "torture",
    "tvangs": "coercive",
    "psykiatri": "psychiatric",
    "dodat": "killed",
    "dodade": "killed",
    "skadat": "injured",
    "skadade": "injured",
    "hemvand": "returning veterans",
    "krigsmakt": "armed forces military",
    "storlek": "size",
    "distrikt": "district",
    "moskva": "moscow",
    "ryssland": "russia",
    "oppna": "opened",
    "manad": "month",
    "vecka": "week",
    "arbetsdag": "working day",
    "straffansvar": "liability",
    "undantag": "exemption",
    "forfragning": "requests",
    "advokat": "lawyer",
    "rapportor": "rapporteur",
    "asylbyra": "asylum agency",
    "dekret": "decree russia",
    "utlandsk": "foreign",
    "organisationer": "organisations",
}
#: Short Swedish words read whole (accents dropped).
WHOLE: Final = {
    "atal": "cases prosecution",
    "atalet": "cases prosecution",
    "atalades": "prosecution",
    "doms": "sentence",
    "domar": "verdicts",
    "domarna": "verdicts",
    "mal": "cases",
    "malen": "cases",
    "soldater": "soldiers",
    "personer": "people",
    "manniskor": "people",
    "fangar": "prisoners",
    "fangarna": "prisoners",
    "varvar": "recruited",
    "varvade": "recruited",
    "krig": "war",
    "kriget": "war",
    "flykt": "displaced",
    "livet": "deaths",
    "hjalp": "assistance",
    "hogsta": "maximum",
    "snitt": "average",
    "genomsnitt": "average",
    "nya": "new opened",
    "sodra": "southern",
    "centrala": "central",
    "ostra": "eastern",
    "vastra": "western",
    "ukraina": "ukraine",
    "ryska": "russia",
    "fn": "un",
    "fronten": "front",
}
#: Swedish words that say nothing of what a figure counts (as written, accents kept). None
#: is an English word ("men", "den", "dem", "till", "under", "sin" are not here), nor a
#: qualifier ("över" is "over").
_STOP_WORDS: Final = (
    "och att det som på är av för med har inte ett var från hade sina sitt deras "
    "dessa detta denna där när också eller enligt efter samma bara blev blir skulle "
    "kan kunde hos vid vilka vilket vilken sedan redan ännu alla andra varav"
)
STOP: Final = frozenset(_STOP_WORDS.split())


#: The English concept words a Swedish word (lower case) stands for
#: (:func:`.word_parts.concepts_of`).
concepts: Final = concept_reader(WHOLE, PARTS)


_MONTHS: Final = (
    "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
)
#: Units of time after a figure ("15 års fängelse": genitive), as the English unit a
#: claim writes.
_UNITS: Final = {
    "år": "years", "års": "years", "månad": "months", "månader": "months",
    "månaders": "months", "vecka": "weeks", "veckor": "weeks", "veckors": "weeks",
    "dag": "days", "dagar": "days", "dagars": "days",
}  # fmt: skip
#: Small numbers in words ("en" and "ett" are articles too, and are not read).
_NUMBERS: Final = {
    "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
    "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15,
    "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19, "tjugo": 20, "trettio": 30,
    "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70, "åttio": 80, "nittio": 90,
    "hundra": 100,
}  # fmt: skip
_RATE_SPANS: Final = {
    "månaden": "month", "månad": "month", "veckan": "week", "vecka": "week", "dagen": "day",
    "dag": "day", "arbetsdag": "day",
}  # fmt: skip
_GAP: Final = r"[ \t\u00a0]+"
#: How a Swedish draft writes the words around its figures.
WRITING: Final = Writing(
    language="Swedish",
    year_before=regex(
        rf"(?<![\w])(?i:sedan|från|före|efter|till|i|under|år|året|åren|hela|mellan"
        rf"|{_MONTHS}|våren|sommaren|hösten|vintern|halvåret|slutet{_GAP}av|början{_GAP}av"
        r"|(?:19|20)[0-9]{2}[ \t\u00a0]+och|(?:19|20)[0-9]{2}[–-])[ \t\u00a0]*\Z"
    ),
    qualifiers=(
        (
            "over",
            regex(rf"(?<![\w])(?i:över|drygt|fler{_GAP}än|mer{_GAP}än|mera{_GAP}än)[ \t\u00a0]+\Z"),
        ),
        ("nearly", regex(r"(?<![\w])(?i:nästan|närmare|knappt)[ \t\u00a0]+\Z")),
        ("about", regex(r"(?<![\w])(?i:omkring|cirka|ca\.|ungefär|runt)[ \t\u00a0]+\Z")),
        ("at-least", regex(r"(?<![\w])(?i:minst|åtminstone)[ \t\u00a0]+\Z")),
        ("up-to", regex(rf"(?<![\w])(?i:upp{_GAP}till|högst|som{_GAP}mest)[ \t\u00a0]+\Z")),
    ),
    to=regex(r"\A[ \t\u00a0]*(?:-|–)[ \t\u00a0]*\Z"),
    and_=regex(r"\A[ \t\u00a0]+och[ \t\u00a0]+\Z"),
    between=regex(r"(?<![\w])(?i:mellan)[ \t\u00a0]+\Z"),
    units=_UNITS,
    numbers=_NUMBERS,
    thousand="tusen",
    rate=regex(
        r"\A[^.;:!?\d]{0,40}?(?<!\w)(?:per|i|varje)\s+"
        r"(månaden|månad|veckan|vecka|dagen|dag|arbetsdag)(?!\w)",
        re.IGNORECASE,
    ),
    vague={
        "hundratals": (100.0, 999.0),
        "tusentals": (1e3, 9999.0),
        "tiotusentals": (1e4, 99999.0),
        "hundratusentals": (1e5, 999999.0),
        "miljontals": (1e6, 9999999.0),
    },
    articles=regex(r"(?<![\w])(?i:de|den|det|dessa|samma)[ \t\u00a0]+\Z"),
    rate_spans=_RATE_SPANS,
    not_after=regex(r"(?<![\w])(?i:kl\.|klockan|artikel|paragraf|kapitel)[ \t\u00a0]*\Z"),
    not_before=regex(r"-?(?i:årig|åriga|årige|årsåldern)(?!\w)"),
)
