"""Finnish drafts: the field's words as English concepts, as Czech and Swedish ones are
(:mod:`.czech`, :mod:`.swedish`), and the words around a Finnish draft's figures
(:data:`WRITING`, read by :mod:`.translations`).

A desk's Finnish translation says "karkuruus", "karkureita", "syytteeseen", "tuomittiin",
"luvaton poissaolo", "käskyn noudattamatta jättäminen", "sotilasta", "tapausta". Finnish
glues its case endings to the stem, so each word is read by a part of it (:data:`PARTS`:
"karku" in "karkuruudesta", "karkureiden"; "tuomi" in "tuomittiin", "tuomioita") or whole
(:data:`WHOLE`: "jutun", "ukrainan"), accents dropped; its conjunctions, pronouns and
postpositions weigh nothing in a sentence's score (:data:`STOP`). No part is a part of an
English word ("jutt" is in "jutting", so "juttu" is read), and no stop word is an English
word ("on", "vain" are not there).

Finnish numbers ("50 000" with a space or a no-break one, "66,7 %", "2,4 miljoonaa",
"16 tuhatta") are read where every language's are (:mod:`.convention`, :mod:`.scales`);
its qualifiers ("yli", "lähes", "noin", "vähintään", "jopa", "enintään"), number words in
their cases ("kymmenen", "kolme", "viidestä", "seitsemää"), words for many
("kymmeniätuhansia", "kymmenissä tuhansissa"), units ("vuotta", "kuukautta") and rates
("viikossa", "kuukaudessa", "jokaisena työpäivänä") here; its periods ("vuodesta 2022
lähtien", "vuonna 2024", "joulukuuhun 2024 mennessä", "marraskuun 2024 ja heinäkuun 2025
välillä") in :mod:`.desk_periods`, its months in all their cases in :data:`MONTH_FORMS`.
"""

from __future__ import annotations

import re
from typing import Final

from desertcheck.audit.translations import Writing
from desertcheck.audit.word_parts import concept_reader
from desertcheck.compiled import regex, trie

#: Parts of Finnish words (accents dropped) and the English concept words they stand for.
PARTS: Final = {
    "karku": "desertion deserters",
    "karann": "desertion",
    "syytte": "prosecution criminal",
    "syytet": "defendants prosecution",
    "tuomi": "convictions verdicts",
    "tuomioistui": "courts",
    "sotila": "soldiers military",
    "sotilaspiiri": "district military",
    "piiri": "district",
    "tiedustel": "intelligence",
    "lakimie": "lawyer",
    "raportoij": "rapporteur",
    "rintama": "front",
    "lahetet": "deployed",
    "osuus": "share",
    "poissaolo": "absence awol",
    "luvato": "awol",
    "luvattom": "awol",
    "juttu": "cases",
    "tapau": "cases",
    "palvelu": "service",
    "kieltay": "refusal",
    "kasky": "order",
    "noudattam": "disobedience",
    "vankeu": "sentence prison",
    "vanki": "prisoners",
    "vankie": "prisoners",
    "vankil": "prison",
    "tutkintavang": "detainees",
    "rikos": "criminal",
    "asevoim": "armed forces military",
    "vahvuu": "size",
    "asetu": "decree",
    "rangaistu": "sentence",
    "enimmais": "maximum",
    "keskimaarin": "average",
    "simuloin": "malingering",
    "taistelu": "fight",
    "oikeudenkay": "trials",
    "vapautu": "exemption",
    "vastuu": "liability",
    "pyydet": "requests",
    "pyynt": "requests",
    "avunpyyn": "assistance requests",
    "ulkomai": "foreign",
    "agentti": "agents",
    "agentiksi": "agents",
    "jarjesto": "organisations",
    "eitoivot": "undesirable",
    "poliittis": "political",
    "kidutu": "torture",
    "psykiatr": "psychiatric",
    "pakkopsyk": "coercive",
    "etelainen": "southern",
    "etelaise": "southern",
    "keskinen": "central",
    "keskise": "central",
    "itainen": "eastern",
    "itaise": "eastern",
    "moskov": "moscow",
    "leningrad": "leningrad",
    "yksiko": "units",
    "venaj": "russia",
    "venalai": "russia",
    "turvapaik": "asylum",
    "hakemu": "applications requests",
    "viikossa": "week",
    "kuukaudessa": "month",
    "tyopaiva": "working",
}
#: Finnish words read whole (accents dropped).
WHOLE: Final = {
    "jutun": "cases",
    "juristi": "lawyer",
    "juristin": "lawyer",
    "lahti": "left",
    "lahtivat": "left",
    "avattiin": "opened",
    "avattu": "opened",
    "uutta": "new opened",
    "uusia": "new opened",
    "uudet": "new opened",
    "oikeuteen": "courts trials",
    "sota": "war",
    "sodan": "war",
    "sodassa": "war",
    "henkiloa": "people",
    "henkiloon": "people",
    "ihmista": "people",
    "ukrainan": "ukraine",
    "ukrainassa": "ukraine",
    "ukrainaan": "ukraine",
    "yk": "un",
    "ykn": "un",
}
#: Finnish words that say nothing of what a figure counts (as written, accents kept). None
#: is an English word ("on", "vain", "se" are not here), nor another language's word
#: ("sen", "ne"), nor a qualifier ("yli").
_STOP_WORDS: Final = (
    "ja että oli olivat ovat ei sekä myös tai mutta kun kuin jo joka jotka joita joista "
    "jonka mukaan hänen heistä niistä näistä niitä siitä tämä tätä tämän nämä "
    "lähtien alkaen mennessä välillä aikana saman samana jälkeen ennen kertoo"
)
STOP: Final = frozenset(_STOP_WORDS.split())


#: The English concept words a Finnish word (lower case) stands for
#: (:func:`.word_parts.concepts_of`).
concepts: Final = concept_reader(WHOLE, PARTS)

_MONTH_STEMS: Final = (
    "tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka",
    "marras", "joulu",
)  # fmt: skip
#: The endings of "kuu" (month) in its cases: "joulukuu", "joulukuun", "joulukuussa",
#: "joulukuusta", "joulukuuhun", "joulukuuta".
_MONTH_ENDINGS: Final = ("", "n", "ta", "ssa", "sta", "hun", "lla", "lta", "lle", "ksi")
#: A Finnish month in any of its cases.
MONTH_FORMS: Final = {
    f"{stem}kuu{ending}": n for n, stem in enumerate(_MONTH_STEMS, 1) for ending in _MONTH_ENDINGS
}
_MONTHS: Final = trie(MONTH_FORMS)
#: Units of time after a figure, in their cases, as the English unit a claim writes
#: ("kymmenen vuotta", "kymmeneen vuoteen", "14 kuukautta").
_UNITS: Final = {
    "vuosi": "years", "vuotta": "years", "vuoteen": "years", "vuodeksi": "years",
    "vuoden": "years", "kuukausi": "months", "kuukautta": "months", "kuukauteen": "months",
    "kuukauden": "months", "viikkoa": "weeks", "viikon": "weeks", "päivää": "days",
    "päivän": "days",
}  # fmt: skip
#: Small numbers in words, in the cases a count is written in ("kolme", "kolmea",
#: "kolmesta", "kolmeen"; "yksi" is also "one" of a pair, and is not read).
_NUMBERS: Final = {
    **dict.fromkeys(("kaksi", "kahta", "kahdesta", "kahteen", "kahden"), 2),
    **dict.fromkeys(("kolme", "kolmea", "kolmesta", "kolmeen", "kolmen"), 3),
    **dict.fromkeys(("neljä", "neljää", "neljästä", "neljään", "neljän"), 4),
    **dict.fromkeys(("viisi", "viittä", "viidestä", "viiteen", "viiden"), 5),
    **dict.fromkeys(("kuusi", "kuutta", "kuudesta", "kuuteen", "kuuden"), 6),
    **dict.fromkeys(("seitsemän", "seitsemää", "seitsemästä", "seitsemään"), 7),
    **dict.fromkeys(("kahdeksan", "kahdeksaa", "kahdeksasta", "kahdeksaan"), 8),
    **dict.fromkeys(("yhdeksän", "yhdeksää", "yhdeksästä", "yhdeksään"), 9),
    **dict.fromkeys(("kymmenen", "kymmentä", "kymmenestä", "kymmeneen"), 10),
    "yksitoista": 11, "kaksitoista": 12, "kolmetoista": 13, "neljätoista": 14,
    "viisitoista": 15, "kuusitoista": 16, "seitsemäntoista": 17, "kahdeksantoista": 18,
    "yhdeksäntoista": 19, "kaksikymmentä": 20, "kolmekymmentä": 30, "neljäkymmentä": 40,
    "viisikymmentä": 50, "sata": 100,
}  # fmt: skip
_RATE_SPANS: Final = {
    "viikossa": "week", "viikoittain": "week", "kuukaudessa": "month", "kuussa": "month",
    "kuukausittain": "month", "päivässä": "day", "päivittäin": "day", "työpäivänä": "day",
    "työpäivässä": "day",
}  # fmt: skip
_GAP: Final = r"[ \t\u00a0]+"
#: How a Finnish draft writes the words around its figures.
WRITING: Final = Writing(
    language="Finnish",
    year_before=regex(
        rf"(?<![\w])(?i:vuodesta|vuonna|vuoden|vuosina|vuosien|vuoteen|vuosi|{_MONTHS}"
        r"|keväällä|kesällä|syksyllä|talvella|(?:19|20)[0-9]{2}[ \t\u00a0]+ja"
        r"|(?:19|20)[0-9]{2}[–-])[ \t\u00a0]*\Z"
    ),
    qualifiers=(
        ("over", regex(r"(?<![\w])(?i:yli|runsaat|reilut|enemmän[ \t\u00a0]+kuin)[ \t\u00a0]+\Z")),
        ("nearly", regex(r"(?<![\w])(?i:lähes|melkein|miltei|liki|vajaat)[ \t\u00a0]+\Z")),
        ("about", regex(r"(?<![\w])(?i:noin|suunnilleen|arviolta|n\.)[ \t\u00a0]+\Z")),
        ("at-least", regex(r"(?<![\w])(?i:vähintään|ainakin)[ \t\u00a0]+\Z")),
        # "alle" (under) and "peräti" (as many as) are up to, as their English words are
        ("up-to", regex(r"(?<![\w])(?i:jopa|enintään|korkeintaan|alle|peräti)[ \t\u00a0]+\Z")),
    ),
    to=regex(r"\A[ \t\u00a0]*(?:-|–)[ \t\u00a0]*\Z"),
    and_=regex(r"\A[ \t\u00a0]+ja[ \t\u00a0]+\Z"),
    between=regex(r"(?<![\w])(?i:välillä)[ \t\u00a0]+\Z"),
    units=_UNITS,
    numbers=_NUMBERS,
    thousand="tuhatta",
    rate=regex(
        r"\A(?:[ \t\u00a0]+(?!ja(?!\w))[^\W\d_]+){0,2}?[ \t\u00a0]+(?:jokaisena[ \t\u00a0]+)?"
        r"(viikossa|viikoittain|kuukaudessa|kuussa|kuukausittain|päivässä|päivittäin"
        r"|työpäivänä|työpäivässä)(?!\w)",
        re.IGNORECASE,
    ),
    vague={
        "satoja": (100.0, 999.0),
        "satoja tuhansia": (1e5, 999999.0),
        "tuhansia": (1e3, 9999.0),
        "tuhansien": (1e3, 9999.0),
        "kymmeniä tuhansia": (1e4, 99999.0),
        "kymmeniätuhansia": (1e4, 99999.0),
        "kymmenissä tuhansissa": (1e4, 99999.0),
        "kymmenien tuhansien": (1e4, 99999.0),
        "kymmenientuhansien": (1e4, 99999.0),
    },
    articles=regex(r"(?<![\w])(?i:nämä|näiden|ne|niiden)[ \t\u00a0]+\Z"),
    rate_spans=_RATE_SPANS,
    not_after=regex(
        r"(?<![\w])(?i:pykälä|pykälän|pykälässä|§|sivu|sivulla|s\.|klo|kello|luonnos|versio)"
        r"[ \t\u00a0]*\Z"
    ),
    not_before=regex(r"\.[ \t\u00a0]*(?:" + _MONTHS + r")(?!\w)|-?(?i:vuotias)"),
)
