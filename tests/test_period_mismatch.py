"""period-mismatch: its quick pass, which must never let through a quote it should read."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desertcheck.checks.period_mismatch import _YEAR, _plainly_agrees
from desertcheck.model import Period


@pytest.mark.parametrize(
    ("quote", "period", "agrees"),
    [
        ("Courts issued 848 verdicts.", "2024-04", True),  # no year: nothing to read
        ("In 2024, 13,500 were convicted.", "2024", True),
        ("Between 2022 and 2024, 13,500 were convicted.", "2022/2024", True),
        ("In October 2000, the court recorded 8,283 cases.", "2000-10", True),
        ("In Oct 2000, the court recorded 8,283 cases.", "2000-10", True),
        # read in full: another year, or a month the quick pass cannot place
        ("In April 2025 alone, courts issued 848 verdicts.", "2024-04", False),
        ("In 2023, 289 were convicted.", "2022", False),
        ("In May 2000, the court recorded 8,283 cases.", "2000-10", False),
        ("In 2024, 13,500 were convicted.", "2024-06", False),
        ("In October 2000 and in 2001, 8,283 cases.", "2000-10", False),
    ],
)
def test_the_quick_pass(quote: str, period: str, agrees: bool) -> None:
    assert _plainly_agrees(quote, Period.parse(period)) is agrees


@given(st.text(st.sampled_from("0129 .\n\u0663a")))
@example("12000")
@example("2000")
@example("\u06632000 1999")
def test_years_are_the_four_digits_no_digit_stands_beside(text: str) -> None:
    # the pattern as it reads: no digit before, 19 or 20, two digits, no digit after
    plain = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
    assert [m.span() for m in _YEAR.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("words", "period", "said"),
    [
        ("2023", "2023", "'2023'"),  # a year said as it is: no "'2023' is 2023"
        ("in spring 2024", "2024-03/2024-05", "'in spring 2024' is 2024-03/2024-05"),
        ("In 2023", "2023", "'In 2023' is 2023"),
    ],
)
def test_the_message_gives_the_period_words_once_when_they_are_the_period(
    words: str, period: str, said: str
) -> None:
    from desertcheck.checks.period_mismatch import _reads

    assert _reads(words, period) == said
