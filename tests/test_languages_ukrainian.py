"""Drafts in Ukrainian: words, periods, rates, the language note, and sentences judged
against the shipped registry's claims (all quoted in English). The sentences are written
for these tests. A Russian draft's words are read as before."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from desertcheck.audit.language import unread_language
from desertcheck.audit.lexicon import russian_concepts
from desertcheck.audit.periods import find_periods
from desertcheck.audit.russian import STOP, STOP_STEMS, stem
from desertcheck.audit.terms import _concepts, _word_terms, terms, words

from .test_audit_reading2 import judge

PROJECT = Path(__file__).parent.parent


def stems(text: str) -> list[str]:
    return [found[0] for _, _, found in words(text)]


# -- words ----------------------------------------------------------------------------------


def test_ukrainian_words_meet_english_claims_through_the_lexicon() -> None:
    assert "desert" in terms("дезертирство")
    assert "desert" in terms("дезертирів")
    assert {"awol", "absenc"} <= set(terms("самовільне залишення частини"))
    assert {"awol", "absenc"} <= set(terms("СЗЧ"))
    assert "verdict" in terms("вироків")
    assert "verdict" in terms("вироки")
    assert "case" in terms("справ")
    assert "case" in terms("справи")
    assert "convict" in terms("засуджено")
    assert "convict" in terms("засуджених")
    assert "prosecut" in terms("обвинувачення")
    assert "prosecut" in terms("переслідування")
    assert "refus" in terms("відмова")
    assert "refus" in terms("відмовників")
    assert "disobedienc" in terms("непокора")
    assert "soldi" in terms("військовослужбовців")


def test_ukrainian_inflections_share_a_stem() -> None:
    for forms in (
        "вирок вироку вироки вироків вироками",
        "справ справи справах справі",
        "засуджено засуджені засуджених",
        "військовий військового військові військових",
        "дезертир дезертира дезертири дезертирів",
    ):
        found = {tuple(stems(w)) for w in forms.split()}
        assert len(found) == 1 and len(next(iter(found))) == 1, (forms, found)


@pytest.mark.parametrize("apostrophe", ["'", "’", "ʼ"])
def test_the_apostrophe_inside_a_word_keeps_it_one_word(apostrophe: str) -> None:
    assert stems(f"в{apostrophe}язнів") == stems("вязнів")
    assert "prison" in terms(f"ув{apostrophe}язнення")


def test_ukrainian_stop_words_and_time_words_are_dropped() -> None:
    text = "понад 20 тисяч справ у 2024 році, за даними суду, що також станом на травня"
    assert stems(text) == ["справ", "суд"]


_CYRILLIC = re.compile(r"[\u0400-\u04ff]+")
_UKRAINIAN_LETTERS = re.compile(r"[іїєґ]")


def _russian_terms(word: str) -> tuple[str, ...]:
    """A Cyrillic word's terms as the Russian path alone reads it."""
    w = word.casefold().replace("ё", "е")
    if w in STOP or stem(w) in STOP_STEMS:
        return ()
    return (stem(w), *_concepts(russian_concepts(stem(w))))


def test_a_russian_draft_is_read_as_before() -> None:
    # every Cyrillic word of the labelled sets' Russian drafts has the terms the Russian
    # path gives it: no Ukrainian stop word, stem or lexicon entry reaches a Russian word
    drafts = [
        "audit_third/russian-digest.md",
        "audit_fourth/telegram-thread-ru.md",
        "audit_fifth/bilingual-feature.md",
        "audit_sixth/live-blog.md",
        "audit_sixth/interview-qa.md",
        "audit_eighth/russian-news.md",
        "audit_seventeenth/intake-guide.md",
    ]
    seen = 0
    for name in drafts:
        text = (PROJECT / "tests" / "data" / name).read_text(encoding="utf-8")
        for word in _CYRILLIC.findall(text):
            if len(word) < 2 or _UKRAINIAN_LETTERS.search(word.casefold()):
                continue
            assert _word_terms(word) == _russian_terms(word), word
            seen += 1
    assert seen > 500


# -- periods --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("У 2024 році суди", "in", date(2024, 1, 1), date(2024, 12, 31)),
        ("протягом 2024 року", "in", date(2024, 1, 1), date(2024, 12, 31)),
        ("у квітні 2025 року", "in", date(2025, 4, 1), date(2025, 4, 30)),
        ("у першій половині 2025 року", "in", date(2025, 1, 1), date(2025, 6, 30)),
        ("у 2024–2025 роках", "in", date(2024, 1, 1), date(2025, 12, 31)),
        ("Навесні 2025 року", "in", date(2025, 3, 1), date(2025, 5, 31)),
        ("з 2022 року", "since", date(2022, 1, 1), date(2022, 12, 31)),
        ("з початку повномасштабного вторгнення", "since", date(2022, 2, 24), date(2022, 2, 24)),
        ("з початку війни", "since", date(2022, 2, 24), date(2022, 2, 24)),
        ("станом на кінець травня 2025 року", "as-of", date(2025, 5, 1), date(2025, 5, 31)),
        ("станом на 30 червня 2025 року", "as-of", date(2025, 6, 1), date(2025, 6, 30)),
        ("за січень–травень 2025 року", "between", date(2025, 1, 1), date(2025, 5, 31)),
        ("з січня по травень 2025 року", "between", date(2025, 1, 1), date(2025, 5, 31)),
    ],
)
def test_ukrainian_period_words(text: str, kind: str, start: date, end: date) -> None:
    (period,) = find_periods(text)
    assert (period.kind, period.a[0], period.b[1]) == (kind, start, end)


def test_a_year_after_u_needs_its_word() -> None:
    # "у 2000 военных": Russian writes "у" before a count; a Ukrainian year has its word
    assert find_periods("у 2000 военных") == []
    assert [p.kind for p in find_periods("у 2000 році")] == ["in"]


# -- the language note ----------------------------------------------------------------------


def test_a_ukrainian_draft_gets_no_note() -> None:
    text = (
        "Як повідомляє ООН, з початку вторгнення понад 50 тисяч військових дезертирували. "
        "Також у 2024 році було засуджено понад 13 500 осіб, які відмовилися від служби, "
        "що є рекордом. Це не остання цифра, зазначили для видання."
    )
    assert unread_language(text) is None


# -- sentences against the shipped registry -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # supported: scale words, qualifiers, number words, periods, rates
        (
            "З початку повномасштабного вторгнення понад 50 тисяч російських військових "
            "дезертирували, за даними ООН.",
            [("понад 50 тисяч", "supported", "nge-un-desertions-since-2022")],
        ),
        (
            "З початку вторгнення з армії дезертирували близько 50 000 військових.",
            [("близько 50 000", "supported", "nge-un-desertions-since-2022")],
        ),
        (
            "За дезертирство загрожує до 15 років позбавлення волі.",
            [("до 15", "supported", "isl-desertion-max-sentence")],
        ),
        (
            "За самовільне залишення частини (СЗЧ) загрожує до десяти років ув'язнення.",
            [("до десяти", "supported", "isl-awol-max-sentence")],
        ),
        (
            "За непокору наказу загрожує до трьох років позбавлення волі.",
            [("до трьох", "supported", "isl-disobedience-max-sentence")],
        ),
        (
            "У квітні 2025 року військові суди винесли 848 вироків у справах про відмову "
            "від служби.",
            [("848", "supported", "isl-mediazona-verdicts-april-2025")],
        ),
        (
            "У середньому суди виносили 38 вироків за робочий день.",
            [("38", "supported", "isl-mediazona-verdicts-per-working-day-april-2025")],
        ),
        (
            "Навесні 2025 року суди щомісяця засуджували від 700 до 800 військових.",
            [("від 700 до 800", "supported", "isl-mediazona-convictions-per-month-spring-2025")],
        ),
        (
            "Навесні 2025 року суди щомісяця отримували близько 1000 нових справ.",
            [("близько 1000", "supported", "isl-mediazona-new-cases-per-month-spring-2025")],
        ),
        (
            "Щомісяця Росія вербує від 40 до 45 тисяч осіб.",
            [("від 40 до 45 тисяч", "supported", "isl-zelensky-russian-recruits-per-month")],
        ),
        (
            "У 2023 році за непокору засудили 289 військових.",
            [("289", "supported", "mt-proekt-disobedience-convictions-2023")],
        ),
        (
            "Приблизно 200 тисяч в'язнів завербували до армії з 2022 року.",
            [("Приблизно 200 тисяч", "supported", "nge-un-prisoners-recruited-since-2022")],
        ),
        (
            "Упродовж 2022–2023 років відкрито 5260 справ про самовільне залишення частини.",
            [("5260", "supported", "mt-proekt-awol-cases-opened-2022-2023")],
        ),
        (
            "Десятки тисяч кримінальних справ про дезертирство та СЗЧ, за словами адвоката.",
            [("Десятки тисяч", "supported", "euaa-lawyer-desertion-awol-criminal-cases")],
        ),
        (
            "За січень–травень 2025 року в Росії порушили 4350 справ.",
            [("4350", "supported", "isl-mediazona-russia-new-cases-jan-may-2025")],
        ),
        (
            "З грудня 2024 року в Україні щомісяця відкривають від 15 000 до 20 000 справ про СЗЧ.",
            [
                (
                    "від 15 000 до 20 000",
                    "supported",
                    "isl-ukraine-new-cases-per-month-since-dec-2024",
                )
            ],
        ),
        (
            "Щомісяця до суду передають від 200 до 900 таких справ.",
            [("від 200 до 900", "supported", "isl-ukraine-cases-sent-to-court-per-month")],
        ),
        (
            "У 66,7% судових розглядів обвинувачені просили звільнити їх від відповідальності.",
            [("66,7%", "supported", "isl-ukraine-exemption-requests-share-of-trials")],
        ),
        (
            "За січень–травень 2025 року українські суди отримали 2355 справ.",
            [("2355", "supported", "isl-ukraine-court-cases-jan-may-2025")],
        ),
        (
            "Влітку 2025 року Мін'юст визнав іноагентами близько 1040 осіб та організацій.",
            [("близько 1040", "supported", "nge-un-foreign-agents-summer-2025")],
        ),
        (
            "Щотижня у 2023 році суди виносили близько 100 обвинувальних вироків.",
            [
                (
                    "близько 100",
                    "supported",
                    "mt-mediazona-refusal-to-serve-convictions-per-week-2023",
                )
            ],
        ),
        (
            "У середньому за відмову воювати дають 2 роки.",
            [("2", "supported", "mt-proekt-refusal-to-fight-average-sentence")],
        ),
        # mismatch: the claim's measure, another number
        (
            "З початку повномасштабного вторгнення понад 60 тисяч російських військових "
            "дезертирували, за даними ООН.",
            [("понад 60 тисяч", "mismatch", "nge-un-desertions-since-2022")],
        ),
        (
            "За дезертирство загрожує до 12 років позбавлення волі.",
            [("до 12", "mismatch", "isl-desertion-max-sentence")],
        ),
        (
            "У квітні 2025 року військові суди винесли 948 вироків у справах про відмову "
            "від служби.",
            [("948", "mismatch", "isl-mediazona-verdicts-april-2025")],
        ),
        # qualifier drift: "понад" (over) for "nearly 10%"
        (
            "Понад 10% російських військових, відправлених в Україну, дезертирували.",
            [("Понад 10%", "qualifier-drift", "euaa-un-deserters-share-of-deployed")],
        ),
        # period drift: 2023 for a 2024 count
        (
            "У 2023 році за дезертирство засуджено понад 13,5 тис. військових.",
            [("понад 13,5 тис", "period-drift", "euaa-un-desertion-convictions-2024")],
        ),
        # unsourced: no claim's words (next to a sentence that has them)
        (
            "На вулицях Києва сьогодні було 17 градусів тепла. У 2023 році за непокору "
            "засудили 289 військових.",
            [
                ("17", "unsourced", None),
                ("289", "supported", "mt-proekt-disobedience-convictions-2023"),
            ],
        ),
    ],
)
def test_ukrainian_sentences_against_the_registry(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text + "\n") == expected


@pytest.mark.parametrize(
    ("dateline", "relative", "expected"),
    [
        ("Опубліковано 3 березня 2024 року", "Торік", "supported"),
        ("Опубліковано 3 березня 2024 року", "У минулому році", "supported"),
        ("Київ, 15 січня 2025 року", "Минулого року", "period-drift"),
        ("Опубліковано 3 березня 2023 року", "Цього року", "supported"),
    ],
)
def test_relative_years_are_read_against_a_ukrainian_dateline(
    dateline: str, relative: str, expected: str
) -> None:
    # the claim: 289 convictions for disobedience in 2023
    text = f"{dateline}\n\n{relative} за непокору засудили 289 військових.\n"
    assert judge(text) == [("289", expected, "mt-proekt-disobedience-convictions-2023")]
