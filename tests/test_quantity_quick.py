"""The cheap tests that keep the figure parser from running a small pattern where it cannot
match (:mod:`desertcheck.quantity.quick`), and the exclusion scan's first read of a word
(:mod:`desertcheck.quantity.starts`): each says "cannot match" only where its pattern
does not match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desertcheck.quantity import quick, starts
from desertcheck.quantity.money import AFTER_RE, BEFORE_RE
from desertcheck.quantity.patterns import (
    AND_GAP_RE,
    BOUNDS_GAP_RE,
    DASH_GAP_RE,
    NUMBER_GOES_ON_RE,
    OR_GAP_RE,
    PLAIN_TO_GAP_RE,
    TO_GAP_RE,
)

_PIECES = [
    *"0123456789 \n\t.,;-–—‒−/()$€£¥₽₴₹+%",
    *"\u00a0\u202f\u2009\u00ad\u200b\u2060\ufeff",
    *["US$", "A$", "C$", "USD", "EUR", "GBP", "RUB", "UAH", "JPY", "CHF", "INR", "Rs", "Rs."],
    *["usd", "Usd", "dollars", "Dollars", "DOLLARS", "euro", "pounds", "roubles", "руб", "р."],
    *["рублей", "гривень", "грн", "долларов", "евро", "yen", "rupees", "bucks", "hryvnia"],
    *["and", "to", "or", "и", "до", "або", "between", "below", "but", "sterling", "cents"],
    *["a", "D", "s", "ſ", "K", "ı", "İ", "ё", "é", "1,5", "12", "2,400", "3.5", "million"],
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


@settings(max_examples=800, deadline=None)
@given(_TEXT)
def test_each_cheap_test_says_no_only_where_its_pattern_does_not_match(text: str) -> None:
    for at in range(len(text) + 1):
        if BEFORE_RE.search(text, max(0, at - 5), at) is not None:
            assert quick.currency_may_end_at(text, at), (text, at)
        if AFTER_RE.match(text, at) is not None:
            assert quick.currency_may_start_at(text, at), (text, at)
        if NUMBER_GOES_ON_RE.match(text, at) is not None:
            assert quick.number_may_go_on(text, at), (text, at)
        for end in range(at, len(text) + 1):
            gap = text[at:end]
            gaps = (AND_GAP_RE, BOUNDS_GAP_RE, TO_GAP_RE, OR_GAP_RE, PLAIN_TO_GAP_RE, DASH_GAP_RE)
            if any(p.fullmatch(gap) for p in gaps):
                assert quick.may_be_gap(gap), gap


def test_a_currency_before_a_line_break_is_still_looked_for() -> None:
    # BEFORE_RE's "$" holds before a line break that ends the text searched
    text = "$ \n5"
    assert BEFORE_RE.search(text, 0, 3) is not None
    assert quick.currency_may_end_at(text, 3)
    assert not quick.currency_may_end_at("in 2024", 3)


def test_every_character_that_starts_a_currency_word_case_blind_is_looked_for() -> None:
    everything = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    firsts = "".join(sorted(quick._AFTER_WORD_FIRST))
    blind = set(re.findall(f"(?i:[{re.escape(firsts)}])", everything))
    assert blind, firsts
    missed = [c for c in blind if not quick.currency_may_start_at(c, 0)]
    assert not missed


_WORDS = st.lists(
    st.sampled_from(
        [*"aW._-@:1 \t\n5", "\u00a0", "Art", "No", "марта", "w", "www", "com", "x-y", "ё"]
    ),
    max_size=16,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(_WORDS)
def test_the_exclusion_scan_hits_where_it_hit_without_its_first_read_of_a_word(
    text: str,
) -> None:
    # the scan as it was, each form of a word's letters read on its own
    plain = re.compile(
        starts._EXCLUDE_SCAN.pattern.replace(
            f"{starts._LETTERS_THEN}(?:{starts._LETTERS_GO_ON})", starts._LETTERS_GO_ON
        )
    )
    assert plain.pattern != starts._EXCLUDE_SCAN.pattern
    padded = "\n" + text
    for at in range(len(padded)):
        got, want = starts._EXCLUDE_SCAN.match(padded, at), plain.match(padded, at)
        assert (got and (got.span(), got.lastgroup)) == (want and (want.span(), want.lastgroup))
