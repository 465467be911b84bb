"""Hungarian drafts: the field's words as English concepts, as Turkish ones are
(:mod:`.turkish`), and the words around a Hungarian draft's figures (:data:`WRITING`, read
by :mod:`.translations`).

A desk's Hungarian translation says "szökés", "dezertőr", "eljárás", "ítélet",
"elítéltek", "ügy", "katona", "bíróság". Hungarian glues its endings to the stem, so each
word is read by a part of it (:data:`PARTS`: "katona" in "katonát", "katonák"; "itel" in
"ítéletet", "elítéltek") or whole (:data:`WHOLE`: "ügy", a part of "ugyanez" (the same)
too), its accents dropped (a text typed without them reads alike). Its articles,
conjunctions and postpositions weigh nothing in a sentence's score (:data:`STOP`). No part
is a part of an English word, and no stop word is an English word.

Hungarian numbers ("50 000" with a space for thousands, "2,4" with a decimal comma) are
read where every language's are (:mod:`.convention`); an ending glued to a number by a
hyphen ("13 500-at", "10%-át", "2024-ben") is no word of its own, the noun after it is
what the number counts. Here: qualifiers before a number ("több mint", "alig több mint",
"közel", "csaknem", "mintegy", "körülbelül", "kb.", "legalább", "legfeljebb"), the scale
words ("15–20 ezer", "2,4 millió", :mod:`desertcheck.quantity.scales`), number words
("kilenc", "három"), words for many ("tízezrek", "milliók"), shares ("fele",
"kétharmada"), units ("év", "hónap") and rates before a number ("havonta", "hetente");
its periods ("2022 óta", "2024-ben", "2025 októberéig", "2024 novemberétől 2025
júliusáig", "2025 januárjától májusig") in :mod:`.hungarian_periods`, its months, with
their endings, in :data:`MONTH_FORMS`.
"""

from __future__ import annotations

import re
from typing import Final

from desertcheck.audit.translations import Writing
from desertcheck.audit.word_parts import concept_reader
from desertcheck.compiled import regex, trie

#: Parts of Hungarian words (accents dropped) and the English concept words they stand for.
PARTS: Final = {
    "szokes": "desertion",
    "szokot": "deserted",
    "dezert": "desertion deserters",
    "katona": "soldiers",
    "katonai": "military",
    "itelet": "verdicts convictions",
    "itelt": "convicted",
    "elitel": "convicted",
    "birosag": "courts",
    "ugyek": "cases",
    "ugyet": "cases",
    "eljaras": "prosecution cases",
    "buntetes": "sentence punishment",
    "buntetougy": "criminal cases",
    "buntetojog": "criminal",
    "vadolt": "charged",
    "vadlott": "defendant",
    "engedely": "unauthorised awol",
    "eltavozas": "absence awol",
    "parancsmegtagadas": "disobedience",
    "szolgalatmegtagadas": "refusal service",
    "harcmegtagadas": "refusal fight",
    "harcos": "combatants",
    "korzet": "district",
    "kozponti": "central",
    "moszkva": "moscow",
    "keleti": "eastern",
    "leningrad": "leningrad",
    "ukran": "ukraine",
    "ukrajna": "ukraine",
    "orosz": "russia",
    "hirszerzes": "intelligence",
    "egyseg": "units",
    "bevetett": "deployed",
    "jelentesteve": "rapporteur",
    "menekultugy": "asylum",
    "menedekjog": "asylum",
    "ugyved": "lawyer",
    "elemzo": "analysts",
    "ujonc": "recruits",
    "toboroz": "recruited",
    "rendelet": "decree",
    "fegyveres": "armed",
    "letszam": "size",
    "allomany": "personnel",
    "invazio": "invasion",
    "haboru": "war",
    "haboruellenes": "anti war",
    "kulfoldi": "foreign",
    "ugynok": "agents",
    "nemkivanatos": "undesirable",
    "szervezet": "organisations",
    "politikai": "political",
    "fogoly": "prisoners",
    "elozetes": "detainees",
    "kinzas": "torture",
    "pszichiatriai": "psychiatric",
    "kenyszer": "coercive",
    "sebesit": "injured",
    "hazatert": "returning",
    "halalos": "deaths",
    "segitseg": "assistance",
    "szimulal": "malingering",
    "ugyeszseg": "prosecutors",
    "mentesit": "exemption",
    "felelosseg": "liability",
    "felso": "maximum",
    "atlag": "average",
    "indult": "opened",
}
#: Hungarian words read whole (accents dropped).
WHOLE: Final = {
    "ugy": "cases",
    "ugyet": "cases",
    "ensz": "un",
    "uj": "new",
    "deli": "southern",
    "erok": "forces",
    "eroi": "forces",
    "oltek": "killed",
    "milliok": "displaced",
    "ember": "people",  # whole: "member", "december" hold it
    "embert": "people",
    "emberek": "people",
    "embereket": "people",
    "putyin": "putin",
    "zelenszkij": "zelensky",
}
#: Hungarian words that say nothing of what a figure counts (as written, accents kept).
#: None is an English word ("a", "is", "meg", "de" are not here), nor a qualifier ("több",
#: "közel", "mint").
_STOP_WORDS: Final = (
    "az és hogy nem egy van volt szerint óta között után alatt miatt csak már még ez ezek "
    "közül közülük pedig ami aki akit amely ugyanez ugyanezt ezt azt azok lett lesz úgy "
    "illetve valamint vagy sem számot szám"
)
STOP: Final = frozenset(_STOP_WORDS.split())

_read_concepts: Final = concept_reader(WHOLE, PARTS)


def concepts(word: str) -> tuple[str, ...]:
    """The English concept words a Hungarian word (lower case) stands for
    (:func:`.word_parts.concepts_of`); none for a stop word ("úgy", so, is no "ügy")."""
    return () if word in STOP else _read_concepts(word)


_MONTH_STEMS: Final = (
    ("január", 1), ("február", 2), ("március", 3), ("április", 4), ("május", 5),
    ("június", 6), ("július", 7), ("augusztus", 8), ("szeptember", 9), ("október", 10),
    ("november", 11), ("december", 12),
)  # fmt: skip
#: The endings of a month: in it, until it, from it, of it ("januárjától", "júniusáig",
#: "decembere", "februári").
_BACK_ENDINGS: Final = (
    "", "ban", "ig", "tól", "i", "ja", "a", "jában", "ában", "jáig", "áig", "jától", "ától",
    "ra", "jára", "ára", "jának", "ának",
)  # fmt: skip
_FRONT_ENDINGS: Final = (
    "", "ben", "ig", "től", "i", "je", "e", "jében", "ében", "jéig", "éig", "jétől", "étől",
    "re", "jére", "ére", "jének", "ének",
)  # fmt: skip


def _month_forms() -> dict[str, int]:
    out: dict[str, int] = {}
    for stem, n in _MONTH_STEMS:
        endings = _FRONT_ENDINGS if n >= 9 else _BACK_ENDINGS
        for ending in endings:
            out[stem + ending] = n
    return out


#: A Hungarian month with its endings, lower case.
MONTH_FORMS: Final = _month_forms()
#: A month in its nominative, as a date writes it ("2026. június 11.").
_NOMINATIVE: Final = "|".join(stem for stem, _ in _MONTH_STEMS)
_MONTHS: Final = trie(MONTH_FORMS)
_GAP: Final = r"[ \t\u00a0]+"
_BEFORE: Final = r"[ \t\u00a0]+\Z"
#: Units of time after a figure, as the English unit a claim writes ("15 év").
_UNITS: Final = {
    "év": "years", "évig": "years", "évre": "years", "éves": "years", "hónap": "months",
    "hónapig": "months", "hónapra": "months", "nap": "days", "napig": "days",
}  # fmt: skip
#: Small numbers in words ("egy", also the article, is not read; "hét", seven, is also a
#: week).
_NUMBERS: Final = {
    "két": 2, "kettő": 2, "három": 3, "négy": 4, "öt": 5, "hat": 6, "nyolc": 8,
    "kilenc": 9, "tíz": 10, "húsz": 20, "harminc": 30, "negyven": 40, "ötven": 50,
}  # fmt: skip
_RATE_SPANS: Final = {
    "havonta": "month", "havonként": "month", "havi": "month", "hetente": "week",
    "hetenként": "week", "heti": "week", "naponta": "day", "naponként": "day", "napi": "day",
    "munkanaponként": "day", "munkanaponta": "day",
}  # fmt: skip
_RATES: Final = "|".join(sorted(_RATE_SPANS, key=len, reverse=True))
#: How a Hungarian draft writes the words around its figures.
WRITING: Final = Writing(
    language="Hungarian",
    # the second of two years ("2018 és 2022 között")
    year_before=regex(
        r"(?<![\w])(?:(?:19|20)[0-9]{2}(?:-[^\W\d_]+)?[ \t\u00a0]+(?i:és)|(?:19|20)[0-9]{2}[–-])"
        r"[ \t\u00a0]*\Z"
    ),
    # "2022 óta", "2024-ben", "2025 októberéig", "2025 tavaszán", "2025 első felében"
    year_after=regex(
        rf"\.?(?:-[^\W\d_]|[ \t\u00a0]+(?i:óta|után|előtt|között|és|első|második|végé|eleje|"
        rf"tavasz|nyar|nyár|ősz|tél|{_MONTHS}))"
    ),
    qualifiers=(
        ("over", regex(rf"(?<![\w])(?i:(?:alig{_GAP})?több{_GAP}mint){_BEFORE}")),
        ("nearly", regex(rf"(?<![\w])(?i:közel|csaknem|majdnem|kis{_GAP}híján){_BEFORE}")),
        (
            "about",
            regex(
                rf"(?<![\w])(?i:mintegy|körülbelül|kb\.|nagyjából|hozzávetőleg|"
                rf"megközelítőleg){_BEFORE}"
            ),
        ),
        ("at-least", regex(rf"(?<![\w])(?i:legalább|minimum){_BEFORE}")),
        ("up-to", regex(rf"(?<![\w])(?i:legfeljebb|maximum|akár){_BEFORE}")),
    ),
    to=regex(r"\A[ \t\u00a0]*(?:-|–)[ \t\u00a0]*\Z"),
    and_=regex(r"\A[ \t\u00a0]+és[ \t\u00a0]+\Z"),
    # Hungarian puts "között" (between) after a range's ends: it is not read
    between=regex(r"(?!)"),
    units=_UNITS,
    numbers=_NUMBERS,
    # "1000 ügy havonta", not "848 ítéletet hoztak, ami hetente 38": a rate word before
    # another number is that number's
    rate=regex(
        rf"\A(?:[ \t\u00a0]+[^\W\d_]+)?[ \t\u00a0]+({_RATES})(?!\w)"
        r"(?![ \t\u00a0]+(?:[^\W\d_]+\.?[ \t\u00a0]+){0,2}\d)",
        re.IGNORECASE,
    ),
    # "havonta mintegy 1000", "hetente kb. 100"
    rate_before=regex(
        rf"(?<!\w)({_RATES})(?:[ \t\u00a0]+[^\W\d_]+\.?){{0,2}}[ \t\u00a0]+\Z", re.IGNORECASE
    ),
    rate_spans=_RATE_SPANS,
    # "a két év" (the two years), "ez a három": the ones named, not a count
    articles=regex(r"(?<![\w])(?i:a|az|ez|ezek|azok|e)[ \t\u00a0]+\Z"),
    vague={
        "százak": (100.0, 999.0),
        "ezrek": (1e3, 9999.0),
        "tízezrek": (1e4, 99999.0),
        "százezrek": (1e5, 999999.0),
        "milliók": (1e6, 9999999.0),
    },
    # "fele" (its half), "kétharmada" (two thirds of it)
    shares={
        "fele": 0.5,
        "felük": 0.5,
        "kétharmada": 2 / 3,
        "kétharmadában": 2 / 3,
        "harmada": 1 / 3,
        "negyede": 0.25,
        "háromnegyede": 0.75,
    },
    scales=True,
    not_after=regex(
        rf"(?<![\w])(?i:btk\.|cikk|oldal|tel\.|telefon|szám:|{_NOMINATIVE})[ \t\u00a0]*\Z"
    ),
    # an ordinal ("a Btk. 337. cikke", "a 4. oldalon"), a version ("2.1-es változat")
    not_before=regex(r"(?:\.|-[^\W\d_]+)[ \t\u00a0]+(?i:cikk|oldal|változat|verzió|kiadás)"),
    # the ending glued to a number by a hyphen: "13 500-at", "18 159-et"
    glued=regex(r"-[^\W\d_]{1,4}(?![\w])"),
)
