"""Romanian drafts: the field's words as English concepts, as Czech and Dutch ones are
(:mod:`.czech`, :mod:`.dutch`), and the words around a Romanian draft's figures
(:data:`WRITING`, read by :mod:`.translations`).

A desk's Romanian translation says "dezertare", "dezertori", "urmăriți penal",
"condamnați", "absență nejustificată", "nesupunere la ordin", "dosare", "soldați". Each
Romanian word listed here (accents dropped: "ș" and "ş", "ț" and "ţ" written with a comma
below or a cedilla are one letter then, as a text written without them is) stands for the
English concept words the claims use, by a part of it (:data:`PARTS`: "condamn" in
"condamnați", "condamnări") or whole (:data:`WHOLE`: words such as "militari", "instanțe"
whose parts are parts of English words: "militar" of "military", "instant", "absent");
its articles, prepositions and auxiliaries weigh nothing in a sentence's score
(:data:`STOP`). No part is a part of an English word, and no stop word is an English word
("a", "la", "pe", "de", "cu", "o" are not there).

Romanian numbers ("50.000" with a dot for thousands, "9,5%", "2,4 milioane") are read where
every language's are (:mod:`.convention`, :mod:`.scales`); the "de" between a number and
its noun ("16.000 de dosare": the figure counts "dosare"), its qualifiers ("peste",
"aproape", "circa", "cel puțin", "până la", "în jur de", "mai mult de"), number words
("zece", "cincisprezece"), words for many ("zeci de mii"), units ("ani", "luni") and
rates ("pe lună", "lunar", "pe zi lucrătoare") here; its periods ("din 2022", "în 2024",
"până în decembrie 2024", "între noiembrie 2024 și iulie 2025", "până la sfârșitul lui
iunie 2025") in :mod:`.desk_periods`.
"""

from __future__ import annotations

import re
from typing import Final

from desertcheck.audit.translations import Writing
from desertcheck.audit.word_parts import concept_reader
from desertcheck.compiled import regex, trie

#: Parts of Romanian words (accents dropped) and the English concept words they stand for.
PARTS: Final = {
    "dezert": "desertion deserters",
    "soldat": "soldiers military",
    "condamn": "convictions",
    "urmarit": "prosecution",
    "urmarir": "prosecution",
    "dosar": "cases",
    "nejustificat": "awol",
    "nesupuner": "disobedience",
    "refuz": "refusal",
    "judecat": "trials",
    "pedeaps": "sentence",
    "detinut": "prisoners detainees",
    "arestat": "detainees",
    "recrutat": "recruited",
    "decret": "decree",
    "efectiv": "size",
    "raportor": "rapporteur",
    "avocat": "lawyer",
    "ucrain": "ukraine",
    "moscova": "moscow",
    "unitatil": "units",
    "plecat": "left",
    "informatii": "intelligence",
    "deschis": "opened",
    "deschid": "opened",
    "azil": "asylum",
    "cereri": "requests applications",
    "raniti": "injured",
    "intorsi": "returning",
}
#: Romanian words read whole (accents dropped).
WHOLE: Final = {
    "militar": "soldiers military",
    "militari": "soldiers military",
    "militarii": "soldiers military",
    "militarilor": "soldiers military",
    "militare": "military",
    "armata": "armed forces military",
    "armatei": "armed forces military",
    "armate": "armed forces military",
    "fortele": "forces",
    "fortelor": "forces",
    "penal": "criminal",
    "penale": "criminal",
    "cazuri": "cases",
    "cazurile": "cases",
    "cazurilor": "cases",
    "absenta": "absence awol",
    "absentei": "absence awol",
    "ordin": "order",
    "ordinul": "order",
    "servi": "service",
    "serviciu": "service",
    "serviciul": "service",
    "lupta": "fight",
    "simulare": "malingering",
    "instanta": "courts",
    "instantele": "courts",
    "instante": "courts",
    "instantelor": "courts",
    "verdicte": "verdicts",
    "politice": "political",
    "politic": "political",
    "ucisi": "killed",
    "sudic": "southern",
    "estic": "eastern",
    "district": "district",
    "districtul": "district",
    "districtului": "district",
    "districte": "district",
    "districtele": "district",
    "persoane": "people",
    "oameni": "people",
    "noi": "new opened",
    "medie": "average",
    "maxima": "maximum",
    "razboi": "war",
    "razboiului": "war",
    "invazie": "invasion",
    "invaziei": "invasion",
    "trimisi": "deployed",
    "front": "front",
    "onu": "un",
    "rusia": "russia",
    "ruse": "russia",
    "rusa": "russia",
    "rusi": "russia",
}
#: Romanian words that say nothing of what a figure counts (as written, accents kept, and
#: as written without them). None is an English word ("care", "ale", "din" are not here),
#: nor another language's word of the field (Dutch "cel" is a prison cell), nor a
#: qualifier ("peste").
_STOP_WORDS: Final = (
    "și şi si în pentru este sunt au fost fi că sau unui unei dintre acestea aceștia "
    "aceştia acestia această aceasta acest aceste despre după până între într numai doar "
    "potrivit arată spune"
)
STOP: Final = frozenset(_STOP_WORDS.split())


#: The English concept words a Romanian word (lower case) stands for
#: (:func:`.word_parts.concepts_of`).
concepts: Final = concept_reader(WHOLE, PARTS)

#: A Romanian month.
MONTH_FORMS: Final = {
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "mai": 5, "iunie": 6,
    "iulie": 7, "august": 8, "septembrie": 9, "octombrie": 10, "noiembrie": 11,
    "decembrie": 12,
}  # fmt: skip
_MONTHS: Final = trie(MONTH_FORMS)
#: Units of time after a figure, as the English unit a claim writes ("zece ani").
_UNITS: Final = {
    "an": "years", "ani": "years", "anul": "years", "lună": "months", "luni": "months",
    "săptămână": "weeks", "săptămâni": "weeks", "zi": "days", "zile": "days",
}  # fmt: skip
#: Small numbers in words ("un", "una" are also articles, and are not read; "nouă" is
#: also "new", read before a word only as a count is).
_NUMBERS: Final = {
    "doi": 2, "două": 2, "trei": 3, "patru": 4, "cinci": 5, "șase": 6, "şase": 6, "sase": 6,
    "șapte": 7, "şapte": 7, "sapte": 7, "opt": 8, "nouă": 9, "zece": 10,
    "unsprezece": 11, "doisprezece": 12, "douăsprezece": 12, "treisprezece": 13,
    "paisprezece": 14, "cincisprezece": 15, "șaisprezece": 16, "şaisprezece": 16,
    "șaptesprezece": 17, "şaptesprezece": 17, "optsprezece": 18, "nouăsprezece": 19,
    "douăzeci": 20, "treizeci": 30, "patruzeci": 40, "cincizeci": 50,
}  # fmt: skip
_RATE_SPANS: Final = {
    "lună": "month", "luna": "month", "lunar": "month", "săptămână": "week",
    "saptamana": "week", "săptămânal": "week", "zi": "day", "zilnic": "day",
    "zi lucrătoare": "day", "zi lucratoare": "day",
}  # fmt: skip
_GAP: Final = r"[ \t\u00a0]+"
_SH: Final = "[șşs]"
_TZ: Final = "[țţt]"
#: How a Romanian draft writes the words around its figures.
WRITING: Final = Writing(
    language="Romanian",
    year_before=regex(
        rf"(?<![\w])(?i:din|în|in|între|intre|până{_GAP}în|pana{_GAP}in|lui|anul|anii|{_MONTHS}"
        r"|primăvara|vara|toamna|iarna|(?:19|20)[0-9]{2}[ \t\u00a0]+(?:și|şi|si)"
        r"|(?:19|20)[0-9]{2}[–-])[ \t\u00a0]*\Z"
    ),
    qualifiers=(
        (
            "over",
            regex(
                rf"(?<![\w])(?i:peste|mai{_GAP}mult{_GAP}de|mai{_GAP}bine{_GAP}de)[ \t\u00a0]+\Z"
            ),
        ),
        ("nearly", regex(r"(?<![\w])(?i:aproape|aproximativ[ \t\u00a0]+aproape)[ \t\u00a0]+\Z")),
        (
            "about",
            regex(rf"(?<![\w])(?i:circa|aproximativ|[îi]n{_GAP}jur{_GAP}de|cca\.?)[ \t\u00a0]+\Z"),
        ),
        ("at-least", regex(rf"(?<![\w])(?i:cel{_GAP}pu{_TZ}in|m[ăa]car)[ \t\u00a0]+\Z")),
        (
            "up-to",
            regex(
                rf"(?<![\w])(?i:p[âa]n[ăa]{_GAP}la|cel{_GAP}mult|maximum|sub"
                rf"|mai{_GAP}pu{_TZ}in{_GAP}de)[ \t\u00a0]+\Z"
            ),
        ),
    ),
    to=regex(r"\A[ \t\u00a0]*(?:-|–)[ \t\u00a0]*\Z"),
    and_=regex(rf"\A[ \t\u00a0]+{_SH}i[ \t\u00a0]+\Z"),
    between=regex(r"(?<![\w])(?i:între|intre)[ \t\u00a0]+\Z"),
    units=_UNITS,
    numbers=_NUMBERS,
    rate=regex(
        r"\A(?:[ \t\u00a0]+(?!(?:și|şi|si)(?!\w))[^\W\d_]+){0,3}?[ \t\u00a0]+(?:pe[ \t\u00a0]+)?"
        r"(lun[ăa]|lunar|s[ăa]pt[ăa]m[âa]n[ăa]|s[ăa]pt[ăa]m[âa]nal|zi[ \t\u00a0]+lucr[ăa]toare"
        r"|zi|zilnic)(?!\w)",
        re.IGNORECASE,
    ),
    vague={
        "sute": (100.0, 999.0),
        "sute de mii": (1e5, 999999.0),
        "zeci de mii": (1e4, 99999.0),
        "zecile de mii": (1e4, 99999.0),
    },
    articles=regex(r"(?<![\w])(?i:cei|cele|acei|acele|acești|aceşti|acesti)[ \t\u00a0]+\Z"),
    rate_spans=_RATE_SPANS,
    not_after=regex(
        r"(?<![\w])(?i:articolul|articolului|art\.|alineatul|alin\.|pagina|paginii|p\.|versiunea"
        r"|ora|orele)"
        r"[ \t\u00a0]*\Z"
    ),
    # a day before its month and year: "7 noiembrie 2026" (and not "10 mai mult": "mai"
    # is also "more")
    not_before=regex(rf"{_GAP}(?i:{_MONTHS}){_GAP}(?:19|20)[0-9]{{2}}(?![0-9])"),
    linking="de",
)
