"""The quantity parser on Russian: number words in their cases, scales, qualifiers,
currencies before and after the number with kopecks, shares and ranges; and Russian number
words formatted from integers read back."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desertcheck.quantity import parse_quantities

Row = tuple[float, float, str, str | None, str]  # low, high, qualifier, unit, span

RUSSIAN: list[tuple[str, list[Row]]] = [
    # number words, every case
    ("погибли тридцать три человека", [(33, 33, "exactly", "человека", "тридцать три")]),
    ("пришли двадцать тысяч человек", [(20000, 20000, "exactly", "человек", "двадцать тысяч")]),
    ("уехали полтора миллиона", [(1.5e6, 1.5e6, "exactly", None, "полтора миллиона")]),
    ("около полутора тысяч", [(1500, 1500, "about", None, "около полутора тысяч")]),
    (
        "проверила пятьсот двадцать семь участков",
        [(527, 527, "exactly", "участков", "пятьсот двадцать семь")],
    ),
    (
        "более двухсот пятидесяти человек",
        [(250, 250, "over", "человек", "более двухсот пятидесяти")],
    ),
    ("с тридцатью тремя задержанными", [(33, 33, "exactly", "задержанными", "тридцатью тремя")]),
    ("свыше трёх тысяч участников", [(3000, 3000, "over", "участников", "свыше трёх тысяч")]),
    ("Миллион россиян", [(1e6, 1e6, "exactly", "россиян", "Миллион")]),
    ("около тысячи человек", [(1000, 1000, "about", "человек", "около тысячи")]),
    ("Больше сорока человек", [(40, 40, "over", "человек", "Больше сорока")]),
    (
        "двенадцать с половиной тысяч подписей",
        [(12500, 12500, "exactly", "подписей", "двенадцать с половиной тысяч")],
    ),
    (
        "Две с половиной тысячи солдат",
        [(2500, 2500, "exactly", "солдат", "Две с половиной тысячи")],
    ),
    (
        "восемьсот восемьдесят одна тысяча девятьсот тринадцать",
        [
            (
                881913,
                881913,
                "exactly",
                None,
                "восемьсот восемьдесят одна тысяча девятьсот тринадцать",
            )
        ],
    ),
    # plural scales without a number stay vague amounts
    ("тысячи людей вышли", [(1000, 9999, "between", "людей", "тысячи")]),
    ("десятки тысяч человек", [(10000, 99999, "between", "человек", "десятки тысяч")]),
    # a bare "один" is a pronoun as often as a number
    ("один из них", []),
    # percent words
    ("на двенадцать процентов", [(12, 12, "exactly", "percent", "двенадцать процентов")]),
    ("на 12 процентов", [(12, 12, "exactly", "percent", "12 процентов")]),
    ("до 12\u00a0%", [(12, 12, "up-to", "percent", "до 12\u00a0%")]),
    # qualifiers
    ("не менее 5 человек", [(5, 5, "at-least", "человек", "не менее 5")]),
    ("почти 900 человек", [(900, 900, "nearly", "человек", "почти 900")]),
    ("порядка 2 млрд рублей", [(2e9, 2e9, "about", "RUB", "порядка 2 млрд рублей")]),
    ("максимум 15 лет", [(15, 15, "up-to", "лет", "максимум 15")]),
    ("с 1000 и более сотрудников", [(1000, 1000, "at-least", "сотрудников", "1000 и более")]),
    ("Безработица выросла до 12 %.", [(12, 12, "exactly", "percent", "12 %")]),
    # scales and compounds
    ("2 млн 300 тыс. рублей", [(2.3e6, 2.3e6, "exactly", "RUB", "2 млн 300 тыс. рублей")]),
    ("Четверть миллиона жителей", [(250000, 250000, "exactly", "жителей", "Четверть миллиона")]),
    ("1,5 млн", [(1.5e6, 1.5e6, "exactly", None, "1,5 млн")]),
    ("в 1,5 раза", [(1.5, 1.5, "exactly", "раза", "1,5")]),
    ("100к подписчиков", [(100000, 100000, "exactly", "подписчиков", "100к")]),
    # currencies after the number, with kopecks
    ("45 000 ₽ в месяц", [(45000, 45000, "exactly", "RUB", "45 000 ₽")]),
    ("2 134 472,44 рубля", [(2134472.44, 2134472.44, "exactly", "RUB", "2 134 472,44 рубля")]),
    (
        "124 451 рубль 50 копеек",
        [(124451.5, 124451.5, "exactly", "RUB", "124 451 рубль 50 копеек")],
    ),
    ("20 тысяч долларов", [(20000, 20000, "exactly", "USD", "20 тысяч долларов")]),
    ("2,2 млн.руб.", [(2.2e6, 2.2e6, "exactly", "RUB", "2,2 млн.руб")]),
    ("Премия составит 300 евро.", [(300, 300, "exactly", "EUR", "300 евро")]),
    ("1 030 р. за штуку", [(1030, 1030, "exactly", "RUB", "1 030 р.")]),
    ("17 940,00 руб", [(17940, 17940, "exactly", "RUB", "17 940,00 руб")]),
    ("Бюджет — 1,2 трлн ₽.", [(1.2e12, 1.2e12, "exactly", "RUB", "1,2 трлн ₽")]),
    # shares
    ("Семь из десяти опрошенных", [(0.7, 0.7, "exactly", "share", "Семь из десяти")]),
    ("две трети россиян", [(2 / 3, 2 / 3, "exactly", "share", "две трети")]),
    # ranges, and the two values of a change
    ("от 30 до 50 тысяч рублей", [(30000, 50000, "between", "RUB", "от 30 до 50 тысяч рублей")]),
    (
        "Зарплаты выросли с 40 до 55 тысяч рублей.",
        [
            (40000, 40000, "exactly", "RUB", "40"),
            (55000, 55000, "exactly", "RUB", "55 тысяч рублей"),
        ],
    ),
    ("между 5 и 10 %", [(5, 10, "between", "percent", "между 5 и 10 %")]),
    # dates, years and references are no figures
    ("15 сентября 2025 года", []),
    ("статья 337 УК", []),
    ("в 2024 году", []),
]


@pytest.mark.parametrize(("text", "expected"), RUSSIAN, ids=[t for t, _ in RUSSIAN])
def test_russian(text: str, expected: list[Row]) -> None:
    assert_reads(text, expected)


def assert_reads(text: str, expected: list[Row]) -> None:
    """The parser reads ``text`` as the rows say, figure by figure."""
    got = parse_quantities(text)
    assert len(got) == len(expected), [(q.low, q.high, q.qualifier, q.unit, q.text) for q in got]
    for q, (low, high, qualifier, unit, span) in zip(got, expected, strict=True):
        assert math.isclose(q.low, low) and math.isclose(q.high, high), q
        assert (q.qualifier, q.unit, q.text) == (qualifier, unit, span)


@dataclass(frozen=True)
class Numerals:
    """A language's number words, for writing integers out in words."""

    units_m: list[str]  # 0-9 (0 unused), masculine
    units_f: list[str]  # 0-9, feminine (before "тысяча")
    teens: list[str]  # 10-19
    tens: list[str]  # 0-90 by tens (0 and 10 unused)
    hundreds: list[str]  # 0-900 by hundreds (0 unused)
    millions: tuple[str, str, str]  # one, two-four, five and more
    thousands: tuple[str, str, str]


RUSSIAN_NUMERALS = Numerals(
    units_m=["_", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
    units_f=["_", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
    teens=[
        "десять",
        "одиннадцать",
        "двенадцать",
        "тринадцать",
        "четырнадцать",
        "пятнадцать",
        "шестнадцать",
        "семнадцать",
        "восемнадцать",
        "девятнадцать",
    ],
    tens=[
        "_",
        "_",
        "двадцать",
        "тридцать",
        "сорок",
        "пятьдесят",
        "шестьдесят",
        "семьдесят",
        "восемьдесят",
        "девяносто",
    ],
    hundreds=[
        "_",
        "сто",
        "двести",
        "триста",
        "четыреста",
        "пятьсот",
        "шестьсот",
        "семьсот",
        "восемьсот",
        "девятьсот",
    ],
    millions=("миллион", "миллиона", "миллионов"),
    thousands=("тысяча", "тысячи", "тысяч"),
)


def _below_thousand(n: int, units: list[str], numerals: Numerals) -> list[str]:
    words = []
    if n >= 100:
        words.append(numerals.hundreds[n // 100])
    rest = n % 100
    if 10 <= rest < 20:
        words.append(numerals.teens[rest - 10])
    else:
        if rest >= 20:
            words.append(numerals.tens[rest // 10])
        if rest % 10:
            words.append(units[rest % 10])
    return words


def _form(n: int, forms: tuple[str, str, str]) -> str:
    if n % 100 in range(11, 20) or n % 10 in (0, 5, 6, 7, 8, 9):
        return forms[2]
    return forms[0] if n % 10 == 1 else forms[1]


def in_words(n: int, numerals: Numerals) -> str:
    """``n`` (1 < n < 10**9) in words, in the nominative (Russian and Ukrainian agree the
    scale word with its number alike)."""
    words: list[str] = []
    for scale, forms, units in (
        (10**6, numerals.millions, numerals.units_m),
        (10**3, numerals.thousands, numerals.units_f),
    ):
        group = n // scale % 1000
        if group:
            words += [*_below_thousand(group, units, numerals), _form(group, forms)]
    words += _below_thousand(n % 1000, numerals.units_m, numerals)
    return " ".join(words)


def russian_words(n: int) -> str:
    """``n`` (1 < n < 10**9) in Russian words, in the nominative."""
    return in_words(n, RUSSIAN_NUMERALS)


@settings(max_examples=80, deadline=None)
@given(n=st.integers(min_value=2, max_value=999_999_999))
def test_russian_words_read_back(n: int) -> None:
    words = russian_words(n)
    got = parse_quantities(f"Всего {words} случаев.")
    assert [(q.low, q.text) for q in got] == [(n, words)]


@settings(max_examples=40, deadline=None)
@given(n=st.integers(min_value=2, max_value=999_999_999))
def test_russian_digits_with_roubles_read_back(n: int) -> None:
    grouped = f"{n:,}".replace(",", "\u00a0")
    (q,) = parse_quantities(f"Выплатили {grouped} рублей.")
    assert (q.low, q.unit, q.text) == (n, "RUB", f"{grouped} рублей")
