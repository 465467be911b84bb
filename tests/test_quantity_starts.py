"""The cheap scans that say where the figure parser's big patterns can match
(:mod:`desertcheck.quantity.starts`): the parser that tries the patterns only there reads
every text as the one that runs them over the whole text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desertcheck.quantity import parse_quantities, starts
from desertcheck.quantity.context import _words_after, qualifier_search, words_after_in_turn
from desertcheck.quantity.grammar import parse, tokens
from desertcheck.quantity.patterns import EXCLUDE_RE, MASTER_RE, MAY_HOLD_RE, gate_words
from desertcheck.quantity.words import QUALIFIER_WORDS

from .timebound import within

# Pieces of text that start (or nearly start) a figure or a span left out, and the
# characters around them: mixed at random, they make every kind of place the scans judge.
_PIECES = [
    *"0123456789",
    *" \n\t.,;:-–—/()[]^{}@#*>+%$€£§№_'\"«»",
    "\u00a0",
    "½",
    "¾",
    "12",
    "2024",
    "1,234",
    "3.5",
    "1.2.3",
    "2023-05-01",
    "12/05/2024",
    "10:30",
    "5 pm",
    "+7 (495) 123-45-67",
    "555-123-4567",
    "978-3-16-148410-0",
    "https://example.org/a1",
    "www.example.com",
    "example.com/path",
    "mail@example.org",
    "I5-750BOX",
    "](x)",
    "^{a}",
    "^[1]",
    "[12]",
    "(3)",
    "# 2. ",
    "1. ",
    "Article 5",
    "arts. 3",
    "paras 4",
    "No. 7",
    "§ 2",
    "ст. 337",
    "ч. 2",
    "пункт 3",
    "марта 2024",
    "5 March",
    "March 5, 2024",
    "Dec 9",
    "readDec 9",
    "12–15 December",
    "the",
    "The",
    "about",
    "over",
    "one",
    "One",
    "ONE",
    "two",
    "twenty-one",
    "a",
    "A",
    "an",
    "a few",
    "a quarter",
    "a million",
    "half",
    "Half",
    "hundreds",
    "thousands of",
    "dozens",
    "several",
    "one in five",
    "3 in 10",
    "and a half",
    "seven",
    "million",
    "thousand",
    "USD",
    "Rs",
    "two-thirds",
    "три",
    "тысячи",
    "Пять",
    "несколько",
    "половина",
    "четверть",
    "сотни",
    "ёлка",
    "cases",
    "per cent",
    "млн",
    # characters that Unicode folds onto letters of another case pair, and others
    "ſ",
    "ı",
    "İ",
    "K",
    "ᲃ",
    "ᲂ",
    "é",
    "ß",
    "Ω",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=600, deadline=None)
@given(_TEXT)
def test_parse_with_the_scans_equals_the_full_scan(text: str) -> None:
    assert repr(tokens(text)) == repr(tokens(text, full=True))
    assert repr(parse(text)) == repr(parse(text, full=True))
    assert starts.may_hold(text) == (MAY_HOLD_RE.search(text) is not None)
    assert [m.span() for m in starts.master_matches(text)] == [
        m.span() for m in MASTER_RE.finditer(text)
    ]
    assert [(m.span(), m.lastgroup) for m in starts.exclude_matches(text)] == [
        (m.span(), m.lastgroup) for m in EXCLUDE_RE.finditer(text)
    ]


def _places(scan: re.Pattern[str], padded: str) -> set[int]:
    """Every place of the text where ``scan`` says the pattern may match (each hit is one
    character: the scans' conditions look around it)."""
    out: set[int] = set()
    for hit in scan.finditer(padded):
        h = hit.start() - 1
        if hit.lastgroup in ("here", "both"):
            out.add(h)
        if hit.lastgroup in ("after", "both"):
            out.add(h + 1)
    return out


@settings(max_examples=600, deadline=None)
@given(_TEXT)
def test_every_place_a_pattern_matches_is_found_by_its_scan(text: str) -> None:
    # stronger than the equality above: not only the places finditer reaches
    exclude = _places(starts._EXCLUDE_SCAN, "\n" + text)
    for p in range(len(text)):
        if EXCLUDE_RE.match(text, p) is not None:
            assert p in exclude, (text, p)
    lowered = starts._lowered(text)
    if lowered is None:
        return
    master = _places(starts._MASTER_SCAN, lowered)
    for p in range(len(text)):
        if MASTER_RE.match(text, p) is not None:
            assert p in master, (text, p)


def test_a_text_with_a_folded_letter_is_read_by_the_patterns_themselves() -> None:
    # "ſeveral" is "several" to the case-blind pattern, and not in lower case
    text = "ſeveral hundred soldiers"
    assert starts._lowered(text) is None
    assert [(q.low, q.high, q.text) for q in parse_quantities(text)] == [
        (200.0, 900.0, "ſeveral hundred")
    ]
    assert repr(parse(text)) == repr(parse(text, full=True))


def test_a_word_the_tables_do_not_know_is_no_figure_and_no_error() -> None:
    # the pattern reads "millionſ" as "millions" case-blind; the tables have no such word
    assert parse_quantities("millionſ of soldiers, ſix dozen eggs") == []


# A qualifier with a letter Unicode folds onto another is the qualifier the pattern reads (it
# raised KeyError: the table was looked up by the words in lower case, "leſs than").
FOLDED_QUALIFIERS = [
    ("leſs than 5,000 soldiers", "up-to", "leſs than 5,000"),
    ("Leſs than 5,000", "up-to", "Leſs than 5,000"),
    ("upwardſ of 5,000", "over", "upwardſ of 5,000"),
    ("ALMOſT 5,000", "nearly", "ALMOſT 5,000"),
    ("almoſt 5,000", "nearly", "almoſt 5,000"),
    ("ın excess of 5,000", "over", "ın excess of 5,000"),
    ("İn excess of 5,000", "over", "İn excess of 5,000"),
    ("a little over 5 \u212a", "over", "over 5"),
]


@pytest.mark.parametrize(("text", "qualifier", "said"), FOLDED_QUALIFIERS)
def test_a_qualifier_with_a_folded_letter_is_read_as_the_pattern_reads_it(
    text: str, qualifier: str, said: str
) -> None:
    assert [(q.qualifier, q.text) for q in parse_quantities(text)] == [(qualifier, said)]


def test_the_lower_case_text_reads_as_the_case_blind_patterns() -> None:
    """Over every character: a letter of the words a figure starts with (or of a qualifier
    before one) matches it
    case-blind exactly when it is that letter in lower case, and lower case keeps what
    the patterns ask of a character; but for the few the scans leave to the patterns."""
    words = [*gate_words(), *QUALIFIER_WORDS, "amounts", "totalled", "stood", "stands", "reach"]
    letters = sorted({c for w in words for c in w if c.isalpha()})
    everything = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    folded = set(starts._FOLDED_RE.findall(everything))
    lowered = everything.lower()
    assert len(lowered) == len(everything) + sum(len(c.lower()) - 1 for c in folded)
    lowered = "".join(c.lower()[0] for c in everything)  # one to one, for the pairs below
    lower_to: dict[str, set[str]] = {}
    for c, low in zip(everything, lowered, strict=False):
        if low in letters and c.lower() == low:
            lower_to.setdefault(low, set()).add(c)
    for letter in letters:
        blind = set(re.findall("(?i)" + letter, everything))
        assert {c for c in blind if c.lower() != letter} <= folded, letter
        assert lower_to[letter] - folded <= blind, letter
    classes = [re.compile(p) for p in (r"\w", r"\s", r"\d", r"[^\W\d_]", r"[^\w-]")]
    for c in everything:
        low = c.lower()
        if low != c and c not in folded:
            assert len(low) == 1, hex(ord(c))
            assert all(bool(k.match(c)) == bool(k.match(low)) for k in classes), hex(ord(c))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "Word", "’s", "'", " ", "  ", "\n", "\n\n", "\t", "5", ".", "ё"]),
        max_size=20,
    ).map("".join),
    st.integers(min_value=1, max_value=5),
)
def test_the_words_after_a_figure_in_one_match_are_those_read_in_turn(
    text: str, limit: int
) -> None:
    for end in range(len(text) + 1):
        assert _words_after(text, end, limit) == words_after_in_turn(text, end, limit)


_QUALIFIED = st.lists(
    st.sampled_from(
        [
            *QUALIFIER_WORDS,
            *["ABOUT", "More Than", "ОКОЛО", "ſome", "about", "totalled", " ", "\n"],
            *[" ", "  ", "-", "~", "≥", "x", "5", "ё", "Ё", "K", "ſ", "ı", "İ", "leſs than"],
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_QUALIFIED, st.integers(min_value=0, max_value=60))
def test_a_qualifier_read_in_lower_case_is_the_one_read_case_blind(text: str, lo: int) -> None:
    text += " 5"
    start = len(text) - 1
    lo = min(lo, start)
    want = qualifier_search(text, lo, start, lowered=False)
    if not starts.folded(text):
        assert qualifier_search(text, lo, start) == want


@pytest.mark.parametrize(
    "piece", ["a-", "a.", "a_", "1-", "A ", "Art ", "x-y.", "a-1", "Dec ", "a few ", "a@", "+1"]
)
def test_a_long_run_of_one_piece_is_scanned_in_bounded_time(piece: str) -> None:
    # each scan reads a word, a number or a hyphenated run once: "a-" * 50,000 was read
    # from each of its words by a scan for hosts with a hyphen (a minute of work)
    text = piece * 50_000 + "\n50 soldiers"
    with within(10):
        assert parse_quantities(text)[-1].low == 50.0


def test_a_word_read_case_blind_is_in_the_lower_case_text() -> None:
    """``may_say`` looks for "per" in the lower-case text before the pattern of a rate's
    base is searched case-blind: every character that pattern reads as a letter of "per" is
    that letter in lower case, so no base is passed over."""
    everything = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for letter in "per":
        assert {c.lower() for c in re.findall("(?i)" + letter, everything)} == {letter}
    for text in ("12 PER 1,000", "12 Per 1,000", "12 pEr 1,000", "12 cases", "12 ſ per 1,000"):
        assert starts.may_say(text, "per") == bool(re.search("(?i:per)", text)), text
    read = parse_quantities("37.9 crimes PER 1,000 residents")
    assert [(q.low, q.base) for q in read] == [(37.9, 1000.0)]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_may_say_is_true_wherever_the_word_is_read_case_blind(text: str) -> None:
    if re.search("(?i:per)", text):
        assert starts.may_say(text, "per")
