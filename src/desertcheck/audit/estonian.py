"""Estonian drafts: the field's words as English concepts, as Finnish ones are
(:mod:`.finnish`), and the words around an Estonian draft's figures (:data:`WRITING`,
read by :mod:`.translations`).

A desk's Estonian translation says "desertöör", "deserteerimine", "omavoliline
lahkumine", "vastutusele võetud", "süüdi mõistetud", "kriminaalasi", "sõdur",
"sõjaväekohus". Estonian glues its case endings to the stem, so each word is read by a
part of it (:data:`PARTS`: "sodur" in "sõdurit", "sõdurite"; "omavoli" in "omavolilise",
"omavoliliselt") or whole (:data:`WHOLE`: "asja", "uut"), its accents dropped (a text
typed without them reads alike). Its conjunctions, pronouns and postpositions weigh
nothing in a sentence's score (:data:`STOP`). No part is a part of an English word, and
no stop word is an English word ("on", "see", "ta" are not there).

Estonian numbers ("50 000" with a space or a no-break one, "2,4" with a decimal comma) are
read where every language's are (:mod:`.convention`); a case ending glued to a number by a
hyphen ("22 580-st", "10%-ni") is no word of its own. Here: qualifiers before a number
("üle", "veidi üle", "ligi", "peaaegu", "umbes", "vähemalt", "kuni"), the scale words
("15–20 tuhat", "2,4 miljonit", :mod:`desertcheck.quantity.scales`), number words in their
cases ("kolm", "üheksa", "seitsme"), words for many ("kümneid tuhandeid"), shares
("pool", "kaks kolmandikku"), units ("aastat", "kuud") and rates after a number ("kuus",
"nädalas", "iga tööpäev"); its periods ("2022. aastast alates", "2024. aastal", "2025.
aasta oktoobri seisuga", "jaanuarist maini 2025") in :mod:`.estonian_periods`, its months
in their cases in :data:`MONTH_FORMS`.
"""

from __future__ import annotations

import re
from typing import Final

from desertcheck.audit.translations import Writing
from desertcheck.audit.word_parts import concept_reader
from desertcheck.compiled import regex, trie

#: Parts of Estonian words (accents dropped) and the English concept words they stand for.
PARTS: Final = {
    "desertoor": "deserters desertion",
    "deserteeri": "desertion deserted",
    "omavoli": "awol unauthorised absence",
    "sodur": "soldiers",
    "sojavaelas": "soldiers personnel",
    "sojavae": "military",
    "ajateenija": "conscripts soldiers",
    "ohvitser": "officers",
    "voitleja": "combatants",
    "kriminaalasj": "criminal cases",
    "kriminaalasi": "criminal cases",
    "kohtuasj": "court cases",
    "juhtum": "cases",
    "kohtu": "courts",
    "kohus": "courts",
    "kohtunik": "judges",
    "suudimoist": "convictions convicted",
    "suudistat": "charged",
    "suudi": "convicted",
    "moisteti": "convicted",
    "otsus": "verdicts decisions",
    "karistus": "sentence punishment",
    "vangistus": "prison sentence",
    "eelvangistus": "detainees pretrial",
    "poliitvang": "political prisoners",
    "vangi": "prisoners",
    "vangla": "prison",
    "taitmata": "disobedience",
    "teenistus": "service",
    "keeldu": "refusal",
    "voitle": "fight",
    "simuleeri": "malingering",
    "ringkon": "district",
    "kesksojavae": "central military",
    "idasojavae": "eastern military",
    "louna": "southern",
    "luure": "intelligence",
    "uksus": "units",
    "uurimisasutus": "investigators",
    "prokuror": "prosecutors",
    "vabasta": "exemption",
    "vastutus": "liability",
    "varba": "recruits recruited",
    "joud": "received",  # "jõudis kohtutesse": reached the courts
    "laeku": "received",
    "varva": "recruited",
    "dekreet": "decree",
    "dekreedi": "decree",  # "dekreedi järgi": by the decree
    "desertsioon": "desertion",  # "desertsiooni eest": for desertion
    "eira": "disobedience",  # "käsu eiramine": disregarding an order
    "jurist": "lawyer",
    "allkirjasta": "signed",  # "allkirjastatud seadus": the law signed
    "seadus": "law",
    "advokaa": "lawyer",
    "relvajoud": "armed forces",
    "suurus": "size",
    "koossei": "size",  # "relvajõudude koosseis": the armed forces' strength
    "suurenda": "increase",
    "kasvab": "increase",
    "sissetung": "invasion",
    "valisagen": "foreign agents",  # "välisagent", "välisagendiks"
    "ebasoovitav": "undesirable",
    "organisatsioon": "organisations",
    "poliitili": "political",
    "tapnud": "killed",
    "vigasta": "injured",
    "naasnu": "returning",
    "varjupai": "asylum",
    "inimoigus": "human rights",
    "sojaeel": "prewar",
    "keskmi": "average",
    "maksimum": "maximum",
    "ukrain": "ukraine",
    "venemaa": "russia",
    "moskva": "moscow",
    "leningrad": "leningrad",
    "zelensk": "zelensky",
    "putin": "putin",
    "kaitseminist": "defence ministry",
}
#: Estonian words read whole (accents dropped).
WHOLE: Final = {
    "asi": "cases",
    "asja": "cases",
    "asju": "cases",
    "asjad": "cases",
    "asjast": "cases",
    "asjade": "cases",
    "uut": "new",
    "uus": "new",
    "uusi": "new",
    "uuest": "new",
    "vene": "russian",
    "uro": "un",
    "inimest": "people",
    "inimese": "people",
    "inimesi": "people",
    "mehe": "men",
    "meest": "men",
    "kesk": "central",
    "ida": "eastern",
    "soja": "war",
    "sojast": "war",
    "vastutusele": "prosecuted cases",
    "isikut": "individuals",
    "kask": "order",
    "kasu": "order",  # "käsu täitmata jätmine": not carrying out an order
    "kasku": "order",
}
#: Estonian words that say nothing of what a figure counts (as written, accents kept).
#: None is an English word ("on", "see", "et" are not here); its qualifiers ("üle",
#: "umbes") are here, as the English ones are English stop words.
_STOP_WORDS: Final = (
    "ja ning ei oli olid kui aga ka mis kes või selle seda nende neist neid tema oma sama "
    "järgi alates pärast vastu eest kohta sõnul andmeil seisuga jooksul ajal kokku veel "
    "vaid ainult ainuüksi juba nüüd aasta aastal aastast aastani aastaks väidetavalt "
    "tegelikult ütles teatati teatanud kirjutab hinnangul umbes ligi peaaegu üle veidi "
    "vähemalt kuni ligikaudu"
)
STOP: Final = frozenset(_STOP_WORDS.split())

#: The English concept words an Estonian word (lower case) stands for
#: (:func:`.word_parts.concepts_of`).
concepts: Final = concept_reader(WHOLE, PARTS)

#: A month's stem, as its cases are built on it ("jaanuari", "detsembri").
_MONTH_STEMS: Final = (
    ("jaanuar", "jaanuari"), ("veebruar", "veebruari"), ("märts", "märtsi"),
    ("aprill", "aprilli"), ("mai", "mai"), ("juuni", "juuni"), ("juuli", "juuli"),
    ("august", "augusti"), ("september", "septembri"), ("oktoober", "oktoobri"),
    ("november", "novembri"), ("detsember", "detsembri"),
)  # fmt: skip
#: The case endings of a month: of it, from it, until it, in it, by it ("jaanuarist",
#: "maini", "aprillis", "detsembriks").
_MONTH_ENDINGS: Final = ("", "st", "ni", "s", "ks", "sse")


def _month_forms() -> dict[str, int]:
    out: dict[str, int] = {}
    for n, (nominative, stem) in enumerate(_MONTH_STEMS, 1):
        out[nominative] = n
        for ending in _MONTH_ENDINGS:
            out[stem + ending] = n
    return out


#: An Estonian month in its cases, lower case.
MONTH_FORMS: Final = _month_forms()
_MONTHS: Final = trie(MONTH_FORMS)
_GAP: Final = r"[ \t\u00a0]+"
_BEFORE: Final = r"[ \t\u00a0]+\Z"
#: Units of time after a figure, in their cases, as the English unit a claim writes.
_UNITS: Final = {
    "aasta": "years", "aastat": "years", "aastaks": "years", "aastani": "years",
    "kuu": "months", "kuud": "months", "kuuks": "months", "nädalat": "weeks",
    "päeva": "days", "päev": "days",
}  # fmt: skip
#: Small numbers in words, in the cases a count is written in ("üks" is also "one" of a
#: pair, and is not read; "kuus", six, is also "a month": "1000 asja kuus").
_NUMBERS: Final = {
    **dict.fromkeys(("kaks", "kahe", "kahte"), 2),
    **dict.fromkeys(("kolm", "kolme", "kolmest"), 3),
    **dict.fromkeys(("neli", "nelja"), 4),
    **dict.fromkeys(("viis", "viie", "viit"), 5),
    **dict.fromkeys(("seitse", "seitsme", "seitset"), 7),
    **dict.fromkeys(("kaheksa", "kaheksat"), 8),
    **dict.fromkeys(("üheksa", "üheksat"), 9),
    **dict.fromkeys(("kümme", "kümne", "kümmet"), 10),
    "kakskümmend": 20, "kolmkümmend": 30, "nelikümmend": 40, "viiskümmend": 50,
    # the tens and teens in the genitive, as before "tuhande" ("viiekümne tuhande")
    "kahekümne": 20, "kolmekümne": 30, "neljakümne": 40, "viiekümne": 50,
    "viisteist": 15, "kuusteist": 16, "viieteistkümne": 15, "kuueteistkümne": 16,
    "tuhat": 1000, "tuhande": 1000,
}  # fmt: skip
_RATE_SPANS: Final = {
    "kuus": "month", "igas kuus": "month", "nädalas": "week", "igal tööpäeval": "day",
    "tööpäeval": "day",
    "päevas": "day", "tööpäev": "day", "tööpäevas": "day", "iga tööpäev": "day",
    "aastas": "year", "päevane": "day", "igapäevane": "day", "kuine": "month",
    "igakuine": "month", "nädalane": "week",
}  # fmt: skip
_RATES: Final = "|".join(
    re.escape(r).replace(r"\ ", "[ \t\u00a0]+") for r in sorted(_RATE_SPANS, key=len, reverse=True)
)
#: How an Estonian draft writes the words around its figures.
WRITING: Final = Writing(
    language="Estonian",
    # "jaanuarist maini 2025", "2018–2022"
    year_before=regex(rf"(?<![\w])(?i:{_MONTHS}|(?:19|20)[0-9]{{2}}\.?[–-])[ \t\u00a0]*\Z"),
    # "2024. aastal", "2022. aastast alates", "2025. aasta oktoobri seisuga"
    year_after=regex(r"\.?[ \t\u00a0]+(?i:aasta|aastal|aastast|aastani|aastaks|aastate)(?!\w)"),
    qualifiers=(
        ("over", regex(rf"(?<![\w])(?i:(?:veidi{_GAP}|pisut{_GAP})?üle|rohkem{_GAP}kui){_BEFORE}")),
        ("nearly", regex(rf"(?<![\w])(?i:ligi|peaaegu|pea|ligemale){_BEFORE}")),
        ("about", regex(rf"(?<![\w])(?i:umbes|u\.|ligikaudu|arvatavasti|hinnanguliselt){_BEFORE}")),
        ("at-least", regex(rf"(?<![\w])(?i:vähemalt){_BEFORE}")),
        ("up-to", regex(rf"(?<![\w])(?i:kuni|koguni|alla){_BEFORE}")),
    ),
    # "40 000 – 45 000", "15 000 kuni 20 000"
    to=regex(r"\A[ \t\u00a0]*(?:-|–|kuni(?=[ \t\u00a0]))[ \t\u00a0]*\Z"),
    and_=regex(r"\A[ \t\u00a0]+ja[ \t\u00a0]+\Z"),
    between=regex(r"(?!)"),
    units=_UNITS,
    numbers=_NUMBERS,
    thousand="tuhat",
    thousands=("tuhat", "tuhande", "tuhandet"),
    # "1000 uut asja kuus", "38 otsust iga tööpäev": not a rate word before another number
    rate=regex(
        rf"\A(?:[ \t\u00a0]+(?!ja(?!\w))[^\W\d_]+){{0,2}}?[ \t\u00a0]+({_RATES})(?!\w)"
        r"(?![ \t\u00a0]+(?:[^\W\d_]+[ \t\u00a0]+){0,2}\d)",
        re.IGNORECASE,
    ),
    rate_spans=_RATE_SPANS,
    # "päevane bilanss oli aprillis keskmiselt 848": a daily figure
    # and "kuus", "nädalas" right before the figure ("värbab kuus 40 000 – 45 000 meest":
    # a month; "kuus" before a number is no "six")
    rate_before=regex(
        r"(?<!\w)(päevane|igapäevane|kuine|igakuine|nädalane)(?:[ \t\u00a0]+[^\W\d_]+\.?){0,4}"
        r"[ \t\u00a0]+\Z|(?<!\w)(?:igas[ \t\u00a0]+)?(kuus|nädalas|päevas)[ \t\u00a0]+\Z",
        re.IGNORECASE,
    ),
    articles=regex(r"(?<![\w])(?i:need|nende|viimased|viimase)[ \t\u00a0]+\Z"),
    vague={
        "sadu": (100.0, 999.0),
        "tuhandeid": (1e3, 9999.0),
        "kümneid tuhandeid": (1e4, 99999.0),
        "kümnete tuhandete": (1e4, 99999.0),
        "sadu tuhandeid": (1e5, 999999.0),
    },
    shares={
        "pool": 0.5,
        "pooled": 0.5,
        "kaks kolmandikku": 2 / 3,
        "kolmandik": 1 / 3,
        "veerand": 0.25,
    },
    scales=True,
    not_after=regex(
        r"(?<![\w])(?i:artikli|artikkel|artiklis|paragrahv|§|lk\.|lk|tel\.|tel|versioon|"
        r"versiooni|kell)[ \t\u00a0]*\Z"
    ),
    # a date ("16. juuni 2026"), the years of a period ("viie varasema aasta jooksul")
    not_before=regex(
        rf"\.[ \t\u00a0]*(?:{_MONTHS})(?!\w)"
        r"|[ \t\u00a0]+(?i:varasema|eelneva|eelnenud|eelmise)[ \t\u00a0]+aasta(?!\w)"
    ),
    # the case ending glued to a number by a hyphen: "22 580-st", "10%-ni"
    glued=regex(r"-[^\W\d_]{1,4}(?![\w])"),
)
