"""A figure's number written again (:func:`desertcheck.audit.repeated._writes`), read as
the pattern it replaces reads it."""

from __future__ import annotations

import random
import re

import pytest

from desertcheck.audit.repeated import _writes


def _pattern_finds(text: str, number: str, start: int, end: int) -> bool:
    same = re.compile(rf"(?<![0-9.,]){re.escape(number)}(?![0-9]|[.,][0-9])")
    return same.search(text, start, end) is not None


@pytest.mark.parametrize(
    ("text", "start", "end", "found"),
    [
        ("it was 4,600 then", 0, 17, True),
        ("it was 14,600 then", 0, 18, False),  # a digit before it
        ("it was 4,6001", 0, 13, False),  # a digit after it
        ("it was 4,600.5 then", 0, 19, False),  # a decimal after it
        ("it was 4,600. Then", 0, 18, True),  # a full stop is no decimal
        ("it was 4,600.5", 0, 13, True),  # the decimal past the end is not read
        ("x4,600", 1, 6, True),
        ("14,600", 1, 6, False),  # the digit before the start is read
    ],
)
def test_a_number_written_whole(text: str, start: int, end: int, found: bool) -> None:
    assert _writes(text, "4,600", start, end) is found
    assert _pattern_finds(text, "4,600", start, end) is found


def test_as_the_pattern_reads_it() -> None:
    rng = random.Random(5)
    for _ in range(5000):
        number = "".join(rng.choice("0123456789,.") for _ in range(rng.randint(1, 4)))
        text = "".join(rng.choice("0123456789., \u00a0ab") for _ in range(rng.randint(0, 12)))
        at = rng.randint(0, len(text))
        text = text[:at] + number + text[at:]
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert _writes(text, number, start, end) == _pattern_finds(text, number, start, end)
