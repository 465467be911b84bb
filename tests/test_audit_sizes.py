"""An object's dimensions, a type size and a telephone extension are no statistics; a
multiplication, a count after "x" with no unit of length, and a figure in metres or
millions still are. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    "draft",
    [
        "A leaflet, folded, 21 × 14 cm, lent by a family.\n",
        "Poster for a rally, 30 x 42 cm, screen print.\n",
        "A ration box, 40 × 30 × 12 cm.\n",
        "A banner 120 x 80 inches, printed in 2023.\n",
        "Panel titles in 48 pt, captions in 24pt.\n",
        "Set the deck in a 12-point font.\n",
        "Questions to the desk on ext. 4417.\n",
    ],
)
def test_sizes_and_extensions_are_not_figures(draft: str) -> None:
    assert judge(draft) == []


@pytest.mark.parametrize(
    ("draft", "figure"),
    [
        ("Desertions rose 3 x 10 times over the year.\n", "10"),  # no unit of length
        ("The unit had 30 x 42 m in equipment.\n", "42"),  # "m": million, not metres
        ("Over 50,000 soldiers deserted, 21 per cent of those who went.\n", "21 per cent"),
        ("Over 50,000 soldiers deserted, 30 in one unit.\n", "30"),
    ],
)
def test_figures_beside_such_words_are_still_read(draft: str, figure: str) -> None:
    assert figure in [text for text, _, _ in judge(draft)]
