"""``scan`` and ``scan --stubs`` on a water company's bulletin: "the 2025-26 financial year"
is one period (its "26" no figure), a year a figure is only compared with is not its
period, and a table's caption "2025-26" gets the note a bare "2025/26" gets."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from desertcheck.cli import app
from desertcheck.quantity import parse_quantities

from .conftest import cli_runner, one_source

LOSS = (
    "The company lost an average of 61.4 million litres a day to leaks in the 2025-26 "
    "financial year, down from 68.9 million litres a day the year before."
)
BULLETIN = f"""---
title: "Leakage falls for a third year"
publisher: "Riverbend Valley Water Company"
language: "en"
published: "2026-02-03"
---
{LOSS}

Leaks repaired by district, 2025-26

| District | Leaks repaired |
|---|---|
| North Bank | 3,204 |
| Old Town | 4,118 |

Over 22,000 customers now have a smart meter, more than double the number in 2023.
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return one_source(tmp_path, BULLETIN, "leakage")


def stubs(root: Path) -> dict[str, dict[str, object]]:
    r = cli_runner().invoke(app, ["scan", "leakage", "--stubs", "--write", "--root", str(root)])
    assert r.exit_code in (0, 1), r.stdout + r.stderr
    data = yaml.safe_load((root / "claims" / "leakage.yaml").read_text("utf-8"))
    return Quoting({c["quote"]: c for c in data["claims"]})


class Quoting(dict[str, dict[str, object]]):
    """The stubs by their quotes, looked up by words of one: a figure alone in its
    sentence is quoted with the whole sentence."""

    def __getitem__(self, words: str) -> dict[str, object]:
        (found,) = [c for quote, c in self.items() if words in quote]
        return found


@pytest.mark.parametrize(
    "text",
    [
        "leaks in the 2025-26 financial year, down",
        "leaks in the 2025–26 financial year",  # an en dash
        "the 1999-00 school year",
    ],
)
def test_a_year_and_the_next_in_two_digits_is_no_figure(text: str) -> None:
    assert parse_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("see pages 25-26 of the report", ["25-26"]),  # no year: a range
        ("in 2025-27 there were 40 cases", ["40"]),
        ("2025-26 budget of 5 million", ["5 million"]),
    ],
)
def test_other_spans_are_read_as_before(text: str, figures: list[str]) -> None:
    assert [q.text for q in parse_quantities(text)] == figures


def test_scan_counts_no_26_in_the_2025_26_financial_year(root: Path) -> None:
    r = cli_runner().invoke(app, ["scan", "leakage", "--root", str(root)])
    assert r.exit_code in (0, 1), r.stdout + r.stderr
    assert "61.4 million" in r.stdout and "68.9 million" in r.stdout
    assert " 26 " not in r.stdout
    assert "5 figures" in r.stdout, r.stdout


def test_the_financial_year_is_the_stubs_period_with_a_note(root: Path) -> None:
    found = stubs(root)
    assert not [q for q in found if q.startswith("26")]
    loss = found["61.4 million litres a day"]
    assert loss["period"] == "2025-04/2026-03"  # as docs/authoring.md promises
    assert str(loss["note"]).startswith("todo: the sentence compares periods (“down from”)")
    before = found["68.9 million litres a day"]
    assert before["period"] == "2024-04/2025-03"  # "the year before"


def test_a_year_compared_with_is_not_the_figures_period(root: Path) -> None:
    """ "more than double the number in 2023": 2023 is the number compared with; the
    22,000 are now (the publication date), a guess said in a todo note."""
    meters = stubs(root)["Over 22,000 customers"]
    assert meters["period"] == "2026-02-03"
    assert str(meters["note"]).startswith(
        "todo: the sentence names only a period compared with (“double the number in 2023”)"
    )


def test_a_caption_s_2025_26_is_noted_as_a_bare_2025_26_is(root: Path) -> None:
    north = stubs(root)["3,204"]
    assert north["period"] == "2025/2026"
    note = str(north["note"])
    assert note.startswith("todo: “2025-26” is taken as both whole years")
    assert "a UK financial year (April to March) is written 2025-04/2026-03" in note


TWO_FIGURES = """---
title: "Drought report"
publisher: "Valley Supply Office"
language: "en"
published: "2025-10-01"
---
Nearly 600 households were fined and the company issued 42 warning letters in 2025.
"""


def test_a_two_figure_sentence_s_stub_gets_the_note_add_claim_gives(tmp_path: Path) -> None:
    one_source(tmp_path, TWO_FIGURES, "drought")
    r = cli_runner().invoke(app, ["scan", "drought", "--stubs", "--root", str(tmp_path)])
    assert r.exit_code in (0, 1), r.stdout + r.stderr
    households, letters = [line for line in r.stdout.splitlines() if "statement:" in line]
    assert "which also states '42': say this claim's figure (nearly 600 households)" in households
    assert letters.endswith(
        "# the statement is the source's whole sentence, which also states 'Nearly 600': "
        "say this claim's figure (42 letters) in a statement of its own, since exports, "
        "fact sheets and ClaimReview show it"
    ), letters
    added = cli_runner().invoke(
        app,
        [
            *("add", "claim", "--source", "drought", "--quote", "issued 42 warning letters"),
            *("--measure", "m", "--scope", "s", "--root", str(tmp_path)),
        ],
    )
    assert added.exit_code == 0, added.stdout + added.stderr
    said = " ".join((added.stdout + added.stderr).split())
    assert "which also states 'Nearly 600': say this claim's figure (42 letters) in a " in said
    assert "statement of its own (--statement), since exports" in said


def test_a_table_row_is_no_statement(root: Path) -> None:
    """The row "| North Bank | 3,204 |" was the statement, unflagged, in the fact sheet and
    ClaimReview: the row's label and the column's header, behind todo: (verify flags it)."""
    north = stubs(root)["3,204"]
    assert north["statement"] == "todo: North Bank, Leaks repaired: 3,204"
    r = cli_runner().invoke(app, ["verify", "--quiet", "--root", str(root)])
    assert "statement is still todo" in r.stdout + r.stderr
    text = (root / "claims" / "leakage.yaml").read_text("utf-8")
    assert "“todo: ”" in text and "| North Bank |" not in text.split("quote")[0]
