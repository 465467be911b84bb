"""German, French and Italian period words, read as the English ones are (:mod:`.periods`): "seit
2022", "seit Beginn der Vollinvasion", "im Jahr 2024", "allein 2024", "2023 allein", "im
Frühjahr 2025", "bis Ende Mai 2025", "zwischen November 2024 und Juli 2025", "von Januar
bis Mai 2025", "in den Jahren 2022 und 2023"; "depuis 2022", "depuis l'invasion", "en
2024", "pour la seule année 2024", "au printemps 2025", "fin mai 2025", "jusqu'en décembre
2024", "entre novembre 2024 et juillet 2025", "de janvier à mai 2025", "au premier
semestre 2025", "en 2022 et 2023", "entre 2024 et 2025";
"dal 2022", "dall'inizio dell'invasione", "nel solo 2024", "ad aprile 2025", "nella
primavera del 2025", "fino alla fine di giugno 2025", "a fine maggio 2025", "tra novembre
2024 e luglio 2025", "fra gennaio e maggio 2025", "nel 2022 e 2023", "fra il 2018 e il
2022".

The patterns are tried after the English ones, whose matches keep their place.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from desertcheck.audit.czech import MONTH_FORMS
from desertcheck.audit.finnish import MONTH_FORMS as FINNISH_MONTHS
from desertcheck.audit.greek import MONTH_FORMS as GREEK_MONTHS
from desertcheck.audit.hungarian import MONTH_FORMS as HUNGARIAN_MONTHS
from desertcheck.audit.period_match import WAR_START, month_end, season_days
from desertcheck.audit.romanian import MONTH_FORMS as ROMANIAN_MONTHS
from desertcheck.audit.turkish import MONTH_FORMS as TURKISH_MONTHS
from desertcheck.compiled import regex, trie

_Days = tuple[date, date]

#: Month words by their start (accents as written and dropped): "Mai", "März", "août".
_MONTHS: Final = {
    "januar": 1, "jänner": 1, "janvier": 1, "februar": 2, "février": 2, "fevrier": 2,
    "märz": 3, "maerz": 3, "mars": 3, "april": 4, "avril": 4, "mai": 5, "juni": 6, "juin": 6,
    "juli": 7, "juillet": 7, "august": 8, "août": 8, "aout": 8, "september": 9,
    "septembre": 9, "oktober": 10, "octobre": 10, "november": 11, "novembre": 11,
    "dezember": 12, "décembre": 12, "decembre": 12,
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "dicembre": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8, "december": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5, "junho": 6,
    "julho": 7, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    "maj": 5, "augusti": 8, "desember": 12, "marts": 3,
    **MONTH_FORMS,  # Czech, in all its cases: "prosince", "červencem"
    **FINNISH_MONTHS,  # in all its cases: "joulukuuhun", "kesäkuun"
    **ROMANIAN_MONTHS,
    **TURKISH_MONTHS,
    **HUNGARIAN_MONTHS,  # with its endings: "októberéig", "januárjától"
    **GREEK_MONTHS,  # in the accusative and the genitive: "Οκτώβριο", "Μαΐου"
}  # fmt: skip
_MONTH_RE: Final = "(?:" + trie(_MONTHS) + r")(?!\w)"
_SEASONS: Final = {
    "frühjahr": (3, 5), "frühling": (3, 5), "sommer": (6, 8), "herbst": (9, 11),
    "winter": (12, 14), "printemps": (3, 5), "été": (6, 8), "automne": (9, 11),
    "hiver": (12, 14), "primavera": (3, 5), "estate": (6, 8), "autunno": (9, 11),
    "inverno": (12, 14), "voorjaar": (3, 5), "lente": (3, 5), "zomer": (6, 8),
    "najaar": (9, 11), "herfst": (9, 11), "verão": (6, 8), "outono": (9, 11),
    "våren": (3, 5), "sommaren": (6, 8), "hösten": (9, 11), "vintern": (12, 14),
    "sommeren": (6, 8), "høsten": (9, 11), "vinteren": (12, 14),
    "jaře": (3, 5), "jaro": (3, 5), "létě": (6, 8), "léto": (6, 8), "podzim": (9, 11),
    "podzimu": (9, 11), "zimě": (12, 14), "keväällä": (3, 5), "kesällä": (6, 8),
    "syksyllä": (9, 11), "talvella": (12, 14), "primăvara": (3, 5), "toamna": (9, 11),
    "iarna": (12, 14), "foråret": (3, 5), "efteråret": (9, 11), "baharında": (3, 5),
    "ilkbaharında": (3, 5), "yazında": (6, 8), "sonbaharında": (9, 11), "kışında": (12, 14),
    "tavaszán": (3, 5), "tavaszáig": (3, 5), "nyarán": (6, 8), "nyaráig": (6, 8),
    "őszén": (9, 11), "telén": (12, 14), "άνοιξη": (3, 5), "καλοκαίρι": (6, 8),
    "φθινόπωρο": (9, 11), "χειμώνα": (12, 14),
}  # fmt: skip
_SEASON_RE: Final = "(?:" + "|".join(_SEASONS) + r")(?!\w)"
_HALF_RE: Final = (
    r"(?:premier|second|deuxième|ersten|zweiten|första|andra|første|andet|první|druhé|druhém"
    r"|prvním)\s+(?:semestre|halbjahr|halvåret|halvår|pololetí)"
)
_PART: Final = (
    r"(?:(?:Ende|Anfang|Mitte|fin|début|mi-|eind|begin|medio|(?:fim|final|início)\s+de"
    r"|(?:slutet|början|mitten|utgangen|slutten|begynnelsen|midten)\s+av"
    r"|(?:udgangen|slutningen|begyndelsen|midten)\s+af|konce|začátku|poloviny)\s*)?"
)
_YEAR: Final = r"(?:19|20)\d\d(?!\d)"


def _point(m: str, y: str) -> str:
    return (
        rf"{_PART}(?:(?P<{m}>{_MONTH_RE})\s+(?:del?\s+)?|(?P<{m}s>{_SEASON_RE})\s+(?:del?\s+|van\s+|lui\s+)?|"
        rf"(?P<{m}h>{_HALF_RE})\s+(?:de\s+|des\s+Jahres\s+)?)?"
        rf"(?P<{y}>{_YEAR})(?:\s*[-–]\s*(?P<{y}e>(?:19|20)?\d\d)(?!\d))?"
    )


def _days(month: str | None, year: str, half: str | None, season: str | None) -> _Days:
    y = int(year)
    if season:
        return season_days(y, _SEASONS[season.casefold()])
    if half:
        first = half.casefold().startswith(
            ("premier", "ersten", "första", "første", "první", "ilk", "πρώτο", "első")
        )
        return (date(y, 1, 1), date(y, 6, 30)) if first else (date(y, 7, 1), date(y, 12, 31))
    if not month:
        return date(y, 1, 1), date(y, 12, 31)
    n = _MONTHS[month.casefold()]
    return date(y, n, 1), month_end(y, n)


#: German finite verbs a statistic's sentence puts next to its year ("2024 wurden",
#: "waren 2023"), one word each (a lookbehind of fixed widths).
VERB_WORDS: Final = [
    "wurden",
    "wurde",
    "waren",
    "war",
    "gab",
    "zählte",
    "zählten",
    "lag",
    "lagen",
    "stieg",
    "stiegen",
    "sank",
    "sanken",
    "kamen",
    "hatte",
    "hatten",
    "registrierte",
    "registrierten",
    "verzeichnete",
    "meldeten",
    "starben",
]
_VERB: Final = "(?:" + "|".join(VERB_WORDS) + ")"


#: A verb of saying right before a period: the date a source said something, not the
#: period of its figure ("schrieb im Dezember 2023", "rappelait fin 2023").
_SAID_BEFORE: Final = regex(
    r"(?<!\w)(?:schrieb|sagte|meldete|berichtete|erklärte|teilte|écrit|écrivait|rappelait|"
    r"déclarait|a\s+déclaré|indiquait|a\s+indiqué|affirmait|publié|veröffentlicht\w*"
    r"|skrev|sade|uppgav|meddelade|rapporterade|scria|spunea|declara|kirjoitti|sanoi"
    r"|ανέφερε|έγραφε|δήλωσε|είπε)\s*\Z",
    re.IGNORECASE,
)


def _read(kind: str, m: re.Match[str]) -> tuple[str, _Days, _Days] | None:
    if _SAID_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return None
    groups = m.groupdict()
    if not any(groups.get(k) for k in ("y", "y1", "y2")):  # since the invasion
        return ("since", WAR_START, WAR_START)
    if kind == "between":
        last = _days(m["m2"], m["y2"], m["m2h"], m["m2s"])
        first = _days(groups.get("m1"), m["y1"] or m["y2"], None, groups.get("m1s"))
        return ("between", first, last)
    a = _days(m["m"], m["y"], m["mh"], m["ms"])
    if m["ye"]:  # "2022-2023": both years
        end = int(m["ye"]) + (0 if len(m["ye"]) == 4 else int(m["y"]) // 100 * 100)
        a = (a[0], date(max(end, a[0].year), 12, 31))
    return (kind, a, a)


def _two_years(kind: str, m: re.Match[str]) -> tuple[str, _Days, _Days] | None:
    """ "en 2022 et 2023", "in den Jahren 2022 und 2023": the span of both years."""
    if _SAID_BEFORE.search(m.string, max(0, m.start() - 30), m.start()) or m["y2"] <= m["y1"]:
        return None
    return (kind, _days(None, m["y1"], None, None), _days(None, m["y2"], None, None))


_FIRST: Final = rf"(?:(?P<m1>{_MONTH_RE})|(?P<m1s>{_SEASON_RE}))(?:\s+(?P<y1>{_YEAR}))?"
#: The count of "the first n months": French and German words, or digits.
_COUNTS: Final = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
    "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
}  # fmt: skip
_FIRST_COUNT: Final = "(?:" + "|".join(_COUNTS) + r"|[2-9]|1[01])"


def _first_months(m: re.Match[str]) -> tuple[str, _Days, _Days] | None:
    """ "les cinq premiers mois de 2024": January to May 2024."""
    if _SAID_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return None
    count = (m["fr"] or m["de"]).casefold()
    n, y = int(count) if count.isdigit() else _COUNTS[count], int(m["y"])
    return ("between", (date(y, 1, 1), month_end(y, 1)), (date(y, n, 1), month_end(y, n)))


#: (kind, pattern, reader), tried after the English, Russian and Ukrainian ones.
PATTERNS: Final = [
    (
        "between",
        regex(
            r"(?<!\w)(?:(?:in\s+den|für\s+die|über\s+die|die)\s+Jahren?\s+|(?:(?:dans|pour|"
            r"durant|pendant|sur)\s+)?les\s+années\s+|(?:en|im\s+Jahr|in|nel|negli\s+anni)\s+)"
            rf"(?P<y1>{_YEAR})\s+(?:und|et|e)\s+(?:(?:en|in|im\s+Jahr|nel)\s+)?(?P<y2>{_YEAR})",
            re.IGNORECASE,
        ),
        _two_years,
    ),
    (
        "between",
        regex(
            rf"(?<!\w)(?:zwischen|von|entre|de|d'|tra|fra|da)\s*{_FIRST}\s+(?:und|bis|et|à|e|a)\s+"
            + _point("m2", "y2"),
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        # "entre 2024 et 2025", "zwischen 2022 und 2023": both years ("en 2024 et 2025",
        # "in den Jahren 2022 und 2023" above)
        "between",
        regex(
            rf"(?<!\w)(?:entre|zwischen|(?:tra|fra)(?:\s+il)?)\s+(?P<y1>{_YEAR})\s+(?:et|und|e)\s+"
            r"(?:en\s+|il\s+)?" + _point("m2", "y2"),
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        # "de 2022 à 2024", "von 2022 bis 2024": both years and those between
        "between",
        regex(
            rf"(?<!\w)(?:de|von)\s+(?P<y1>{_YEAR})\s+(?:à|bis)\s+" + _point("m2", "y2"),
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        # "du 1er janvier au 31 mai 2024", "vom 1. Januar bis 31. Mai 2024": the months
        "between",
        regex(
            rf"(?<!\w)(?:du\s+(?:1er|premier|\d{{1,2}})|vom\s+\d{{1,2}}\.)\s+(?P<m1>{_MONTH_RE})"
            rf"(?:\s+(?P<y1>{_YEAR}))?\s+(?:au|bis(?:\s+zum)?)\s+(?:\d{{1,2}}\.?\s+)?"
            + _point("m2", "y2"),
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        # "sur les cinq premiers mois de 2024", "in den ersten fünf Monaten 2025": January
        # to the n-th month
        "between",
        regex(
            rf"(?<!\w)(?:les|des|den|der)\s+(?:(?P<fr>{_FIRST_COUNT})\s+premiers\s+mois\s+"
            rf"(?:de\s+(?:l['’]année\s+)?|d['’])|ersten\s+(?P<de>{_FIRST_COUNT})\s+Monate?n?\s+"
            rf"(?:des\s+Jahres\s+|von\s+)?)(?P<y>{_YEAR})",
            re.IGNORECASE,
        ),
        lambda kind, m: _first_months(m),
    ),
    (
        "since",
        regex(
            r"(?<!\w)seit\s+(?:(?:dem\s+)?(?:Beginn|Anfang)\s+(?:der|des)\s+)?(?:russischen\s+)?"
            r"(?:Vollinvasion|Invasion|Angriffskriegs?|Kriegs?|Überfalls?)(?!\w)"
            r"|(?<!\w)depuis\s+(?:le\s+(?:début|déclenchement)\s+de\s+)?(?:l['’]invasion|la\s+guerre)"
            r"(?!\w)|(?<!\w)dall['’](?:inizio\s+(?:dell['’]|della\s+))?(?:invasione|guerra)(?!\w)",
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        "since",
        regex(r"(?<!\w)(?:seit|depuis|dal|da)\s+" + _point("m", "y"), re.IGNORECASE),
        _read,
    ),
    (
        "as-of",
        regex(
            r"(?<!\w)(?:bis\s+(?:zum\s+|Ende\s+)?|jusqu['’](?:en|à|au)\s+(?:la\s+)?|"
            r"(?:à\s+la\s+)?(?=fin\s)|fino\s+a(?:lla|l)?\s+(?:fine\s+(?:di\s+)?)?|a\s+fine\s+)"
            + _point("m", "y"),
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        "in",
        regex(
            r"(?<!\w)(?:(?:(?:im|aus\s+dem)\s+Jahr(?:e)?|im|in|allein(?:\s+im\s+Jahr)?|en|au|pour\s+(?:la\s+"
            r"seule\s+)?(?:l['’])?année|durant|pendant|nel(?:\s+solo)?|nella|ad"
            # French: "au cours de (l'année) 2023", "sur l'année 2023", "sur l'ensemble de
            # 2023", "courant 2023", "tout au long de 2023", "dans l'année 2023", "en l'an
            # 2023", "L'année 2023, …"
            r"|au\s+cours\s+de|sur(?=\s+l['’]année)|sur\s+l['’]ensemble\s+de|courant"
            r"|tout\s+au\s+long\s+de|dans(?=\s+l['’]année)|en\s+l['’]an|l['’]année(?=\s))"
            r"\s+(?:l['’]année\s+)?)" + _point("m", "y"),
            re.IGNORECASE,
        ),
        _read,
    ),
    ("in", regex(_point("m", "y") + r"(?=\s+allein(?!\w))", re.IGNORECASE), _read),
    # German drops the preposition: "2024 wurden 349.200 Ehen geschlossen" (a year opening
    # its clause before the verb), "Insgesamt waren 2023 etwa 111.000 Minderjährige" (a year
    # after the verb, before the figure or its qualifier); "wurden 2024 Fälle" is a count
    (
        "in",
        regex(
            r"(?:^|(?<=[.:;!?,(]\s)|(?<=\n)|(?<=\bund\s))"
            + _point("m", "y")
            + rf"(?=\s+{_VERB}(?!\w))",
            re.IGNORECASE,
        ),
        _read,
    ),
    (
        "in",
        regex(
            "(?:"
            + "|".join(rf"(?<=(?<!\w){v}\s)" for v in VERB_WORDS)
            + ")"
            + _point("m", "y")
            + r"(?=\s+(?:\d|(?:etwa|rund|knapp|fast|mehr\s+als|über|insgesamt|nur|gut|"
            r"mindestens|beinahe|nahezu|ca\.|zirka|ungefähr)(?!\w)))",
            re.IGNORECASE,
        ),
        _read,
    ),
]
