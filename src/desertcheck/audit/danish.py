"""Danish drafts: the field's words as English concepts, as Norwegian and Swedish ones are
(:mod:`.norwegian`, :mod:`.swedish`), and the words around a Danish draft's figures
(:data:`WRITING`, read by :mod:`.translations`).

A desk's Danish translation says "desertører", "retsforfulgt", "tiltalt", "dømt",
"domme", "straffesager", "ulovligt fravær", "tjenestenægtelse", "ordrenægtelse". Danish
writes many of the field's words as Norwegian does ("desertør", "dømt", "tiltalt",
"fravær", "straffesag"): those are Norwegian's table's, and the three tables are read as
one (:mod:`.scandinavian`). Here are the words Danish writes its own way ("retsforfulgt",
"nægtelse", "fængsel", "sager", "domme", "efterretning"); none is a part of an English
word ("sager" is read whole: "massager" holds it), and the part of a longer word wins over
a shorter one. Danish is told from Norwegian by its own function words ("af", "havde",
"blev", "efter", "mellem", "nogle"; :mod:`.language`), as both write "æ" and "ø".

Danish numbers ("50.000" with a dot for thousands, "2,4 millioner") are read where every
language's are (:mod:`.convention`, :mod:`.scales`), "procent" with the other languages'
per cent words (:mod:`.foreign_words`); its qualifiers ("knap", "godt", "lidt over", "mere
end", "cirka", "omkring", "mindst", "op til"), number words ("ti år", "tusind", "to"
right before a word), words for many ("titusindvis", "millioner"), units ("år",
"måneder") and rates ("om måneden", "pr. retsdag") here; its periods ("siden 2022", "pr.
oktober 2025", "fra januar til maj 2025", "i foråret 2025", "til udgangen af juni 2025")
with the Norwegian ones (:mod:`.translation_periods`).
"""

from __future__ import annotations

import re
from typing import Final

from desertcheck.audit.translations import Writing
from desertcheck.compiled import regex

#: Parts of Danish words (accents dropped: "å" is "a"; "æ" and "ø" are letters of their
#: own) and the English concept words they stand for.
PARTS: Final = {
    "retsforf": "prosecution",
    "anklagemyndighed": "prosecutors prosecution",
    "anklager": "prosecutors",
    "straffesag": "criminal cases",
    "desertionssag": "desertion cases",
    "retssag": "trials cases",
    "domstol": "courts",
    "tjenestenægt": "refusal service",
    "ordrenægt": "disobedience",
    "nægte": "refusal",
    "fængsel": "sentence prison",
    "fængsl": "prison",
    "varetægt": "detainees",
    "gennemsnit": "average",
    "efterretning": "intelligence",
    "enhed": "units",
    "udenlandsk": "foreign",
    "fritagelse": "exemption",
    "strafansvar": "liability",
    "straffelov": "criminal code",
    "tilladelse": "leave permission",
    "tjeneste": "service",
    "dræbt": "killed",
    "retsdag": "working day",
    "kæmpe": "fight",
    "væbned": "armed forces military",
}
#: Short Danish words read whole (accents dropped).
WHOLE: Final = {
    "sag": "cases",
    "sagen": "cases",
    "sager": "cases",
    "sagerne": "cases",
    "domme": "verdicts convictions",
    "deserteret": "desertion",
    "saret": "injured",
    "flugt": "displaced",
    "forladt": "left",
    "forlod": "left",
    "hverver": "recruited",
    "centrale": "central",
    "sydlige": "southern",
    "østlige": "eastern",
}
#: Danish words that say nothing of what a figure counts (as written, accents kept). None
#: is an English word ("at", "den", "til", "men", "sine" are not here), nor a qualifier
#: ("over" is "over").
_STOP_WORDS: Final = (
    "og ikke er fra havde også blev blevet bliver være været hvor efter eller sit deres "
    "disse dette denne der når end kunne skulle hos ved hvilke alle andre heraf ifølge "
    "samme siden allerede som det var har med af på mellem nogle sig hvad meget mere"
)
STOP: Final = frozenset(_STOP_WORDS.split())

_MONTHS: Final = (
    "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
)
#: Units of time after a figure ("15 års fængsel": genitive), as the English unit a claim
#: writes.
_UNITS: Final = {
    "år": "years", "års": "years", "måned": "months", "måneder": "months",
    "måneders": "months", "uge": "weeks", "uger": "weeks", "ugers": "weeks",
    "dag": "days", "dage": "days", "dages": "days",
}  # fmt: skip
#: Small numbers in words ("en" and "et" are articles too, and are not read; "to" is two,
#: read only in a Danish draft, right before a word), and "tusind" alone (a thousand).
_NUMBERS: Final = {
    "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9,
    "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15,
    "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19, "tyve": 20, "tredive": 30,
    "fyrre": 40, "halvtreds": 50, "tres": 60, "halvfjerds": 70, "firs": 80,
    "halvfems": 90, "hundrede": 100, "tusind": 1000,
}  # fmt: skip
_RATE_SPANS: Final = {
    "måneden": "month", "måned": "month", "ugen": "week", "uge": "week", "dagen": "day",
    "dag": "day", "arbejdsdag": "day", "retsdag": "day",
}  # fmt: skip
_GAP: Final = r"[ \t\u00a0]+"
#: How a Danish draft writes the words around its figures.
WRITING: Final = Writing(
    language="Danish",
    year_before=regex(
        rf"(?<![\w])(?i:siden|fra|før|efter|til|i|for|under|pr\.|per|år|året|årene|hele"
        rf"|mellem|{_MONTHS}|foråret|sommeren|efteråret|vinteren|halvår|udgangen{_GAP}af"
        rf"|slutningen{_GAP}af|begyndelsen{_GAP}af"
        r"|(?:19|20)[0-9]{2}[ \t\u00a0]+og|(?:19|20)[0-9]{2}[–-])[ \t\u00a0]*\Z"
    ),
    qualifiers=(
        (
            "over",
            regex(rf"(?<![\w])(?i:godt|lidt{_GAP}over|mere{_GAP}end|flere{_GAP}end)[ \t\u00a0]+\Z"),
        ),
        ("nearly", regex(r"(?<![\w])(?i:knap|knapt|næsten|nærmere)[ \t\u00a0]+\Z")),
        ("about", regex(r"(?<![\w])(?i:cirka|ca\.|omkring|omtrent|rundt)[ \t\u00a0]+\Z")),
        ("at-least", regex(r"(?<![\w])(?i:mindst)[ \t\u00a0]+\Z")),
        ("up-to", regex(rf"(?<![\w])(?i:op{_GAP}til|højst|maksimalt)[ \t\u00a0]+\Z")),
    ),
    to=regex(r"\A[ \t\u00a0]*(?:-|–)[ \t\u00a0]*\Z"),
    and_=regex(r"\A[ \t\u00a0]+og[ \t\u00a0]+\Z"),
    between=regex(r"(?<![\w])(?i:mellem)[ \t\u00a0]+\Z"),
    units=_UNITS,
    numbers=_NUMBERS,
    thousand="tusind",
    rate=regex(
        r"\A[^.;:!?\d]{0,40}?(?<!\w)(?:om|pr\.|per|hver)\s+"
        r"(måneden|måned|ugen|uge|dagen|dag|arbejdsdag|retsdag)(?!\w)",
        re.IGNORECASE,
    ),
    vague={
        "hundredvis": (100.0, 999.0),
        "tusindvis": (1e3, 9999.0),
        "titusindvis": (1e4, 99999.0),
        "hundredtusindvis": (1e5, 999999.0),
        # alone, not after a number ("2,4 millioner" is read as a scale): "millions"
        "millioner": (1e6, 9999999.0),
    },
    shares={
        "halvdelen": 0.5,
        "en tredjedel": 1 / 3,
        "to tredjedele": 2 / 3,
        "en fjerdedel": 0.25,
        "tre fjerdedele": 0.75,
    },
    articles=regex(r"(?<![\w])(?i:de|den|det|disse|samme)[ \t\u00a0]+\Z"),
    rate_spans=_RATE_SPANS,
    not_after=regex(r"(?<![\w])(?i:kl\.|klokken|artikel|paragraf|kapitel|s\.)[ \t\u00a0]*\Z"),
    # an age ("34-årig"); a day before its month ("31. maj 2025")
    not_before=regex(rf"-?(?i:årig|årige)(?!\w)|\.[ \t\u00a0]*(?i:{_MONTHS})(?!\w)"),
)
