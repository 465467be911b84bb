"""Dutch drafts: the field's words as English concepts, as Italian ones are (:mod:`.italian`),
and the words around a Dutch draft's figures (:data:`WRITING`, read by :mod:`.translations`).

A desk's Dutch translation says "deserteurs", "vervolgingen", "veroordelingen",
"ongeoorloofde afwezigheid"; the claims are written in English. Each Dutch word listed here
(accents dropped) stands for the English concept words the claims use, by a part of it
(:data:`PARTS`: "veroordel" in "veroordelingen", "veroordeeld") or whole (:data:`WHOLE`:
short words such as "zaken", "straf"); its articles, prepositions and auxiliaries weigh
nothing in a sentence's score (:data:`STOP`). No part is a part of an English word, and no
stop word is an English word ("in", "over", "had", "die" are not there).
"""

from __future__ import annotations

import re
from typing import Final

from desertcheck.audit.translations import Writing
from desertcheck.audit.word_parts import concept_reader
from desertcheck.compiled import regex

#: Parts of Dutch words (accents dropped) and the English concept words they stand for.
PARTS: Final = {
    "militair": "military soldiers",
    "troepen": "soldiers",
    "ingezet": "deployed",
    "vervolg": "cases prosecution",
    "veroordel": "convictions",
    "veroordeel": "convictions",
    "vonnis": "verdicts",
    "zaken": "cases",
    "rechtbank": "courts",
    "rechter": "courts",
    "terecht": "cases defendants",
    "afwezig": "awol absence",
    "ongeoorloofd": "awol absence",
    "weiger": "refusal",
    "gedetineerd": "prisoners",
    "gevangen": "prisoners",
    "gehecht": "detainees prisoners",
    "geworven": "recruited",
    "gerekruteerd": "recruited",
    "gedood": "killed deaths",
    "verwond": "injured",
    "teruggekeerd": "returning veterans",
    "strijder": "combatants",
    "maand": "month",
    "werkdag": "working day",
    "geopend": "opened",
    "maximumstraf": "sentence maximum",
    "gemiddeld": "average",
    "zuidelijk": "southern",
    "centraal": "central",
    "oostelijk": "eastern",
    "westelijk": "western",
    "moskou": "moscow",
    "oekrain": "ukraine",
    "rusland": "russia",
    "inlichting": "intelligence",
    "vrijstelling": "exemption",
    "aansprakelijk": "liability",
    "verdachte": "defendants accused",
    "buitenlands": "foreign",
    "ongewenst": "undesirable",
    "organisaties": "organisations",
    "politiek": "political",
    "marteling": "torture",
    "gedwongen": "coercive",
    "asielagentschap": "asylum agency",
    "advocaat": "lawyer",
    "simulatie": "malingering",
    "verzoek": "requests",
    "ontheemd": "displaced",
    "decreet": "decree russia",
    "strijdkrachten": "armed forces military",
    "oorlog": "war",
    "vechten": "fight",
    "opgesloten": "prisoners",
}
#: Short Dutch words read whole (accents dropped).
WHOLE: Final = {
    "zaak": "cases",
    "gevallen": "cases",
    "processen": "cases",
    "proces": "cases",
    "straf": "sentence",
    "straffen": "sentence",
    "cel": "sentence prison",
    "jaar": "",
    "insubordinatie": "disobedience",
    "vn": "un",
    "nieuwe": "new opened",
    "mensen": "people",
    "soldaten": "soldiers",
    "agenten": "agents",
    "doden": "deaths",
    "hulp": "assistance",
    "russische": "russia",
    "russen": "russia",
}
#: Dutch words that say nothing of what a figure counts. None is an English word or name
#: ("met", "door", "van", "of", "op", "er", "al", "dan" are not here), nor one of the other
#: languages read ("en", "hier": French, German), nor a qualifier ("tot" is "up to").
_STOP_WORDS: Final = (
    "de het een dat voor zijn werd worden werden niet bij om aan als ook nog uit "
    "naar maar wel hun haar zij hij ze wij waren heeft hebben hadden deze dit daar "
    "wat wie welke sinds tegen stonden staat stond telt telde noemt geeft kwamen "
    "komt zoals volgens daarvan waarvan ofwel alleen"
)
STOP: Final = frozenset(_STOP_WORDS.split())


#: The English concept words a Dutch word (lower case) stands for
#: (:func:`.word_parts.concepts_of`).
concepts: Final = concept_reader(WHOLE, PARTS)


_MONTHS: Final = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
)
#: Units of time after a figure, as the English unit a claim writes.
_UNITS: Final = {
    "jaar": "years", "jaren": "years", "maand": "months", "maanden": "months", "week": "weeks",
    "weken": "weeks", "dag": "days", "dagen": "days",
}  # fmt: skip
#: Small numbers in words.
_NUMBERS: Final = {
    "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50,
}  # fmt: skip
#: How a Dutch draft writes the words around its figures.
WRITING: Final = Writing(
    language="Dutch",
    year_before=regex(
        rf"(?<![\w])(?i:sinds|vanaf|voor|na|van|tot|in|eind|begin|midden|medio|jaar|jaren|heel"
        rf"|{_MONTHS}|voorjaar|lente|zomer|najaar|herfst|winter|(?:19|20)[0-9]{{2}}[ \t\u00a0]+en"
        r"|(?:19|20)[0-9]{2}[–-])[ \t\u00a0]*\Z"
    ),
    qualifiers=(
        (
            "over",
            regex(r"(?<![\w])(?i:ruim|meer\s+dan|iets\s+meer\s+dan|ruimschoots)[ \t\u00a0]+\Z"),
        ),
        ("nearly", regex(r"(?<![\w])(?i:bijna|nagenoeg|vrijwel)[ \t\u00a0]+\Z")),
        ("about", regex(r"(?<![\w])(?i:ongeveer|circa|zo['’]n|rond|omstreeks|ca\.)[ \t\u00a0]+\Z")),
        ("at-least", regex(r"(?<![\w])(?i:minstens|ten\s+minste|minimaal)[ \t\u00a0]+\Z")),
        ("up-to", regex(r"(?<![\w])(?i:tot(?:\s+wel)?|maximaal|hoogstens)[ \t\u00a0]+\Z")),
    ),
    to=regex(r"\A[ \t\u00a0]*(?:à|tot|-|–)[ \t\u00a0]*\Z"),
    and_=regex(r"\A[ \t\u00a0]+en[ \t\u00a0]+\Z"),
    between=regex(r"(?<![\w])(?i:tussen)[ \t\u00a0]+\Z"),
    units=_UNITS,
    numbers=_NUMBERS,
    rate=regex(
        r"\A[^.;:!?\d]{0,40}?(?<!\w)(?:per|elke|iedere)\s+(?:(maand|week|dag|werkdag))(?!\w)",
        re.IGNORECASE,
    ),
    vague={
        "honderden": (100.0, 999.0),
        "duizenden": (1e3, 9999.0),
        "tienduizenden": (1e4, 99999.0),
        "honderdduizenden": (1e5, 999999.0),
        "miljoenen": (1e6, 9999999.0),
    },
    articles=regex(r"(?<![\w])(?i:de|het|deze|die)[ \t\u00a0]+\Z"),
    thousand="duizend",
    rate_spans={"maand": "month", "week": "week", "dag": "day", "werkdag": "day"},
)
