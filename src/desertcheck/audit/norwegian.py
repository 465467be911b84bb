"""Norwegian (Bokmål) drafts: the field's words as English concepts, as Swedish ones are
(:mod:`.swedish`), and the words around a Norwegian draft's figures (:data:`WRITING`, read
by :mod:`.translations`).

A desk's Norwegian translation says "desertører", "straffeforfulgt", "tiltalt", "dømt",
"straffesaker", "ulovlig fravær", "tjenestenekt", "ordrenekt". Norwegian writes many of the
field's words as Swedish does ("soldater", "distrikt", "advokat", "dekret", "tortur"):
those are Swedish's table's, and the two tables are read as one (:mod:`.scandinavian`).
Here are the words Norwegian writes its own way; none is a part of an English word, and
the part of a longer word wins over a shorter one ("straffeforfulgt" is a prosecution, not
the Swedish "straff", a sentence). Norwegian numbers ("50 000", "66,7 %", "2,4
millioner") are read where every language's are (:mod:`.convention`, :mod:`.scales`),
"prosent" with the other languages' per cent words (:mod:`.foreign_words`), its periods
("siden 2022", "per oktober 2025", "fram til utgangen av juni 2025") with the Swedish ones
(:mod:`.translation_periods`).
"""

from __future__ import annotations

import re
from typing import Final

from desertcheck.audit.translations import Writing
from desertcheck.compiled import regex

#: Parts of Norwegian words (accents dropped: "å" is "a"; "æ" and "ø" are letters of their
#: own) and the English concept words they stand for.
PARTS: Final = {
    "desertør": "desertion",
    "desertert": "desertion",
    "desersjon": "desertion",
    "straffeforf": "prosecution",
    "tiltal": "prosecution defendants",
    "patalemyndighet": "prosecutors prosecution",
    "dømt": "convictions",
    "domfell": "convictions",
    "straffesak": "criminal cases",
    "rettssak": "trials cases",
    "saker": "cases",
    "fengsel": "sentence prison",
    "strafferamme": "sentence maximum",
    "ulovlig": "awol",
    "fravær": "absence awol",
    "ordrenekt": "disobedience",
    "tjenestenekt": "refusal service",
    "nekte": "refusal",
    "kjempe": "fight",
    "rekrutt": "recruited",
    "drept": "killed",
    "skadet": "injured",
    "hjemvend": "returning veterans",
    "væpned": "armed forces military",
    "styrke": "forces",
    "størrelse": "size",
    "militær": "military",
    "personell": "personnel",
    "sørlig": "southern",
    "østlig": "eastern",
    "vestlig": "western",
    "maned": "month",
    "arbeidsdag": "working day",
    "apnet": "opened",
    "rapportør": "rapporteur",
    "utenlandsk": "foreign",
    "uønsk": "undesirable",
    "organisasjon": "organisations",
    "henvendelse": "requests",
    "antikrig": "anti war",
    "gruppe": "group",
    "frivillig": "volunteer",
    "gjennomsnitt": "average",
    "enhet": "units",
    "etterretning": "intelligence",
    "russland": "russia",
    "beskyttelse": "protection",
}
#: Short Norwegian words read whole (accents dropped).
WHOLE: Final = {
    "sak": "cases",
    "saken": "cases",
    "sakene": "cases",
    "dommer": "verdicts",
    "dommene": "verdicts",
    "retten": "courts",
    "fanger": "prisoners",
    "fangene": "prisoners",
    "mennesker": "people",
    "krigen": "war",
    "flukt": "displaced",
    "hjelp": "assistance",
    "forlot": "left",
    "sendt": "deployed",
    "sendes": "sent submitted",
    "nye": "new opened",
    "sentrale": "central",
    "ukrainsk": "ukraine",
    "ukrainske": "ukraine",
    "russisk": "russia",
    "russiske": "russia",
    "asyl": "asylum",
    "agenter": "agents",
    "uke": "week",
    "uken": "week",
    "ansvar": "liability",
    "fritak": "exemption",
}
#: Norwegian words that say nothing of what a figure counts (as written, accents kept). None
#: is an English word ("den", "til", "men", "sine", "bare", "mot" are not here), nor a
#: qualifier ("over" is "over").
_STOP_WORDS: Final = (
    "og ikke er fra hadde også ble blitt blir være vært hvor etter eller sitt deres disse "
    "dette denne der når enn kunne skulle hos ved hvilke alle andre hvorav ifølge samme "
    "siden allerede som det var har med av på"
)
STOP: Final = frozenset(_STOP_WORDS.split())

_MONTHS: Final = (
    "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember"
)
#: Units of time after a figure ("15 års fengsel": genitive), as the English unit a claim
#: writes.
_UNITS: Final = {
    "år": "years", "års": "years", "måned": "months", "måneder": "months",
    "måneders": "months", "uke": "weeks", "uker": "weeks", "ukers": "weeks",
    "dag": "days", "dager": "days", "dagers": "days",
}  # fmt: skip
#: Small numbers in words ("en", "ei" and "ett" are articles too, and are not read; "to"
#: is two, read only in a Norwegian draft, right before a word).
_NUMBERS: Final = {
    "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8,
    "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15,
    "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19, "tjue": 20, "tretti": 30,
    "førti": 40, "femti": 50, "seksti": 60, "sytti": 70, "åtti": 80, "nitti": 90,
    "hundre": 100,
}  # fmt: skip
_RATE_SPANS: Final = {
    "måneden": "month", "måned": "month", "uken": "week", "uke": "week", "dagen": "day",
    "dag": "day", "arbeidsdag": "day",
}  # fmt: skip
_GAP: Final = r"[ \t\u00a0]+"
#: How a Norwegian draft writes the words around its figures.
WRITING: Final = Writing(
    language="Norwegian",
    year_before=regex(
        rf"(?<![\w])(?i:siden|fra|før|etter|til|i|for|under|per|år|året|årene|hele|mellom"
        rf"|{_MONTHS}|våren|sommeren|høsten|vinteren|halvåret|utgangen{_GAP}av"
        rf"|slutten{_GAP}av|begynnelsen{_GAP}av"
        r"|(?:19|20)[0-9]{2}[ \t\u00a0]+og|(?:19|20)[0-9]{2}[–-])[ \t\u00a0]*\Z"
    ),
    qualifiers=(
        (
            "over",
            regex(
                rf"(?<![\w])(?i:drøyt|vel|mer{_GAP}enn|flere{_GAP}enn|i{_GAP}overkant{_GAP}av)"
                r"[ \t\u00a0]+\Z"
            ),
        ),
        (
            "nearly",
            regex(rf"(?<![\w])(?i:nesten|nærmere|knapt|i{_GAP}underkant{_GAP}av)[ \t\u00a0]+\Z"),
        ),
        (
            "about",
            regex(rf"(?<![\w])(?i:rundt|omtrent|omkring|cirka|ca\.|om{_GAP}lag)[ \t\u00a0]+\Z"),
        ),
        ("at-least", regex(r"(?<![\w])(?i:minst)[ \t\u00a0]+\Z")),
        ("up-to", regex(r"(?<![\w])(?i:opptil|inntil|høyst|maksimalt)[ \t\u00a0]+\Z")),
    ),
    to=regex(r"\A[ \t\u00a0]*(?:-|–)[ \t\u00a0]*\Z"),
    and_=regex(r"\A[ \t\u00a0]+og[ \t\u00a0]+\Z"),
    between=regex(r"(?<![\w])(?i:mellom)[ \t\u00a0]+\Z"),
    units=_UNITS,
    numbers=_NUMBERS,
    thousand="tusen",
    rate=regex(
        r"\A[^.;:!?\d]{0,40}?(?<!\w)(?:per|i|hver)\s+"
        r"(måneden|måned|uken|uke|dagen|dag|arbeidsdag)(?!\w)",
        re.IGNORECASE,
    ),
    vague={
        "hundrevis": (100.0, 999.0),
        "tusenvis": (1e3, 9999.0),
        "titusenvis": (1e4, 99999.0),
        "hundretusenvis": (1e5, 999999.0),
        # alone, not after a number ("2,4 millioner" is read as a scale): "millions"
        "millioner": (1e6, 9999999.0),
    },
    articles=regex(r"(?<![\w])(?i:de|den|det|disse|samme)[ \t\u00a0]+\Z"),
    rate_spans=_RATE_SPANS,
    not_after=regex(r"(?<![\w])(?i:kl\.|klokken|artikkel|paragraf|kapittel)[ \t\u00a0]*\Z"),
    not_before=regex(r"-?(?i:årig|årige|åring|åringer)(?!\w)"),
)
