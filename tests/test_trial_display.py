"""Money as readers write it ("£2,134", not "2,134 GBP"), a rate kept with its figure
("£1,085 a month") from the quote to list and export, and fact-sheet headings in words."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from desertcheck.cli import app
from desertcheck.fact_sheet import human_title
from desertcheck.vocabulary import figure_text

from .conftest import cli_runner


@pytest.mark.parametrize(
    ("value", "qualifier", "unit", "text"),
    [
        (312_400_000, "exactly", "GBP", "£312.4 million"),
        (2134, "exactly", "GBP a year", "£2,134 a year"),
        (1085, "about", "GBP-a-month", "about £1,085 a month"),
        (40, "exactly", "USD per week", "$40 per week"),
        ((9e6, 11e6), "between", "EUR", "€9–11 million"),
        (-5e6, "exactly", "GBP", "-£5 million"),
        (85e6, "exactly", "CHF", "85 million CHF"),  # no symbol a reader is sure of
        (1150, "at-least", "homes a year", "at least 1,150 homes a year"),
        (3, "exactly", "gbp", "3 gbp"),  # only the code as the registry writes codes
        ((1e6, 9_999_999), "between", "GBP", "millions of GBP"),
        # found in a user trial: a 30-digit value was "over 123,456,789,012,345,680
        # trillion people", digits the registry never wrote: past 2**53 a float holds 15
        (float(123456789012345678901234567890), "over", "people",
         "over 1.23456789012346 × 10²⁹ people"),
        (1e29, "exactly", "people", "1 × 10²⁹ people"),  # not 99,999,999,999,999,984 trillion
        ((1e29, 2e29), "between", "people", "1 × 10²⁹–2 × 10²⁹ people"),
        (2e15, "exactly", "people", "2,000 trillion people"),  # held exactly: as before
        # money says its pence: "£3.40", not "£3.4" (a user trial)
        (3.4, "exactly", "GBP", "£3.40"),
        (1250.5, "exactly", "EUR a day", "€1,250.50 a day"),
        (-2.5, "exactly", "USD", "-$2.50"),
        (1.459, "exactly", "GBP", "£1.459"),  # the digits the registry wrote, no fewer
        (3.4, "exactly", "CHF", "3.4 CHF"),  # no symbol, no money format
    ],
)  # fmt: skip
def test_figure_text(value: object, qualifier: str, unit: str, text: str) -> None:
    assert figure_text(value, qualifier, unit) == text  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slug", "title"),
    [
        ("band-d-council-tax", "Band D council tax"),
        ("council-tax-band-d", "Council tax band D"),
        ("war-deaths", "War deaths"),
        ("co2-emissions", "CO2 emissions"),
        ("a-level-passes", "A level passes"),
    ],
)
def test_fact_sheet_headings(slug: str, title: str) -> None:
    assert human_title(slug) == title


#: statements a registry might hold, and the heading a measure's slug gets with them
WRITTEN = [
    "Over 4,373 soldiers were convicted of AWOL, the UN says.",
    "AWOL cases rose. Desertion too.",  # "Desertion" starts a sentence: no form taken
    "The Ministry of Defence in Russia; the desertion count",
    "Band D council tax; the band d rate",  # written two ways: no form taken
]


@pytest.mark.parametrize(
    ("slug", "title"),
    [
        ("awol-convictions", "AWOL convictions"),
        ("desertion-and-awol-cases", "Desertion and AWOL cases"),
        ("un-figures", "UN figures"),
        ("cases-in-russia", "Cases in Russia"),
        ("desertion-cases", "Desertion cases"),
        ("council-tax-band-d", "Council tax band D"),
        ("the-war", "The war"),  # "The" only at a sentence's start
    ],
)
def test_fact_sheet_headings_take_the_words_as_the_registry_writes_them(
    slug: str, title: str
) -> None:
    from desertcheck.fact_sheet import written_forms

    assert human_title(slug, written_forms(WRITTEN)) == title


SOURCE = """---
title: "Housing survey"
publisher: "Eastmoor Borough Council"
language: "en"
published: "2025-02"
---
In 2024, average private rent for a two-bedroom home was £1,085 a month.

In 2024, the council's budget was £298.1 million, against £280 million a year earlier.

The borough needs at least 1,150 new homes a year in 2025.
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "sources").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "sources/survey.md").write_text(SOURCE, "utf-8")
    return tmp_path


def add(root: Path, quote: str) -> dict[str, object]:
    args = ["add", "claim", "--source", "survey", "--quote", quote, "--measure", "m"]
    more = ["--scope", "s", "--period", "2024", "--again", "--root", str(root)]
    r = cli_runner().invoke(app, [*args, *more])
    assert r.exit_code == 0, r.stdout + r.stderr
    data = yaml.safe_load((root / "claims/survey.yaml").read_text("utf-8"))
    return dict(data["claims"][-1])


@pytest.mark.parametrize(
    ("quote", "unit"),
    [
        ("£1,085", "GBP a month"),
        ("at least 1,150 new homes", "homes a year"),
        ("£280 million", "GBP"),  # "a year earlier": when, not how often
    ],
)
def test_add_claim_keeps_the_rate_in_the_unit(root: Path, quote: str, unit: str) -> None:
    claim = add(root, quote)
    assert claim["unit"] == unit


def test_scan_stubs_quote_the_rate_and_list_shows_it(root: Path) -> None:
    runner = cli_runner()
    r = runner.invoke(app, ["scan", "--stubs", "--root", str(root)])
    assert 'unit: "GBP a month"' in r.stdout
    # alone in its sentence: the whole sentence, its rate with it
    quote = "In 2024, average private rent for a two-bedroom home was £1,085 a month"
    assert f'quote: "{quote}"' in r.stdout
    add(root, "£1,085")
    r = runner.invoke(app, ["list", "--root", str(root)])
    assert "£1,085 a month" in r.stdout
    r = runner.invoke(app, ["export", "--format", "markdown", "--root", str(root)])
    assert "**£1,085 a month**" in r.stdout
