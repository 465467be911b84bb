"""Czech drafts: the field's words as English concepts, as Swedish and Dutch ones are
(:mod:`.swedish`, :mod:`.dutch`), and the words around a Czech draft's figures
(:data:`WRITING`, read by :mod:`.translations`).

A desk's Czech translation says "dezerce", "trestně stíháno", "odsouzeno", "svévolné
opuštění jednotky", "neuposlechnutí rozkazu", "vojáci", "případy"; the claims are written in
English. Each Czech word listed here (accents dropped) stands for the English concept
words the claims use, by a part of it (:data:`PARTS`: "odsouz" in "odsouzeno",
"odsouzených") or whole (:data:`WHOLE`: short words such as "boje", "lidí"); its
prepositions, conjunctions and auxiliaries weigh nothing in a sentence's score
(:data:`STOP`). No part is a part of an English word, and no stop word is an English word
("a", "do", "to", "pro" are not there).

Czech numbers ("50 000", "66,7 %", "1,5 milionu", "2,4 miliardy", "16 tis.") are read
where every language's are (:mod:`.convention`, :mod:`.foreign_words`, :mod:`.scales`);
its qualifiers ("přes", "více než", "téměř", "zhruba", "nejméně", "až"), small numbers in
words ("patnáct let", "deset"), words for many ("desítky tisíc"), rates ("měsíčně", "za
pracovní den") here; its periods ("od roku 2022", "v roce 2024", "mezi listopadem 2024 a
červencem 2025", "do konce června 2025", "na jaře 2025") with the other translations'
(:mod:`.translation_periods`).
"""

from __future__ import annotations

import re
from typing import Final

from desertcheck.audit.translations import Writing
from desertcheck.audit.word_parts import concept_reader
from desertcheck.compiled import regex, trie

#: Parts of Czech words (accents dropped) and the English concept words they stand for.
PARTS: Final = {
    "dezert": "desertion",
    "dezerc": "desertion",
    "vojak": "soldiers military",
    "nasazen": "deployed",
    "stihan": "cases prosecution",
    "stihal": "prosecution",
    "trestn": "criminal",
    "odsouz": "convictions",
    "odsoud": "convictions",
    "rozsud": "verdicts",
    "pripad": "cases",
    "rizeni": "cases proceedings",
    "soudu": "courts trials",
    "soudy": "courts",
    "svevol": "awol",
    "opusten": "absence awol left",
    "opustil": "left",
    "jednot": "units",
    "neuposlech": "disobedience",
    "rozkaz": "order",
    "odmitnut": "refusal",
    "odmitl": "refusal",
    "sluzb": "service",
    "bojovat": "fight",
    "simulov": "malingering",
    "naverb": "recruited",
    "vezn": "prisoners",
    "veznic": "prison",
    "vazb": "detainees",
    "obvinen": "defendants",
    "obzalovan": "defendants",
    "ozbrojen": "armed forces military",
    "dekret": "decree russia",
    "zahranicn": "foreign",
    "organizac": "organisations",
    "nezadouc": "undesirable",
    "politick": "political",
    "muceni": "torture",
    "psychiatr": "psychiatric",
    "donucovac": "coercive",
    "zabil": "killed",
    "zranil": "injured",
    "vracejic": "returning veterans",
    "vojenst": "military",
    "zprosten": "exemption",
    "odpovednost": "liability",
    "zadost": "requests",
    "mesicne": "month",
    "tydne": "week",
    "pracovni": "working",
    "okruh": "district",
    "jizni": "southern",
    "centraln": "central",
    "moskevsk": "moscow",
    "vychodni": "eastern",
    "leningradsk": "leningrad",
    "zahajen": "opened",
    "zahajuj": "opened",
    "obhajc": "lawyer",
    "advokat": "lawyer",
    "zpravodaj": "rapporteur",
    "rozvedk": "intelligence",
    "ukrajin": "ukraine",
    "prumern": "average",
    "velikost": "size",
    "nejvyssi": "maximum",
}
#: Short Czech words read whole (accents dropped).
WHOLE: Final = {
    "vezeni": "sentence prison",
    "vezenim": "sentence prison",
    "trest": "sentence",
    "trestu": "sentence",
    "tresty": "sentence",
    "soud": "courts",
    "soudem": "trials",
    "boje": "fight",
    "boj": "fight",
    "valka": "war",
    "valky": "war",
    "valce": "war",
    "invaze": "invasion",
    "sily": "forces",
    "sil": "forces",
    "silam": "forces",
    "osob": "people",
    "osoby": "people",
    "lidi": "people",
    "lide": "people",
    "novych": "new opened",
    "nove": "new opened",
    "osn": "un",
    "rusko": "russia",
    "ruske": "russia",
    "ruskych": "russia",
    "ruskeho": "russia",
    "fronty": "front",
    "horni": "maximum",
    "agenty": "agents",
    "agentu": "agents",
}
#: Czech words that say nothing of what a figure counts (as written, accents kept). None
#: is an English word ("a", "do", "to", "pro", "i" are not here), nor a qualifier ("až",
#: "přes").
_STOP_WORDS: Final = (
    "se je jsou bylo byla byl byly že v ve na od z ze k ke s se které který která kteří "
    "jako podle také tedy jen už již však ale nebo při mezi za jich jejich nich této tento "
    "tato tyto tom toho tomu jeho její bude jsem jsme kde když což"
)
STOP: Final = frozenset(_STOP_WORDS.split())


#: The English concept words a Czech word (lower case) stands for
#: (:func:`.word_parts.concepts_of`).
concepts: Final = concept_reader(WHOLE, PARTS)


#: A Czech month in any of its cases ("prosinec", "prosince", "prosinci", "prosincem").
MONTH_FORMS: Final = {
    **dict.fromkeys(("leden", "ledna", "lednu", "lednem"), 1),
    **dict.fromkeys(("únor", "února", "únoru", "únorem"), 2),
    **dict.fromkeys(("březen", "března", "březnu", "březnem"), 3),
    **dict.fromkeys(("duben", "dubna", "dubnu", "dubnem"), 4),
    **dict.fromkeys(("květen", "května", "květnu", "květnem"), 5),
    **dict.fromkeys(("červen", "června", "červnu", "červnem"), 6),
    **dict.fromkeys(("červenec", "července", "červenci", "červencem"), 7),
    **dict.fromkeys(("srpen", "srpna", "srpnu", "srpnem"), 8),
    **dict.fromkeys(("září", "zářím"), 9),
    **dict.fromkeys(("říjen", "října", "říjnu", "říjnem"), 10),
    **dict.fromkeys(("listopad", "listopadu", "listopadem"), 11),
    **dict.fromkeys(("prosinec", "prosince", "prosinci", "prosincem"), 12),
}
_MONTHS: Final = trie(MONTH_FORMS)
#: Units of time after a figure, as the English unit a claim writes ("pět let", "dva
#: roky", "deset měsíců").
_UNITS: Final = {
    "rok": "years", "roky": "years", "roků": "years", "let": "years", "léta": "years",
    "měsíc": "months", "měsíce": "months", "měsíců": "months", "týden": "weeks",
    "týdny": "weeks", "týdnů": "weeks", "den": "days", "dny": "days", "dní": "days",
    "dnů": "days",
}  # fmt: skip
#: Small numbers in words ("jeden", "jedna" are also "one" of a pair, and are not read).
_NUMBERS: Final = {
    "dva": 2, "dvě": 2, "tři": 3, "čtyři": 4, "pět": 5, "šest": 6, "sedm": 7, "osm": 8,
    "devět": 9, "deset": 10, "jedenáct": 11, "dvanáct": 12, "třináct": 13, "čtrnáct": 14,
    "patnáct": 15, "šestnáct": 16, "sedmnáct": 17, "osmnáct": 18, "devatenáct": 19,
    "dvacet": 20, "třicet": 30, "čtyřicet": 40, "padesát": 50, "šedesát": 60,
    "sedmdesát": 70, "osmdesát": 80, "devadesát": 90, "sto": 100,
}  # fmt: skip
_RATE_SPANS: Final = {
    "měsíčně": "month", "měsíc": "month", "týdně": "week", "týden": "week", "denně": "day",
    "pracovní den": "day", "ročně": "year",
}  # fmt: skip
_GAP: Final = r"[ \t\u00a0]+"
#: How a Czech draft writes the words around its figures.
WRITING: Final = Writing(
    language="Czech",
    year_before=regex(
        rf"(?<![\w])(?i:roku|roce|rok|letech|let|od|do|v|ve|mezi|před|po|během|konce"
        rf"|začátku|{_MONTHS}|jaře|létě|podzim|zimě|pololetí"
        r"|(?:19|20)[0-9]{2}[ \t\u00a0]+a|(?:19|20)[0-9]{2}[–-])[ \t\u00a0]*\Z"
    ),
    qualifiers=(
        (
            "over",
            regex(rf"(?<![\w])(?i:přes|více{_GAP}než|víc{_GAP}než|přes{_GAP}než)[ \t\u00a0]+\Z"),
        ),
        ("nearly", regex(r"(?<![\w])(?i:téměř|skoro|bezmála|necelých|necelé)[ \t\u00a0]+\Z")),
        (
            "about",
            regex(r"(?<![\w])(?i:zhruba|přibližně|asi|kolem|okolo|cca\.?|odhadem)[ \t\u00a0]+\Z"),
        ),
        ("at-least", regex(r"(?<![\w])(?i:nejméně|minimálně|alespoň|aspoň)[ \t\u00a0]+\Z")),
        ("up-to", regex(r"(?<![\w])(?i:až|nejvýše|maximálně)[ \t\u00a0]+\Z")),
    ),
    to=regex(r"\A[ \t\u00a0]*(?:-|–|až)[ \t\u00a0]*\Z"),
    and_=regex(r"\A[ \t\u00a0]+a[ \t\u00a0]+\Z"),
    between=regex(r"(?<![\w])(?i:mezi)[ \t\u00a0]+\Z"),
    units=_UNITS,
    numbers=_NUMBERS,
    rate=regex(
        r"\A(?:[ \t\u00a0]+(?!a(?!\w))[^\W\d_]+){0,2}?[ \t\u00a0]+(?:(?:za|každý|každou)\s+)?"
        r"(měsíčně|týdně|denně|ročně|pracovní\s+den|měsíc|týden)(?!\w)",
        re.IGNORECASE,
    ),
    rate_before=regex(
        r"(?<!\w)(měsíčně|týdně|denně|ročně)(?:[ \t\u00a0]+(?!a(?!\w))[^\W\d_]+){0,2}"
        r"[ \t\u00a0]+\Z",
        re.IGNORECASE,
    ),
    vague={
        "stovky": (100.0, 999.0),
        "stovek": (100.0, 999.0),
        "tisíce": (1e3, 9999.0),
        "tisíců": (1e3, 9999.0),
        "desítky tisíc": (1e4, 99999.0),
        "desítek tisíc": (1e4, 99999.0),
        "desítkách tisíc": (1e4, 99999.0),
        "desítkami tisíc": (1e4, 99999.0),
        "statisíce": (1e5, 999999.0),
        "statisíců": (1e5, 999999.0),
    },
    articles=regex(r"(?<![\w])(?i:těch|těchto|oněch)[ \t\u00a0]+\Z"),
    rate_spans=_RATE_SPANS,
    not_after=regex(
        r"(?<![\w])(?i:článek|článku|článkem|čl\.|paragraf|paragrafu|§|strana|straně|str\.)"
        r"[ \t\u00a0]*\Z"
    ),
    not_before=regex(r"\.[ \t\u00a0]*(?:" + _MONTHS + r")(?!\w)"),
)
