"""Open input for the reading of a source in another language: it never raises, every
span is a slice of the text, figures come in order and never overlap, and a number
written in the decimal-comma convention reads back."""

from __future__ import annotations

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from desertcheck.quantity import parse_quantities

from .test_quantity import _check_consistent

_SOUP = st.sampled_from(
    [
        *"0123456789 ,.-–%()\n\u00a0",
        *("knapp ", "rund ", "über ", "mehr als ", "bis zu ", "zwischen ", " und ", " bis "),
        *("Mio. ", "Mrd. ", "Millionen ", "Tausend ", "Prozent ", "Euro ", "Personen ", "im "),
        *("Jahr ", "2024", "1. Juli ", "Jänner ", "Q3 ", "65-Jährigen ", "ca. ", "\n12,4 "),
    ]
)


@settings(max_examples=300)
@given(st.lists(_SOUP, max_size=30).map("".join), st.sampled_from(["de", "fr", "de-AT"]))
@example("1-0", "de")  # two figures joined by a dash, the second smaller: no range
@example("\n12,4 000Euro ", "de")  # digits after the figure: no currency of its own
def test_never_raises_and_keeps_spans(text: str, language: str) -> None:
    _check_consistent(text, parse_quantities(text, language))


@settings(max_examples=200)
@given(st.text(), st.sampled_from(["de", "pl", "xx"]))
def test_never_raises_on_any_text(text: str, language: str) -> None:
    _check_consistent(text, parse_quantities(text, language))


def _european(n: int, cents: int | None) -> str:
    digits = str(n)
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return ".".join(groups) + (f",{cents:02d}" if cents is not None else "")


@settings(max_examples=300)
@given(
    st.integers(min_value=0, max_value=999_999_999),
    st.one_of(st.none(), st.integers(min_value=0, max_value=99)),
    st.sampled_from([" Personen wurden gezählt.", " Euro.", " %", ""]),
)
@example(2024, None, " Personen wurden gezählt.")
@example(270773, None, " Personen wurden gezählt.")
def test_a_decimal_comma_number_reads_back(n: int, cents: int | None, tail: str) -> None:
    assume(not (1900 <= n <= 2099 and cents is None and not tail))  # a year, not a figure
    written = _european(n, cents)
    (q,) = parse_quantities(f"Es waren {written}{tail}", "de")
    assert abs(q.low - (n + (cents or 0) / 100)) < 1e-6
    assert q.text.startswith(written)
