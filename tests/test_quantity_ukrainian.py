"""The quantity parser on Ukrainian: number words in their cases (with the apostrophe as
it is written: ``'``, ``’``, ``ʼ``), scales after digits, the decimal comma and the space
between thousands, qualifiers, vague amounts, per cent words, ranges, dates and years; and
Ukrainian number words formatted from integers read back. Russian is read as before
(``tests/test_quantity_russian.py``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desertcheck.quantity import parse_quantities

from .test_quantity_russian import Numerals, Row, assert_reads, in_words

UKRAINIAN: list[tuple[str, list[Row]]] = [
    # scales after digits, the decimal comma, the space between thousands
    ("Понад 50 тисяч солдатів", [(50000, 50000, "over", "солдатів", "Понад 50 тисяч")]),
    ("близько 16 000 справ", [(16000, 16000, "about", "справ", "близько 16 000")]),
    (
        "більше ніж 13,5 тис. вироків",
        [(13500, 13500, "over", "вироків", "більше ніж 13,5 тис.")],
    ),
    (
        "приблизно 2,4 мільйона людей",
        [(2.4e6, 2.4e6, "about", "людей", "приблизно 2,4 мільйона")],
    ),
    ("3 мільярди гривень", [(3e9, 3e9, "exactly", "UAH", "3 мільярди гривень")]),
    ("20 мільйонів", [(2e7, 2e7, "exactly", None, "20 мільйонів")]),
    # qualifiers
    ("майже 10% військових", [(10, 10, "nearly", "percent", "майже 10%")]),
    ("щонайменше 912 осіб", [(912, 912, "at-least", "осіб", "щонайменше 912")]),
    ("принаймні 912 осіб", [(912, 912, "at-least", "осіб", "принаймні 912")]),
    ("не менше ніж 912 осіб", [(912, 912, "at-least", "осіб", "не менше ніж 912")]),
    ("менше ніж 20 тисяч", [(20000, 20000, "up-to", None, "менше ніж 20 тисяч")]),
    ("щонайбільше 5 років", [(5, 5, "up-to", "років", "щонайбільше 5")]),
    ("1000 і більше справ", [(1000, 1000, "at-least", "справ", "1000 і більше")]),
    # "до" after a verb of change is "to", not "up to", as Russian "до" is
    ("Безробіття зросло до 12 %.", [(12, 12, "exactly", "percent", "12 %")]),
    # ranges
    (
        "від 700 до 800 вироків на місяць",
        [(700, 800, "between", "вироків", "від 700 до 800")],
    ),
    ("між 200 і 900 справ", [(200, 900, "between", "справ", "між 200 і 900")]),
    # number words, their cases and the apostrophe
    ("понад двадцять тисяч", [(20000, 20000, "over", None, "понад двадцять тисяч")]),
    ("п'ятдесят тисяч", [(50000, 50000, "exactly", None, "п'ятдесят тисяч")]),
    ("сорок п’ять тисяч", [(45000, 45000, "exactly", None, "сорок п’ять тисяч")]),
    ("дев\u02bcятсот сімдесят", [(970, 970, "exactly", None, "дев\u02bcятсот сімдесят")]),
    ("до трьох років", [(3, 3, "up-to", "років", "до трьох")]),
    ("двісті тридцять одна особа", [(231, 231, "exactly", "особа", "двісті тридцять одна")]),
    ("півтора мільйона", [(1.5e6, 1.5e6, "exactly", None, "півтора мільйона")]),
    ("близько тисячі справ", [(1000, 1000, "about", "справ", "близько тисячі")]),
    ("двадцять відсотків", [(20, 20, "exactly", "percent", "двадцять відсотків")]),
    ("12 відсотків", [(12, 12, "exactly", "percent", "12 відсотків")]),
    # vague amounts, read as the Russian ones are
    ("тисячі людей вийшли", [(1000, 9999, "between", "людей", "тисячі")]),
    ("десятки тисяч справ", [(10000, 99999, "between", "справ", "десятки тисяч")]),
    ("сотні тисяч людей", [(1e5, 999999, "between", "людей", "сотні тисяч")]),
    ("кілька тисяч осіб", [(2000, 9000, "between", "осіб", "кілька тисяч")]),
    # dates and years are no figures
    ("15 травня 2024 року", []),
    ("у 2024 році", []),
    ("станом на 30 червня", []),
    ("протягом 2022–2023 років", []),
]


@pytest.mark.parametrize(("text", "expected"), UKRAINIAN, ids=[t for t, _ in UKRAINIAN])
def test_ukrainian(text: str, expected: list[Row]) -> None:
    assert_reads(text, expected)


UKRAINIAN_NUMERALS = Numerals(
    units_m=["_", "один", "два", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять"],
    units_f=["_", "одна", "дві", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять"],
    teens=[
        "десять",
        "одинадцять",
        "дванадцять",
        "тринадцять",
        "чотирнадцять",
        "п'ятнадцять",
        "шістнадцять",
        "сімнадцять",
        "вісімнадцять",
        "дев'ятнадцять",
    ],
    tens=[
        "_",
        "_",
        "двадцять",
        "тридцять",
        "сорок",
        "п'ятдесят",
        "шістдесят",
        "сімдесят",
        "вісімдесят",
        "дев'яносто",
    ],
    hundreds=[
        "_",
        "сто",
        "двісті",
        "триста",
        "чотириста",
        "п'ятсот",
        "шістсот",
        "сімсот",
        "вісімсот",
        "дев'ятсот",
    ],
    millions=("мільйон", "мільйони", "мільйонів"),
    thousands=("тисяча", "тисячі", "тисяч"),
)


def ukrainian_words(n: int, apostrophe: str = "'") -> str:
    """``n`` (1 < n < 10**9) in Ukrainian words, in the nominative."""
    return in_words(n, UKRAINIAN_NUMERALS).replace("'", apostrophe)


@settings(max_examples=80, deadline=None)
@given(n=st.integers(min_value=2, max_value=999_999_999), apostrophe=st.sampled_from("'’ʼ"))
def test_ukrainian_words_read_back(n: int, apostrophe: str) -> None:
    words = ukrainian_words(n, apostrophe)
    got = parse_quantities(f"Усього {words} випадків.")
    assert [(q.low, q.text) for q in got] == [(n, words)]


@settings(max_examples=40, deadline=None)
@given(n=st.integers(min_value=2, max_value=999_999_999))
def test_ukrainian_digits_with_hryvnias_read_back(n: int) -> None:
    grouped = f"{n:,}".replace(",", "\u00a0")
    (q,) = parse_quantities(f"Виплатили {grouped} гривень.")
    assert (q.low, q.unit, q.text) == (n, "UAH", f"{grouped} гривень")
