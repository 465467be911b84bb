"""A Bulgarian draft is named Bulgarian, not read as Russian: its words of the field by their
beginnings ("войници" is soldiers, not "войн", war; "осъдени", "съдилищата",
"самоотлъчка"), its stop words weighing nothing; numbers with a space for thousands and a
decimal comma; scale words ("15–20 хиляди", "2,4 милиона"); qualifiers before a number
("над", "близо", "най-малко", "приблизително"), ranges ("между 700 и 800"), number words
("девет"), words for many ("десетки хиляди"), shares ("две трети"), rates ("месечно", "на
месец", "на работен ден"), "от тях" pointing back, and periods ("от 2022 г. насам", "през
2024 г.", "към октомври 2025 г.", "от януари до май 2025 г."), their years no figures. The
drafts are written for these tests; the claims are the shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit import bulgarian
from desertcheck.audit.language import unread_language
from desertcheck.audit.periods import _find_periods

from .test_audit_reading2 import judge

#: Sentences before the one under test, so that the draft reads as Bulgarian.
BULGARIAN = (
    "Това е превод от английски, а числата в него са проверени от редакцията. Според "
    "преводача източниците са посочени, като това, което не е открито, е отбелязано "
    "отделно към текста.\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "над" is over; "50 000" a number with a space of thousands
        (
            "Според ООН от 2022 г. насам от руската армия са дезертирали над 50 000 войници.",
            [("50 000", "supported", "euaa-un-desertions-since-2022")],
        ),
        # "близо" is nearly
        (
            "Дезертьорите са близо 10% от руските войски, изпратени в Украйна.",
            [("10%", "supported", "euaa-un-deserters-share-of-deployed")],
        ),
        # "най-малко" is at least: the claim's nearly 3,380 drifts
        (
            "Към декември 2024 г. в Източния военен окръг са докладвани най-малко 3 380 "
            "случая на дезертьорство.",
            [("3 380", "qualifier-drift", "euaa-frontelligence-desertions-eastern-md-dec-2024")],
        ),
        # a decimal comma before a scale word; "около" is about
        (
            "Указът на Путин увеличава числеността на въоръжените сили до около 2,4 милиона.",
            [("около 2,4 милиона", "supported", "isl-putin-decree-armed-forces-size")],
        ),
        # a range between two numbers, a rate after it
        (
            "До пролетта на 2025 г. съдилищата произнасят между 700 и 800 осъдителни "
            "присъди на месец.",
            [("между 700 и 800", "supported", "isl-mediazona-convictions-per-month-spring-2025")],
        ),
        (
            "През април 2025 г. военните съдилища са издали средно по 38 решения на работен ден.",
            [("38", "supported", "isl-mediazona-verdicts-per-working-day-april-2025")],
        ),
        # "от тях" (of them) points back
        (
            "Към края на май 2025 г. в съдилищата са постъпили дела срещу 20 662 мъже; "
            "17 721 от тях са осъдени.",
            [
                ("20 662", "supported", "isl-mediazona-refusal-to-serve-defendants-may-2025"),
                ("17 721", "supported", "isl-mediazona-refusal-to-serve-convictions-may-2025"),
            ],
        ),
        (
            "Делата срещу дезертьори и самоотлъчили се войници са десетки хиляди.",
            [("десетки хиляди", "supported", "euaa-lawyer-desertion-awol-criminal-cases")],
        ),
        # a spaced en dash right before a figure says "is", as an em dash does: the words
        # before it are the figure's
        (
            "Максималното наказание за самоволно отсъствие е 10 години, за неизпълнение на "
            "заповед – три години.",
            [
                ("10", "supported", "isl-awol-max-sentence"),
                ("три", "supported", "isl-disobedience-max-sentence"),
            ],
        ),
        # "only" between the dash and the figure: the dash still says "is"
        (
            "През 2023 г. за неподчинение са осъдени 289 души, а за петте години преди "
            "това – само девет.",
            [
                ("289", "supported", "mt-proekt-disobedience-convictions-2023"),
                ("девет", "supported", "mt-proekt-disobedience-convictions-2018-2022"),
            ],
        ),
        # a span of months in one year
        (
            "От януари до май 2025 г. украинските съдилища са получили 2355 такива дела.",
            [("2355", "supported", "isl-ukraine-court-cases-jan-may-2025")],
        ),
        (
            "През 2023 г. пред съда са се изправили 5593 войници, а съдилищата осъждат "
            "около 100 души седмично.",
            [
                ("5593", "supported", "mt-mediazona-refusal-to-serve-trials-2023"),
                (
                    "около 100",
                    "supported",
                    "mt-mediazona-refusal-to-serve-convictions-per-week-2023",
                ),
            ],
        ),
    ],
)
def test_bulgarian_draft(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(BULGARIAN + sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # years with "г." after them are periods, not figures
        ("През 2024 г. са образувани 14 дела.", ["14"]),
        ("Указът от 2024 г. засяга 14 дела.", ["14"]),
        # a date, an article of the law, a page: no figures
        ("София, 8 юли 2026 г.: образувани са 14 дела.", ["14"]),
        ("По чл. 337 са образувани 14 дела.", ["14"]),
    ],
)
def test_bulgarian_figures(sentence: str, figures: list[str]) -> None:
    assert [it[0] for it in judge(BULGARIAN + sentence)] == figures


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("от 2022 г. насам са", ("since", "от 2022 г. насам")),
        ("от декември 2024 г. насам", ("since", "от декември 2024 г. насам")),
        ("от началото на инвазията са", ("since", "от началото на инвазията")),
        # the invasion's place and year date the invasion: one period, since it began
        (
            "от началото на пълномащабната инвазия в Украйна през 2022 г., се посочва",
            ("since", "от началото на пълномащабната инвазия в Украйна през 2022 г."),
        ),
        ("по време на войната са", ("since", "по време на войната")),
        ("през 2024 г. са", ("in", "през 2024 г.")),
        ("през април 2025 г. са", ("in", "през април 2025 г.")),
        (
            "през първата половина на 2025 г. са",
            ("in", "през първата половина на 2025 г."),
        ),
        ("към октомври 2025 г. са", ("as-of", "към октомври 2025 г.")),
        ("към лятото на 2025 г. са", ("as-of", "към лятото на 2025 г.")),
        ("към края на май 2025 г. са", ("as-of", "към края на май 2025 г.")),
        ("до пролетта на 2025 г. са", ("as-of", "до пролетта на 2025 г.")),
        (
            "между ноември 2024 г. и юли 2025 г. са",
            ("between", "между ноември 2024 г. и юли 2025 г."),
        ),
        (
            "между 2024 г. и средата на 2025 г. са",
            ("between", "между 2024 г. и средата на 2025 г."),
        ),
        ("от януари до май 2025 г. са", ("between", "от януари до май 2025 г.")),
        ("през 2022–2023 г. са", ("between", "през 2022–2023 г.")),
        # near misses: the decree of 2024 is no period's start; an English year
        ("указът от 2024 г. увеличава", None),
        ("the 2024 report", None),
    ],
)
def test_bulgarian_periods(text: str, period: tuple[str, str] | None) -> None:
    found = [(p.kind, p.text) for p in _find_periods(text, 0)]
    assert found == ([period] if period else [])


@pytest.mark.parametrize(
    ("word", "concepts"),
    [
        ("войници", ("soldiers",)),
        ("дезертьорство", ("desertion", "deserters")),
        ("самоотлъчка", ("awol", "absence", "unauthorised")),
        ("осъдени", ("convictions", "convicted")),
        ("съдилищата", ("courts",)),
        ("наказателни", ("criminal",)),
        ("присъди", ("verdicts", "convictions")),
        # near misses: Russian words of another meaning hold no Bulgarian beginning
        ("война", ()),
        ("указал", ()),
        ("суд", ()),
        ("края", ()),
    ],
)
def test_bulgarian_concepts(word: str, concepts: tuple[str, ...]) -> None:
    assert bulgarian.concepts(word) == concepts


def test_stop_words_are_no_concepts() -> None:
    assert not [w for w in bulgarian.STOP if bulgarian.concepts(w)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (BULGARIAN, "Bulgarian"),
        # Russian shares "и", "в", "на", "от", not "са", "към", "през" or the hard sign
        # before a consonant; a battalion ("батальон") is Russian
        (
            "По данным ООН, с 2022 года из российской армии дезертировали более 50 тысяч "
            "военнослужащих. Из них около 16 тысяч были привлечены к ответственности, "
            "а батальон был отправлен на фронт, как это было и в прошлом году.",
            None,
        ),
    ],
)
def test_bulgarian_named(text: str, language: str | None) -> None:
    assert unread_language(text) == language
