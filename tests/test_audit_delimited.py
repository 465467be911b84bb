"""Rows of delimited values pasted in a code fence (a dashboard's CSV export) are read as a
table: each row a sentence of its own, its label's words (``desertion_convictions``) what
its figures count, a period cell dating its row; a fence of code stays blanked. A row's
label that ends in a unit of time ("max sentence awol years") gives its bare figures that
unit. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.delimited import fenced_rows

from .test_audit_reading2 import judge

AWOL_2021 = "mt-proekt-awol-convictions-2021"  # 527 in 2021
DISOBEDIENCE_2023 = "mt-proekt-disobedience-convictions-2023"  # 289 in 2023
AWOL_MAX = "isl-awol-max-sentence"  # up to ten years
DESERTION_MAX = "isl-desertion-max-sentence"  # up to fifteen years

LEAD = "Convictions of soldiers counted by Proekt, as our dashboard exports them.\n\n"


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        # commas, a quoted cell with a comma of its own, labels joined by underscores
        (
            "```\nindicator,value,period,source\n"
            "awol_convictions,527,2021,Proekt\n"
            'disobedience_convictions,"289",2023,Proekt\n```\n',
            [("527", "supported", AWOL_2021), ("289", "supported", DISOBEDIENCE_2023)],
        ),
        # semicolons; a row dated wrong is its own claim's drift, not the row above's
        (
            "```csv\nindicator;value;period;source\nawol_convictions;527;2021;Proekt\n"
            "disobedience_convictions;289;2024;Proekt\n```\n",
            [("527", "supported", AWOL_2021), ("289", "period-drift", DISOBEDIENCE_2023)],
        ),
        # a misstated figure in a row fails the run, as in any table
        (
            "~~~\nindicator,value,period\nawol_convictions,572,2021\n~~~\n",
            [("572", "mismatch", AWOL_2021)],
        ),
    ],
)
def test_rows_in_a_fence_are_a_table(block: str, expected: list[tuple[str, str, str]]) -> None:
    assert judge(LEAD + block) == expected


@pytest.mark.parametrize(
    "block",
    [
        # a program's code, its lines not rows of one separator
        "```python\nrows = [527, 2021]\ntotal = sum(rows)\n```\n",
        "```\nx = f(527, 2021)\nprint(x)\n```\n",
        # an info string of a language: code, whatever its lines
        "```python\na,b = 527,2021\nc,d = 289,2023\n```\n",
        # one line: no table
        "```\nawol_convictions,527,2021\n```\n",
    ],
)
def test_code_in_a_fence_stays_blanked(block: str) -> None:
    assert judge(LEAD + block) == []


def test_fenced_rows_need_one_separator_as_often_on_every_line() -> None:
    lines = ["```", "a;b;c", "1;2;3", "```", "```", "a,b", "1,2,3", "```"]
    assert fenced_rows(lines) == {1: ";", 2: ";"}


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            "| indicator | value | period |\n|---|---|---|\n"
            "| max sentence awol years | 10 | 2025 |\n"
            "| max sentence desertion years | 15 | 2025 |\n",
            [("10", "supported", AWOL_MAX), ("15", "supported", DESERTION_MAX)],
        ),
        (
            "```\nindicator,value\nmax_sentence_awol_years,10\n```\n",
            [("10", "supported", AWOL_MAX)],
        ),
    ],
)
def test_a_row_label_in_years_gives_its_figure_the_unit(
    table: str, expected: list[tuple[str, str, str]]
) -> None:
    assert judge("Maximum sentences under Russia's Criminal Code.\n\n" + table) == expected


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        # an infobox in a fence: label, a leader of dots, value; its title line stays code
        (
            "```\nInfobox: desertion from the Russian army\n"
            "  Period .................. since February 2022\n"
            "  Deserters (UN) .......... 50,000+\n"
            "  Maximum sentence, AWOL ... 10 years\n```\n",
            [
                ("50,000+", "supported", "euaa-un-desertions-since-2022"),
                ("10", "supported", AWOL_MAX),
            ],
        ),
        # one leader line among code: code
        ("```\nx = load()  # reads ...... the rows\nprint(50000)\ny = 10\n```\n", []),
    ],
)
def test_an_infobox_in_a_fence_is_a_table(block: str, expected: list[tuple[str, str, str]]) -> None:
    assert (
        judge("The numbers of the war, as the reference page gives them.\n\n" + block) == expected
    )


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        # a year that ends a row, its period cell, with the next row's label after the
        # line break: it took the label's first word as its unit ("2021 disobedience"), a
        # count that no claim states (once a false mismatch of the row's claim)
        (
            "```\nindicator;value;period\nawol_convictions;527;2021\n"
            "disobedience_convictions;289;2023\n```\n",
            [("527", "supported", AWOL_2021), ("289", "supported", DISOBEDIENCE_2023)],
        ),
        # the same in a table typed in fixed width
        (
            "indicator                  value   period\n"
            "awol convictions           527     2021\n"
            "disobedience convictions   289     2023\n",
            [("527", "supported", AWOL_2021), ("289", "supported", DISOBEDIENCE_2023)],
        ),
        # a figure whose unit is its own cell's is read as before
        (
            "```\nindicator;value\nawol convictions in 2021;527 soldiers\n"
            "disobedience convictions in 2023;289 soldiers\n```\n",
            [("527", "supported", AWOL_2021), ("289", "supported", DISOBEDIENCE_2023)],
        ),
    ],
)
def test_a_year_that_ends_a_row_takes_no_unit_from_the_next(
    block: str, expected: list[tuple[str, str, str]]
) -> None:
    assert judge(LEAD + block) == expected
