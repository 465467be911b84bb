"""Turkish drafts: the field's words as English concepts, as Finnish ones are
(:mod:`.finnish`), and the words around a Turkish draft's figures (:data:`WRITING`, read by
:mod:`.translations`).

A desk's Turkish translation says "firar", "firari", "yargılandı", "mahkûm edildi",
"izinsiz ayrılma", "emre itaatsizlik", "hizmeti reddetme", "dava", "asker". Turkish glues
its endings to the stem, so each word is read by a part of it (:data:`PARTS`: "firar" in
"firariler", "firarın"; "yargila" in "yargılanan") or whole (:data:`WHOLE`), its accents
dropped and its dotless "ı" read as "i" (a text typed without Turkish letters reads
alike); a proper name's ending after an apostrophe ("Rusya'da", "BM'nin") is not read. Its
conjunctions, pronouns and postpositions weigh nothing in a sentence's score
(:data:`STOP`). No part is a part of an English word ("reddet" is read, not "redded", in
"shredded"), and no stop word is an English word.

Turkish numbers ("50.000" with a dot for thousands, "66,7" with a decimal comma) are read
where every language's are (:mod:`.convention`); the ending after an apostrophe
("50.000'in", "2024'te") is no word of its own (:func:`.translations.read_figures`). Here:
the per cent sign or word before a number ("%10", "yüzde 20-30"), the scale words ("16
bin", "2,4 milyon", :mod:`desertcheck.quantity.scales`), qualifiers before a number
("yaklaşık", "neredeyse", "en az", "en fazla") and after it ("50.000'in üzerinde", "750'den
fazla", "400 civarında"), number words ("dokuz", "dört"), words for many ("on binlerce",
"milyonlarca"), units ("yıl", "ay") and rates ("ayda", "haftada", "iş günü başına"); its
periods ("2022'den bu yana", "2024 yılında", "Ekim 2025 itibarıyla", "Aralık 2024'e
kadar", "Ocak 2024 ile Haziran 2025 arasında") in :mod:`.desk_periods`, its months in
:data:`MONTH_FORMS`.
"""

from __future__ import annotations

import re
from typing import Final

from desertcheck.audit.translations import Writing
from desertcheck.audit.word_parts import concept_reader
from desertcheck.compiled import regex, trie

#: Parts of Turkish words (accents dropped, "ı" as "i") and the English concept words they
#: stand for.
PARTS: Final = {
    "firar": "desertion deserters",
    "asker": "soldiers military",
    "yargila": "prosecution trials",
    "mahkum": "convictions prisoners",
    "mahkeme": "courts",
    "hukum": "convictions",
    "karar": "verdicts",
    "kararname": "decree",
    "dava": "cases",
    "vaka": "cases",
    "sanik": "defendants",
    "savci": "prosecutors prosecution",
    "ceza": "sentence punishment penalty",
    "cezai": "criminal",
    "hapis": "sentence prison",
    "izinsiz": "awol",
    "ayril": "absence",
    "itaatsiz": "disobedience",
    "reddet": "refusal",
    "reddede": "refusal",
    "hizmet": "service",
    "savas": "war",
    "savasma": "fight",
    "ortalama": "average",
    "azami": "maximum",
    "bolge": "district",
    "guney": "southern",
    "merkez": "central",
    "istihbarat": "intelligence",
    "birlik": "units",
    "birlig": "units",
    "raportor": "rapporteur",
    "avukat": "lawyer",
    "iltica": "asylum",
    "siginma": "asylum",
    "oldur": "killed",
    "yarala": "injured",
    "cephe": "front",
    "gonderil": "deployed",
    "yabanci": "foreign",
    "istenmeyen": "undesirable",
    "kurulus": "organisations",
    "siyasi": "political",
    "tutuklu": "detainees prisoners",
    "iskence": "torture",
    "psikiyatri": "psychiatric",
    "silahli": "armed",
    "kuvvet": "forces",
    "personel": "personnel",
    "talep": "requests",
    "karsit": "anti",
    "yardim": "assistance",
    "yerinden": "displaced",
    "muaf": "exemption",
    "sorumluluk": "liability",
    "temaruz": "malingering",
    "ukrayna": "ukraine",
    "moskova": "moscow",
}
#: Turkish words read whole (accents dropped, "ı" as "i").
WHOLE: Final = {
    "kisi": "people",
    "kisiyi": "people",
    "kisiye": "people",
    "kisinin": "people",
    "ajan": "agents",
    "emir": "order",
    "emre": "order",
    "yasa": "law",
    "payi": "share",
    "orani": "share",
    "grup": "group",
    "grubu": "group",
    "rusya": "russia",
    "rus": "russia",
    "bm": "un",
    "dogu": "eastern",
    "donen": "returning",
    "yeni": "new opened",
    "acildi": "opened",
    "acilan": "opened",
    "mevcudu": "size",
    "mevcudun": "size",
    "topluyor": "recruited",
    "alindigini": "recruited",
}
#: Turkish words that say nothing of what a figure counts (as written, accents kept). None
#: is an English word ("on", "son", "ya" are not here), nor a qualifier ("fazla",
#: "üzerinde", "kadar").
_STOP_WORDS: Final = (
    "ve bu bir ile için olarak göre ise da de ki gibi daha çok sonra önce veya ayrıca "
    "aynı olan olduğu etti edildi oldu idi yalnızca sadece ancak ise bunların bunlardan "
    "bunun şu"
)
STOP: Final = frozenset(_STOP_WORDS.split())

_APOSTROPHE: Final = regex(r"['’]")
_read_concepts: Final = concept_reader(WHOLE, PARTS)


def concepts(word: str) -> tuple[str, ...]:
    """The English concept words a Turkish word (lower case) stands for
    (:func:`.word_parts.concepts_of`): the ending after an apostrophe dropped ("Rusya'da"),
    "ı" read as "i"."""
    return _read_concepts(_APOSTROPHE.split(word, 1)[0].replace("ı", "i"))


#: A Turkish month.
MONTH_FORMS: Final = {
    "ocak": 1, "şubat": 2, "subat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "mayis": 5,
    "haziran": 6, "temmuz": 7, "ağustos": 8, "agustos": 8, "eylül": 9, "eylul": 9,
    "ekim": 10, "kasım": 11, "kasim": 11, "aralık": 12, "aralik": 12,
}  # fmt: skip
_MONTHS: Final = trie(MONTH_FORMS)
#: Units of time after a figure, as the English unit a claim writes ("15 yıl", "15 yıla
#: kadar").
_UNITS: Final = {
    "yıl": "years", "yıla": "years", "yıldır": "years", "ay": "months", "aya": "months",
    "hafta": "weeks", "gün": "days",
}  # fmt: skip
#: Small numbers in words ("bir" is also an article and "on" an English word: neither is
#: read; nor "yüz", also a face, nor "bin", read as a scale).
_NUMBERS: Final = {
    "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
    "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "altmış": 60, "yetmiş": 70,
    "seksen": 80, "doksan": 90,
}  # fmt: skip
_RATE_SPANS: Final = {
    "ayda": "month", "aylık": "month", "her ay": "month", "ay": "month",
    "haftada": "week", "haftalık": "week", "her hafta": "week", "hafta": "week",
    "günde": "day", "günlük": "day", "her gün": "day", "gün": "day", "iş günü": "day",
}  # fmt: skip
_GAP: Final = r"[ \t\u00a0]+"
#: The ending after an apostrophe ("'in", "'den").
_ENDING: Final = r"(?:['’][^\W\d_]+)?"
#: How a Turkish draft writes the words around its figures.
WRITING: Final = Writing(
    language="Turkish",
    year_before=regex(
        rf"(?<![\w])(?i:{_MONTHS}|(?:19|20)[0-9]{{2}}[ \t\u00a0]+ve|(?:19|20)[0-9]{{2}}[–-])"
        r"[ \t\u00a0]*\Z"
    ),
    # "2022'den bu yana", "2024 yılında", "2025 baharında", "2022-2025 döneminde"
    year_after=regex(
        r"(?:['’][^\W\d_]|[ \t\u00a0]+(?i:yıl|itibar|dönem|sonu|bahar|ilkbahar|yaz|sonbahar"
        r"|kış|başı|ortası|arası|ile(?!\w)|ve(?!\w)))"
    ),
    qualifiers=(
        ("nearly", regex(r"(?<![\w])(?i:neredeyse|hemen[ \t\u00a0]+hemen)[ \t\u00a0]+\Z")),
        ("about", regex(r"(?<![\w])(?i:yaklaşık|tahminen|aşağı[ \t\u00a0]+yukarı)[ \t\u00a0]+\Z")),
        ("at-least", regex(rf"(?<![\w])(?i:en{_GAP}az|en{_GAP}azından)[ \t\u00a0]+\Z")),
        ("up-to", regex(rf"(?<![\w])(?i:en{_GAP}fazla|en{_GAP}çok)[ \t\u00a0]+\Z")),
    ),
    qualifiers_after=(
        ("over", regex(rf"{_ENDING}{_GAP}(?i:üzerinde|üstünde|aşkın|fazla)(?!\w)")),
        ("nearly", regex(rf"['’][yn]?[ae]{_GAP}(?i:yakın)(?!\w)")),
        ("about", regex(rf"{_ENDING}{_GAP}(?i:civarında|dolayında)(?!\w)")),
        ("up-to", regex(rf"['’][yn]?[ae]{_GAP}(?i:kadar)(?!\w)")),
    ),
    percent_before=regex(r"(?:%[ \t\u00a0]*|(?<![\w])(?i:yüzde)[ \t\u00a0]+)\Z"),
    to=regex(r"\A[ \t\u00a0]*(?:-|–)[ \t\u00a0]*\Z"),
    and_=regex(r"\A[ \t\u00a0]+ile[ \t\u00a0]+\Z"),
    # Turkish puts "arasında" (between) after a range's ends: it is not read
    between=regex(r"(?!)"),
    units=_UNITS,
    numbers=_NUMBERS,
    rate=regex(
        r"\A[^.;:!?\d]{0,40}?(?<!\w)(iş[ \t\u00a0]+günü|gün|ay|hafta)[ \t\u00a0]+başına(?!\w)",
        re.IGNORECASE,
    ),
    # "ayda 700-800", "iş günü başına 38 karar"
    rate_before=regex(
        r"(?<!\w)(ayda|aylık|haftada|haftalık|günde|günlük|her[ \t\u00a0]+(?:ay|hafta|gün)"
        r"|(?:iş[ \t\u00a0]+günü|gün|ay|hafta)(?=[ \t\u00a0]+başına))(?:[ \t\u00a0]+başına)?"
        r"(?:[ \t\u00a0]+(?!ve(?!\w))[^\W\d_]+){0,2}[ \t\u00a0]+\Z",
        re.IGNORECASE,
    ),
    vague={
        "yüzlerce": (100.0, 999.0),
        "binlerce": (1e3, 9999.0),
        "on binlerce": (1e4, 99999.0),
        "yüz binlerce": (1e5, 999999.0),
        "milyonlarca": (1e6, 9999999.0),
    },
    # "üçte ikisi" (two of three), "üçte ikisinde" (in two of three); not "yarısı" (half of
    # it), also a half of a year ("2025'in ilk yarısında")
    shares={
        "üçte biri": 1 / 3,
        "üçte birinde": 1 / 3,
        "üçte ikisi": 2 / 3,
        "üçte ikisinde": 2 / 3,
        "dörtte biri": 0.25,
        "dörtte birinde": 0.25,
    },
    # "son iki yıl", "bu beş yıl": the years named, not a count
    articles=regex(r"(?<![\w])(?i:bu|şu|aynı|son|ilk)[ \t\u00a0]+\Z"),
    rate_spans=_RATE_SPANS,
    scales=True,
    not_after=regex(
        r"(?<![\w])(?i:madde|maddesi|sayfa|s\.|sürüm|versiyon|tel\.|telefon|saat)[ \t\u00a0]*\Z"
    ),
    # a day before its month ("2 Temmuz 2026", "31 Mayıs 2025 itibarıyla"); the length of
    # a span ("beş yılda": in five years)
    not_before=regex(rf"[ \t\u00a0]+(?i:{_MONTHS}|yılda)(?!\w)"),
)
