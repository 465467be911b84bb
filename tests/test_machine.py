"""The machine writers: CSV cells no spreadsheet runs, JSON without non-finite numbers."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desertcheck.reporters.machine import csv_cell, csv_text, to_json

TRIGGERS = "=+-@＝＋－＠"


@pytest.mark.parametrize(
    ("text", "neutral"),
    [
        ("=SUM(A1)", True),
        (" =SUM(A1)", True),  # spreadsheets skip the leading space
        ("\t=1+1", True),
        ("\n@cmd", True),
        ("\u3000=1", True),  # ideographic space
        ('＝HYPERLINK("x")', True),  # full-width equals sign
        ("＋1", True),
        ("－1", True),
        ("＠SUM(1)", True),
        ("\r", True),
        ("plain text", False),
        ("a=b", False),
        ("50,000 soldiers", False),
        ("", False),
    ],
)
def test_csv_cell_neutralises_formulas(text: str, neutral: bool) -> None:
    assert csv_cell(text) == ("'" + text if neutral else text)


def test_numbers_stay_numbers() -> None:
    assert csv_cell(-5) == -5 and csv_cell(2.5) == 2.5 and csv_cell(True) == "true"
    assert csv_cell(None) == ""


@given(st.text(alphabet=st.sampled_from(" \t\u3000" + TRIGGERS + "ab1"), min_size=1))
def test_no_cell_starts_a_formula_after_white_space(text: str) -> None:
    cell = str(csv_cell(text))
    assert not cell.lstrip().startswith(tuple(TRIGGERS))


def test_csv_text_rows() -> None:
    out = csv_text(["a", "b"], [[" =1", 2]])
    assert out == "a,b\r\n' =1,2\r\n"


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan"), 10.0**308 * 10])
def test_json_has_no_non_finite_numbers(value: float) -> None:
    text = to_json({"a": [value, {"b": value}], "c": 1.5})

    def refuse(word: str) -> None:
        raise AssertionError(word)

    assert json.loads(text, parse_constant=refuse) == {"a": [None, {"b": None}], "c": 1.5}
