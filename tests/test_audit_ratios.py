"""A ratio the draft works out itself ("eightfold", "8-fold") is reported as a figure no
claim states (``unsourced``), with its qualifier; verbs of change ("doubled") are not. The
drafts are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.kinds import RATIO, figure_kind
from desertcheck.audit.ratios import fold_words
from desertcheck.quantity import parse_quantities

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cases grew sevenfold", [("sevenfold", 7.0, "exactly")]),
        ("a roughly twentyfold rise", [("roughly twentyfold", 20.0, "about")]),
        ("up more than a hundredfold", [("more than a hundredfold", 100.0, "over")]),
        ("Fivefold. Then tenfold.", [("Fivefold", 5.0, "exactly"), ("tenfold", 10.0, "exactly")]),
        # words that only end in "fold" are no ratio
        ("the manifold reasons, a billfold", []),
    ],
)
def test_fold_words(text: str, expected: list[tuple[str, float, str]]) -> None:
    found = fold_words(text, parse_quantities(text))
    assert [(q.text, q.low, q.qualifier) for q in found] == expected


def test_a_fold_written_in_digits_is_the_parsers() -> None:
    text = "cases grew 7-fold"
    parsed = parse_quantities(text)
    assert fold_words(text, parsed) == []
    assert figure_kind(parsed[0], "", text[: parsed[0].start]) == RATIO


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        # 4,373 against 527 is about eightfold: the draft's own arithmetic, for the editor
        (
            "Proekt counted 4,373 AWOL convictions in wartime, an almost ninefold rise on "
            "the 527 of 2021.",
            ("almost ninefold", "unsourced", None),
        ),
        # nine is a claim's value (nine disobedience convictions), but a ratio is no count
        (
            "Disobedience convictions rose ninefold between 2022 and 2023.",
            ("ninefold", "unsourced", None),
        ),
    ],
)
def test_a_ratio_is_reported_unsourced(draft: str, expected: tuple[str, str, None]) -> None:
    assert expected in judge(draft + "\n")


def test_a_verb_of_change_is_no_figure() -> None:
    got = judge("The law doubled the maximum for desertion, from five to ten years.\n")
    assert [text for text, _, _ in got] == ["five", "ten"]
