"""The quantity parser's grammar, English: one row per failure kind of the second round
and per grammar rule, spans, and numbers formatted in a dozen styles read back."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desertcheck.quantity import parse_quantities
from desertcheck.quantity.context import qualifier_before, qualifier_search
from desertcheck.quantity.patterns import QUAL_WINDOW
from desertcheck.quantity.words import QUALIFIER_WORDS

Row = tuple[float, float, str, str | None, str]  # low, high, qualifier, unit, span


def _check(text: str, expected: list[Row]) -> None:
    got = parse_quantities(text)
    assert len(got) == len(expected), [(q.low, q.high, q.qualifier, q.unit, q.text) for q in got]
    for q, (low, high, qualifier, unit, span) in zip(got, expected, strict=True):
        assert math.isclose(q.low, low) and math.isclose(q.high, high), (q, low, high)
        assert q.qualifier == qualifier, q
        if unit != "*":
            assert q.unit == unit, q
        assert q.text == span, q
        assert text[q.start : q.end] == q.text


# Each row: a failure the issue names, re-run as a news sentence, read as a fact-checker
# reads it ("*" leaves the unit of a count unchecked).
FAILURE_KINDS: list[tuple[str, list[Row]]] = [
    # a figure, a word and another figure are no range unless the words make one
    (
        "Sales rose 7 per cent to 1.2 million.",
        [(7, 7, "exactly", "percent", "7 per cent"), (1.2e6, 1.2e6, "exactly", "*", "1.2 million")],
    ),
    ("It would fetch £5m-£10m.", [(5e6, 10e6, "between", "GBP", "£5m-£10m")]),
    (
        "They want between £5bn and £10bn.",
        [(5e9, 10e9, "between", "GBP", "between £5bn and £10bn")],
    ),
    ("one and a half million", [(1.5e6, 1.5e6, "exactly", None, "one and a half million")]),
    (
        "a quarter of a million homes",
        [(250000, 250000, "exactly", "homes", "a quarter of a million")],
    ),
    ("two thirds of a million", [(2e6 / 3, 2e6 / 3, "exactly", None, "two thirds of a million")]),
    ("Debt reached £2.7tn.", [(2.7e12, 2.7e12, "exactly", "GBP", "£2.7tn")]),
    ("1,000 or more", [(1000, 1000, "at-least", None, "1,000 or more")]),
    ("five hundred or more", [(500, 500, "at-least", None, "five hundred or more")]),
    # currency after the number, codes glued or between number and scale
    ("a fine of 10 €", [(10, 10, "exactly", "EUR", "10 €")]),
    ("costs 500 ₽", [(500, 500, "exactly", "RUB", "500 ₽")]),
    ("a coupon of USD3.14", [(3.14, 3.14, "exactly", "USD", "USD3.14")]),
    ("will cost 75 USD million", [(75e6, 75e6, "exactly", "USD", "75 USD million")]),
    # a currency is the unit; the noun after it is what the money is for
    ("a $48.2 million army contract", [(48.2e6, 48.2e6, "exactly", "USD", "$48.2 million")]),
    ("Twenty per cent of adults", [(20, 20, "exactly", "percent", "Twenty per cent")]),
    ("12 in six regions", [(12, 12, "exactly", None, "12"), (6, 6, "exactly", "regions", "six")]),
    ("3/4 of respondents", [(0.75, 0.75, "exactly", "share", "3/4")]),
    ("It cost $2000.", [(2000, 2000, "exactly", "USD", "$2000")]),
    ("It rises to £10.42/hour.", [(10.42, 10.42, "exactly", "GBP", "£10.42")]),
    ("a two-year high", [(2, 2, "exactly", "year", "two")]),
    ("It made 1.2bn last year.", [(1.2e9, 1.2e9, "exactly", None, "1.2bn")]),
    ("The population is 1.2 million.", [(1.2e6, 1.2e6, "exactly", None, "1.2 million")]),
    (
        "two thousand six hundred forty five names",
        [(2645, 2645, "exactly", "names", "two thousand six hundred forty five")],
    ),
    ("3 hundred and 21 cases", [(321, 321, "exactly", "cases", "3 hundred and 21")]),
    (
        "stayed above 1000 and below 1500 points",
        [(1000, 1500, "between", "*", "above 1000 and below 1500")],
    ),
    # identifiers are no figures
    ("Call +1-222-2222-2222 now.", []),
    ("Call 303-555-0147 now.", []),
    ("Звоните +7 (495) 123-45-67 или 8 (800) 555-35-35.", []),
    ("прирост +2 000 000 человек", [(2e6, 2e6, "exactly", "человек", "2 000 000")]),
    ("The I7-860BOX chip.", []),
    ("ISBN 978-3-16-148410-0", []),
    ("Leaders meet at the 12–15 December summit.", []),
    ("a 24/7 hotline", []),
]

# Each row: one grammar rule.
GRAMMAR_RULES: list[tuple[str, list[Row]]] = [
    # number words: small numbers add, hundred multiplies, scales close a group
    ("twenty-one", [(21, 21, "exactly", None, "twenty-one")]),
    ("seventy two hundred", [(7200, 7200, "exactly", None, "seventy two hundred")]),
    (
        "two million three hundred thousand",
        [(2.3e6, 2.3e6, "exactly", None, "two million three hundred thousand")],
    ),
    ("a million and one", [(1000001, 1000001, "exactly", None, "a million and one")]),
    ("a million and a half", [(1.5e6, 1.5e6, "exactly", None, "a million and a half")]),
    ("Two-and-a-half million", [(2.5e6, 2.5e6, "exactly", None, "Two-and-a-half million")]),
    ("a hundred percent", [(100, 100, "exactly", "percent", "a hundred percent")]),
    # a scale must fall: two figures, and "and" between them is a range's
    (
        "between five thousand and ten thousand",
        [(5000, 10000, "between", None, "between five thousand and ten thousand")],
    ),
    # an ordinal is no figure
    ("the twenty-first month", []),
    ("the 21st month", []),
    # compounds of digits
    ("2 million 300 thousand", [(2.3e6, 2.3e6, "exactly", None, "2 million 300 thousand")]),
    ("2½ million", [(2.5e6, 2.5e6, "exactly", None, "2½ million")]),
    ("¾ of voters", [(0.75, 0.75, "exactly", "share", "¾")]),
    # shares
    ("Nine in ten doctors", [(0.9, 0.9, "exactly", "share", "Nine in ten")]),
    ("12 in 40 raids", [(0.3, 0.3, "exactly", "share", "12 in 40")]),
    ("two of every three trials", [(2 / 3, 2 / 3, "exactly", "share", "two of every three")]),
    # a share quoted: the closing quote ends it as a full stop does
    ('she writes "close to a tenth" of them', [(0.1, 0.1, "nearly", "share", "close to a tenth")]),
    ("“a third” of them", [(1 / 3, 1 / 3, "exactly", "share", "a third")]),
    # "of" without "every" is no share: "one of three" counts one of three things
    ("one of three trials", [(3, 3, "exactly", "trials", "three")]),
    ("The number 1/0 is no value.", []),
    # a year after a preposition of another language is a year, not a count: "seit 2022
    # sind" (found in a user trial: "2022" was audited as an unsourced figure)
    ("Seit 2022 sind 500 desertiert.", [(500, 500, "exactly", "desertiert", "500")]),
    ("Im Jahr 2024 wurden 300 verurteilt.", [(300, 300, "exactly", "verurteilt", "300")]),
    ("depuis 2022, 500 soldats", [(500, 500, "exactly", "soldats", "500")]),
    ("w 2024 roku 1000 osób", [(1000, 1000, "exactly", "osób", "1000")]),
    # "N in YEAR" is a count and a year, never a share
    (
        "4,373 against 527 in 2021",
        [(4373, 4373, "exactly", None, "4,373"), (527, 527, "exactly", None, "527")],
    ),
    # ranges join two figures of one kind
    ("$30 to $50", [(30, 50, "between", "USD", "$30 to $50")]),
    ("€2,000-€3,000", [(2000, 3000, "between", "EUR", "€2,000-€3,000")]),
    ("20-30%", [(20, 30, "between", "percent", "20-30%")]),
    ("$40-45 million", [(40e6, 45e6, "between", "USD", "$40-45 million")]),
    ("one to five", [(1, 5, "between", None, "one to five")]),
    ("1 through 5", [(1, 5, "between", None, "1 through 5")]),
    # after a verb of change, "to" starts a new value
    (
        "The fare went up from $3 to $5.",
        [(3, 3, "exactly", "USD", "$3"), (5, 5, "exactly", "USD", "$5")],
    ),
    (
        "Profits rose by £2m to £14m.",
        [(2e6, 2e6, "exactly", "GBP", "£2m"), (14e6, 14e6, "exactly", "GBP", "£14m")],
    ),
    # "by X to Y": the change, then the new level, whatever form the verb takes
    (
        "Council tax will go up by £101 to £2,134.",
        [(101, 101, "exactly", "GBP", "£101"), (2134, 2134, "exactly", "GBP", "£2,134")],
    ),
    (
        "Band D up by £101 to £2,134",
        [(101, 101, "exactly", "GBP", "£101"), (2134, 2134, "exactly", "GBP", "£2,134")],
    ),
    (
        "raising the bill by £101 to £2,134",
        [(101, 101, "exactly", "GBP", "£101"), (2134, 2134, "exactly", "GBP", "£2,134")],
    ),
    (
        "Rents are rising by 5% to 10%.",
        [(5, 5, "exactly", "percent", "5%"), (10, 10, "exactly", "percent", "10%")],
    ),
    (
        "rose from 5 to 10 per cent",
        [(5, 5, "exactly", "percent", "5"), (10, 10, "exactly", "percent", "10 per cent")],
    ),
    # ...but a bare low end with a per cent high end after "by" is the change's range
    ("prices will go up by 5 to 10 per cent", [(5, 10, "between", "percent", "5 to 10 per cent")]),
    # a verb's particle "up" is no change: "made up 20 to 30 per cent" is a range
    (
        "They made up 20 to 30 per cent of detainees.",
        [(20, 30, "between", "percent", "20 to 30 per cent")],
    ),
    (
        "a law doubling the penalty for desertion from five to ten years",
        [(5, 5, "exactly", None, "five"), (10, 10, "exactly", "years", "ten")],
    ),
    # a comma after the verb of change does not join the two values
    (
        "the penalty had doubled, from five to ten years",
        [(5, 5, "exactly", None, "five"), (10, 10, "exactly", "years", "ten")],
    ),
    (
        "The fare rose, from $3 to $5.",
        [(3, 3, "exactly", "USD", "$3"), (5, 5, "exactly", "USD", "$5")],
    ),
    ("sentences from five to ten years", [(5, 10, "between", "years", "from five to ten")]),
    ("between 2% and 3%", [(2, 3, "between", "percent", "between 2% and 3%")]),
    # qualifiers before and after
    ("50 or fewer staff", [(50, 50, "up-to", "staff", "50 or fewer")]),
    ("£2,500 or less", [(2500, 2500, "up-to", "GBP", "£2,500 or less")]),
    ("homes worth £2m+", [(2e6, 2e6, "at-least", "GBP", "£2m+")]),
    ("50,000-plus deserters", [(50000, 50000, "at-least", "deserters", "50,000-plus")]),
    ("10m pounds", [(10e6, 10e6, "exactly", "GBP", "10m pounds")]),
    ("no longer than three weeks", [(3, 3, "up-to", "weeks", "no longer than three")]),
    ("in excess of £3bn", [(3e9, 3e9, "over", "GBP", "in excess of £3bn")]),
    # "over" between an amount and a span of time names the period
    (
        "It will cost 1.5bn over five years.",
        [(1.5e9, 1.5e9, "exactly", None, "1.5bn"), (5, 5, "exactly", "years", "five")],
    ),
    ("jailed for over five years", [(5, 5, "over", "years", "over five")]),
    # currencies: signs, codes and words, before and after
    ("5,000 dollars", [(5000, 5000, "exactly", "USD", "5,000 dollars")]),
    ("10 pounds", [(10, 10, "exactly", "GBP", "10 pounds")]),
    ("20 000 roubles", [(20000, 20000, "exactly", "RUB", "20 000 roubles")]),
    ("a billion pounds", [(1e9, 1e9, "exactly", "GBP", "a billion pounds")]),
    ("EUR 250 million", [(250e6, 250e6, "exactly", "EUR", "EUR 250 million")]),
    ("US$1.2bn", [(1.2e9, 1.2e9, "exactly", "USD", "US$1.2bn")]),
    ("£450k", [(450000, 450000, "exactly", "GBP", "£450k")]),
    ("35,70 €", [(35.7, 35.7, "exactly", "EUR", "35,70 €")]),
    ("2 dollars and 23 cents", [(2.23, 2.23, "exactly", "USD", "2 dollars and 23 cents")]),
    ("A$20", [(20, 20, "exactly", "AUD", "A$20")]),
    # percent words
    ("5pc", [(5, 5, "exactly", "percent", "5pc")]),
    ("Fifty-five percent", [(55, 55, "exactly", "percent", "Fifty-five percent")]),
    # the prefilter: no digit and no number word, no figure
    ("Nothing here is counted at all.", []),
]


@pytest.mark.parametrize(("text", "expected"), FAILURE_KINDS, ids=[t for t, _ in FAILURE_KINDS])
def test_failure_kinds(text: str, expected: list[Row]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), GRAMMAR_RULES, ids=[t for t, _ in GRAMMAR_RULES])
def test_grammar_rules(text: str, expected: list[Row]) -> None:
    _check(text, expected)


def test_no_span_ends_in_a_full_stop() -> None:
    for text in ("It is 1.2 million.", "It is $27 trillion.", "Это 300 тыс.", "Это 5 руб."):
        (q,) = parse_quantities(text)
        assert not q.text.endswith("."), q


# -- numbers formatted in a dozen styles, read back ---------------------------------------

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def english_words(n: int) -> str:
    """``n`` (0 < n < 10**9) in English words, as news writes them."""
    parts: list[str] = []
    for scale, name in ((10**6, "million"), (10**3, "thousand"), (1, "")):
        group = n // scale % 1000
        if not group:
            continue
        words: list[str] = []
        if group >= 100:
            words += [_UNITS[group // 100], "hundred"]
        rest = group % 100
        if rest and group >= 100:
            words.append("and")
        if rest >= 20:
            words.append(_TENS[rest // 10] + (f"-{_UNITS[rest % 10]}" if rest % 10 else ""))
        elif rest >= 10:
            words.append(_TEENS[rest - 10])
        elif rest:
            words.append(_UNITS[rest])
        parts.append(" ".join(words + ([name] if name else [])))
    return " ".join(parts)


def _tenths(n: int) -> str:
    """``n / 10`` written with one decimal at most: 12 -> "1.2", 10 -> "1"."""
    return f"{n // 10}.{n % 10}" if n % 10 else str(n // 10)


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


STYLES = {
    "plain": lambda n: (f"{n} cases", n, None),
    "comma": lambda n: (f"{n:,} cases", n, None),
    "space": lambda n: (f"{_grouped(n, ' ')} cases", n, None),
    "nbsp": lambda n: (f"{_grouped(n, chr(0xA0))} cases", n, None),
    "thin": lambda n: (f"{_grouped(n, chr(0x2009))} cases", n, None),
    "dollar": lambda n: (f"${n:,}", n, "USD"),
    "pound": lambda n: (f"£{n:,}", n, "GBP"),
    "euro after": lambda n: (f"{_grouped(n, ' ')} €", n, "EUR"),
    "roubles": lambda n: (f"{_grouped(n, chr(0xA0))} рублей", n, "RUB"),
    "code": lambda n: (f"USD {n:,}", n, "USD"),
    "percent": lambda n: (f"{n}%", n, "percent"),
    "per cent": lambda n: (f"{n} per cent", n, "percent"),
    "words": lambda n: (english_words(n), n, None),
    "millions": lambda n: (f"{_tenths(n)} million", n / 10 * 1e6, None),
    "bn": lambda n: (f"£{_tenths(n)}bn", n / 10 * 1e9, "GBP"),
}


@settings(max_examples=60, deadline=None)
@given(n=st.integers(min_value=2, max_value=999_999_999), style=st.sampled_from(sorted(STYLES)))
def test_formatted_number_reads_back(n: int, style: str) -> None:
    text, value, unit = STYLES[style](n)
    got = parse_quantities(f"They counted {text} in all.")
    assert len(got) == 1, (text, got)
    (q,) = got
    assert math.isclose(q.low, value) and q.low == q.high, (text, q)
    if unit is not None:
        assert q.unit == unit, (text, q)


_QUALIFIER_PIECES = [
    *sorted(QUALIFIER_WORDS),
    *"~≈><≥≤",
    "amounted to",
    "totalled",
    "reached",
    "stood at",
    "Over",
    "ОКОЛО",
    "almoſt",
    "İn excess of",
    "cases",
    "x",
    "-",
    ".",
    "\u00a0",
    "\n",
]


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(_QUALIFIER_PIECES), max_size=6),
    st.lists(st.sampled_from([" ", "  ", "", "\t"]), min_size=6, max_size=6),
)
def test_the_qualifier_shortcut_never_hides_a_qualifier(pieces: list[str], gaps: list[str]) -> None:
    text = "".join(p + g for p, g in zip(pieces, gaps, strict=False)) + "100"
    start = len(text) - 3
    for floor in (0, max(0, start - 10)):
        lo = max(floor, start - QUAL_WINDOW)
        assert qualifier_before(text, start, floor) == qualifier_search(text, lo, start)


# "X or Y hundred": a bare low end takes the high end's scale, as "between X and Y hundred"
# does; any other "or" joins two figures.
OR_RANGES: list[tuple[str, list[Row]]] = [
    ("seven or eight hundred a month", [(700, 800, "between", "*", "seven or eight hundred")]),
    ("two or three thousand men", [(2000, 3000, "between", "men", "two or three thousand")]),
    ("20 or 30 thousand cases", [(20e3, 30e3, "between", "cases", "20 or 30 thousand")]),
    ("five or ten years", [(5, 5, "exactly", None, "five"), (10, 10, "exactly", "years", "ten")]),
    # the low end is not below the high end once scaled: two figures
    (
        "three or two thousand",
        [(3, 3, "exactly", None, "three"), (2000, 2000, "exactly", None, "two thousand")],
    ),
    # a compound high end is no scale: "six or seven hundred and fifty" is two figures
    (
        "six or seven hundred and fifty",
        [(6, 6, "exactly", None, "six"), (750, 750, "exactly", None, "seven hundred and fifty")],
    ),
    ("4 or 5%", [(4, 4, "exactly", None, "4"), (5, 5, "exactly", "percent", "5%")]),
]


@pytest.mark.parametrize(("text", "expected"), OR_RANGES, ids=[t for t, _ in OR_RANGES])
def test_or_ranges(text: str, expected: list[Row]) -> None:
    _check(text, expected)


# "between a fifth and three in ten": two shares joined by "between … and" or "from …
# to" are one range; a fraction after "a" is a share before the range's high end too.
SHARE_RANGES: list[tuple[str, list[Row]]] = [
    (
        "Between a fifth and three in ten of them",
        [(0.2, 0.3, "between", "share", "Between a fifth and three in ten")],
    ),
    (
        "between one in five and three in ten",
        [(0.2, 0.3, "between", "share", "between one in five and three in ten")],
    ),
    ("from a quarter to a third", [(0.25, 1 / 3, "between", "share", "from a quarter to a third")]),
    # no "between" or "from": two shares
    (
        "a fifth and three in ten",
        [(0.2, 0.2, "exactly", "share", "a fifth"), (0.3, 0.3, "exactly", "share", "three in ten")],
    ),
    # high end below the low end: two shares
    (
        "between a third and one in five",
        [
            (1 / 3, 1 / 3, "exactly", "share", "a third"),
            (0.2, 0.2, "exactly", "share", "one in five"),
        ],
    ),
    ("a third country and a fifth road", []),
]

# A change by a fraction, or a hedged fraction, before a period or a comparison is a
# share ("rose by more than a third since 2019"); "by a third party" is an ordinal.
CHANGE_BY_A_SHARE: list[tuple[str, list[Row]]] = [
    (
        "thefts rose by more than a third since 2019",
        [(1 / 3, 1 / 3, "over", "share", "more than a third")],
    ),
    ("fell by a quarter in 2024", [(0.25, 0.25, "exactly", "share", "a quarter")]),
    ("rose nearly a fifth last year", [(0.2, 0.2, "nearly", "share", "nearly a fifth")]),
    ("cut by a fifth compared with 2023", [(0.2, 0.2, "exactly", "share", "a fifth")]),
    ("handled by a third party since 2019", []),
    ("paid by a third country in 2024", []),
    ("came a third in 2024", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), CHANGE_BY_A_SHARE, ids=[t for t, _ in CHANGE_BY_A_SHARE]
)
def test_a_change_by_a_fraction(text: str, expected: list[Row]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), SHARE_RANGES, ids=[t for t, _ in SHARE_RANGES])
def test_share_ranges(text: str, expected: list[Row]) -> None:
    _check(text, expected)


# A scale word on the next line of a hard-wrapped text (a PDF's, a newsletter's) belongs
# to the number before the break; a capital after the break starts a sentence of its own,
# and a blank line ends the paragraph.
WRAPPED_SCALES: list[tuple[str, list[Row]]] = [
    ("will spend £2.4\nmillion on it", [(2.4e6, 2.4e6, "exactly", "GBP", "£2.4\nmillion")]),
    ("some 50\nthousand deserters", [(5e4, 5e4, "about", "deserters", "some 50\nthousand")]),
    (
        "some 50 \r\n  thousand deserters",
        [(5e4, 5e4, "about", "deserters", "some 50 \r\n  thousand")],
    ),
    ("There were 300\nThousand Oaks residents", [(300, 300, "exactly", "oaks", "300")]),
    ("2.4\n\nmillion", [(2.4, 2.4, "exactly", None, "2.4")]),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED_SCALES, ids=[t for t, _ in WRAPPED_SCALES])
def test_a_scale_word_wrapped_to_the_next_line(text: str, expected: list[Row]) -> None:
    _check(text, expected)


# Indian English scale words after digits: a lakh is 100,000, a crore 10,000,000, singular
# or plural, with a currency before them; the word alone, or after a number word, is none.
INDIAN_SCALES: list[tuple[str, list[Row]]] = [
    ("1.6 lakh prosecutions", [(1.6e5, 1.6e5, "exactly", "prosecutions", "1.6 lakh")]),
    ("about 24 lakh people", [(2.4e6, 2.4e6, "about", "people", "about 24 lakh")]),
    ("3 lakhs of rupees", [(3e5, 3e5, "exactly", "*", "3 lakhs")]),
    ("close to Rs 2 crore in all", [(2e7, 2e7, "nearly", "INR", "close to Rs 2 crore")]),
    ("a loan of Rs 12 Lakh.", [(1.2e6, 1.2e6, "exactly", "INR", "Rs 12 Lakh")]),
    ("1.5 crores spent", [(1.5e7, 1.5e7, "exactly", "spent", "1.5 crores")]),
    ("15-20 lakh people", [(1.5e6, 2e6, "between", "people", "15-20 lakh")]),
    ("lakhs of people came", []),
    ("the lakhmir 24 files", [(24, 24, "exactly", "files", "24")]),
]


@pytest.mark.parametrize(("text", "expected"), INDIAN_SCALES, ids=[t for t, _ in INDIAN_SCALES])
def test_indian_scale_words(text: str, expected: list[Row]) -> None:
    _check(text, expected)
