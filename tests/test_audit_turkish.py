"""A Turkish draft is read as a Finnish one is: its words of the field by the stems its
endings are glued to ("firariler", "yargılandı", "mahkûm"), a proper name's ending after an
apostrophe dropped, its stop words weighing nothing; numbers with a dot for thousands and a
decimal comma, the ending after an apostrophe ("50.000'in", "2024'ten") no word of its own;
the per cent sign or word before a number ("%10", "yüzde 20-30"); scale words ("16 bin",
"2,4 milyon"); qualifiers before a number ("yaklaşık", "neredeyse", "en az", "en fazla")
and after it ("'in üzerinde", "'den fazla", "civarında"); number words ("dokuz"), words
for many ("on binlerce", "milyonlarca"), rates ("ayda", "iş günü başına") and periods
("2022'den bu yana", "2024 yılında", "Ekim 2025 itibarıyla", "Aralık 2024'e kadar"), their
years no figures. The drafts are written for these tests; the claims are the shipped
registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit import turkish
from desertcheck.audit.language import unread_language
from desertcheck.audit.periods import _find_periods

from .test_audit_reading2 import judge

#: Sentences before the one under test, so that the draft reads as Turkish.
TURKISH = (
    "Bu haber İngilizceden çevrildi ve içindeki bütün rakamlar masada kontrol edildi. "
    "Çevirmen, kaynakların da gösterildiğini ve bulunamayan bir şey olursa bunun ayrıca "
    "işaretlendiğini söylüyor.\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "'in üzerinde" after the number is over; "50.000" a number with a dot of thousands
        (
            "BM raportörüne göre 2022'den bu yana 50.000'in üzerinde Rus askeri firar etti.",
            [("50.000", "supported", "euaa-un-desertions-since-2022")],
        ),
        # the per cent sign before the number; "neredeyse" is nearly
        (
            "Cepheye gönderilen askerlerin neredeyse %10'u firar etti.",
            [("%10", "supported", "euaa-un-deserters-share-of-deployed")],
        ),
        # the per cent word before it, no qualifier: the claim's nearly 10% drifts
        (
            "Cepheye gönderilen askerlerin yüzde 10'u firar etti.",
            [("yüzde 10", "qualifier-drift", "euaa-un-deserters-share-of-deployed")],
        ),
        # "bin" is a thousand; another source gives the number for 2024 alone
        (
            "2022'den bu yana yaklaşık 16 bin asker firar nedeniyle yargılandı.",
            [("16 bin", "contested", "nge-un-desertion-prosecutions-since-2022")],
        ),
        # "en az" is at least: the claim's nearly 3,380 drifts
        (
            "Doğu Askeri Bölgesi'nde Aralık 2024'e kadar en az 3.380 firar vakası kaydedildi.",
            [("3.380", "qualifier-drift", "euaa-frontelligence-desertions-eastern-md-dec-2024")],
        ),
        (
            "Putin'in kararnamesine göre silahlı kuvvetlerin mevcudu yaklaşık 2,4 milyon kişi "
            "olacak.",
            [("2,4 milyon", "supported", "isl-putin-decree-armed-forces-size")],
        ),
        # "'den fazla" is more than
        (
            "Savaş karşıtı bir grup, askerlerden 2.000'den fazla yardım talebi aldı.",
            [("2.000", "supported", "baghai-anti-war-group-assistance-requests")],
        ),
        # a rate before the figure, a range of thousands
        (
            "Ukrayna'da savcılar Aralık 2024'ten bu yana ayda 15-20 bin dava açıyor.",
            [("15-20 bin", "supported", "isl-ukraine-new-cases-per-month-since-dec-2024")],
        ),
        (
            "Mahkemeler Nisan 2025'te iş günü başına 38 karar verdi.",
            [("38", "supported", "isl-mediazona-verdicts-per-working-day-april-2025")],
        ),
        # a decimal comma after the per cent word
        (
            "Mahkemeye giden davaların yüzde 66,7'sinde savcılar sanığın cezai sorumluluktan "
            "muaf tutulmasını istiyor.",
            [("yüzde 66,7", "supported", "isl-ukraine-exemption-requests-share-of-trials")],
        ),
        # a share in words, with its case ending: "in two of three"
        (
            "Mahkemeye giden davaların üçte ikisinde savcılar sanığın cezai sorumluluktan muaf "
            "tutulmasını istiyor.",
            [("üçte ikisinde", "supported", "isl-ukraine-exemption-requests-share-of-trials")],
        ),
        # a number word; "2018-2022 arasındaki" is a period, "beş yılda" its length
        (
            "Emre itaatsizlikten 2018-2022 arasındaki beş yılda sadece dokuz asker mahkûm oldu.",
            [("dokuz", "supported", "mt-proekt-disobedience-convictions-2018-2022")],
        ),
        (
            "Firar için en fazla 15 yıl hapis cezası var.",
            [("15", "supported", "isl-desertion-max-sentence")],
        ),
        # a word for many, as "millions" is
        (
            "Savaşta milyonlarca kişi yerinden edildi.",
            [("milyonlarca", "supported", "baghai-war-displaced")],
        ),
        (
            "Bir avukata göre firariler ve izinsiz ayrılan askerler hakkında on binlerce ceza "
            "davası var.",
            [("on binlerce", "supported", "euaa-lawyer-desertion-awol-criminal-cases")],
        ),
        # the first half of 2025, not the period of the clause before
        (
            "Ocak 2024 ile Haziran 2025 arasında en az 912 kişi yargılandı; 2025'in ilk "
            "yarısında tutukluların yüzde 20-30'u siyasi tutukluydu.",
            [
                ("912", "supported", "nge-un-political-prosecutions-2024-mid-2025"),
                ("yüzde 20-30", "supported", "nge-un-political-prisoners-share-h1-2025"),
            ],
        ),
        (
            "2022 ve 2023'te izinsiz ayrılma için 5.260 ceza davası açıldı.",
            [("5.260", "supported", "mt-proekt-awol-cases-opened-2022-2023")],
        ),
    ],
)
def test_turkish_draft(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(TURKISH + sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # years before a word of time or with an ending are periods, not figures; the
        # ending "'ten" is no "ten"
        ("Savcılık Aralık 2024'ten bu yana 14 dava açtı.", ["14"]),
        ("2024 yılında 14 dava açıldı.", ["14"]),
        ("Ocak-Mayıs 2025 döneminde 14 dava açıldı.", ["14"]),
        # a day before its month, an article of the law, a version: no figures
        ("Rapor 2 Temmuz 2026 tarihli; madde 337 uyarınca 14 dava var.", ["14"]),
        ("Çeviri, sürüm 1.4; 14 dava var.", ["14"]),
        # qualifiers after the number are read on it
        ("Türkiye'ye 400 civarında firari ulaştı.", ["400"]),
    ],
)
def test_turkish_figures(sentence: str, figures: list[str]) -> None:
    assert [it[0] for it in judge(TURKISH + sentence)] == figures


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("BM'ye göre 2022'den bu yana 50.000", ("since", "2022'den bu yana")),
        ("savcılık Aralık 2024'ten bu yana ayda", ("since", "Aralık 2024'ten bu yana")),
        ("2024 yılında ise 13.500", ("in", "2024")),
        ("Nisan 2025'te 848 karar", ("in", "Nisan 2025")),
        ("2024-2025'te cezaevlerinde", ("in", "2024-2025")),
        ("2025 baharında mahkemelere", ("in", "2025 baharında")),
        ("2025'in ilk yarısında tutukluların", ("in", "2025'in ilk yarısında")),
        ("Ekim 2025 itibarıyla firariler", ("as-of", "Ekim 2025 itibarıyla")),
        ("31 Mayıs 2025 itibarıyla 20.662", ("as-of", "31 Mayıs 2025 itibarıyla")),
        ("Aralık 2024'e kadar 50.500", ("as-of", "Aralık 2024'e kadar")),
        ("Haziran-Ağustos 2025 döneminde", ("between", "Haziran-Ağustos 2025")),
        (
            "Ocak 2024 ile Haziran 2025 arasında en az",
            ("between", "Ocak 2024 ile Haziran 2025 arasında"),
        ),
        (
            "Şubat 2022'den Haziran 2025 sonuna kadar 20.000",
            ("between", "Şubat 2022'den Haziran 2025 sonuna kadar"),
        ),
        ("2022 ve 2023'te izinsiz", ("between", "2022 ve 2023")),
        # near misses: an English year, a year with no word of time after it
        ("the 2024 report", None),
        ("2024 asker", None),
    ],
)
def test_turkish_periods(text: str, period: tuple[str, str] | None) -> None:
    found = [(p.kind, p.text) for p in _find_periods(text, 0)]
    assert found == ([period] if period else [])


@pytest.mark.parametrize(
    ("word", "concepts"),
    [
        ("firariler", ("desertion", "deserters")),
        ("yargılandı", ("prosecution", "trials")),
        ("yargilandi", ("prosecution", "trials")),
        ("mahkûm", ("convictions", "prisoners")),
        ("mahkemeye", ("courts",)),
        ("kararnamesine", ("decree",)),
        ("davası", ("cases",)),
        ("itaatsizlik", ("disobedience",)),
        ("rusya'da", ("russia",)),
        ("bm'nin", ("un",)),
        # near misses: English words hold no Turkish part
        ("shredded", ()),
        ("facility", ()),
        ("combating", ()),
        ("cadaver", ()),
    ],
)
def test_turkish_concepts(word: str, concepts: tuple[str, ...]) -> None:
    assert turkish.concepts(word) == concepts


def test_stop_words_are_no_concepts() -> None:
    assert not [w for w in turkish.STOP if turkish.concepts(w)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (TURKISH, "Turkish"),
        # Romanian writes "ş" too, with none of Turkish's "ı" and "ğ"
        (
            "Acest articol este o traducere, iar cifrele din el au fost verificate. "
            "Traducătorul spune că sursele sunt citate şi că tot ce nu a fost găsit a fost "
            "marcat.",
            "Romanian",
        ),
    ],
)
def test_turkish_named(text: str, language: str | None) -> None:
    assert unread_language(text) == language
