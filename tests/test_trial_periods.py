"""UK financial years ("2025/26", "FY2025-26", "financial year 2025 to 2026") read out of a
source's text as the registry writes them: 2025-04/2026-03."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from desertcheck.authoring.periods import guess
from desertcheck.cli import app

from .conftest import cli_runner, one_source


@pytest.mark.parametrize(
    ("sentence", "period", "unsure"),
    [
        ("The council spent £3 million in FY2025/26.", "2025-04/2026-03", False),
        ("The council spent £3 million in FY 2025-26.", "2025-04/2026-03", False),
        ("The council spent £3 million in the 2025-26 financial year.", "2025-04/2026-03", False),
        ("The council spent £3 million in financial year 2025 to 2026.", "2025-04/2026-03", False),
        ("In the financial year 2024/25 the council spent £3 million.", "2024-04/2025-03", False),
        # a year and the next in two digits: both years, said to be a guess that names the
        # financial year's form
        ("The council spent £3 million in 2025/26.", "2025/2026", True),
        ("The council spent £3 million in 2025-26.", "2025/2026", True),
        # not one year and the next: both whole years, as before
        ("The council spent £3 million in 2024-2025.", "2024/2025", False),
        ("The council spent £3 million in 2023/25.", "2023/2025", False),
        ("The council spent £3 million in FY2025/27.", "2025/2027", False),
    ],
)
def test_a_financial_year_in_the_text(sentence: str, period: str, unsure: bool) -> None:
    start = sentence.index("£3")
    found = guess(sentence, start, start + len("£3 million"), (0, len(sentence)))
    assert found is not None
    assert found.period == period
    assert (found.unsure is not None) == unsure


SOURCE = """---
title: "Eastmoor Council approves its 2025/26 budget"
publisher: "Eastmoor Borough Council"
language: "en"
published: "2025-02-27"
---
The council approved a net revenue budget of £312.4 million for 2025/26.

The council will spend £14.6 million on children's homes in FY2025/26.
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    one_source(tmp_path, SOURCE)
    return tmp_path


def add(root: Path, quote: str) -> dict[str, object]:
    r = cli_runner().invoke(
        app,
        [
            *("add", "claim", "--source", "budget", "--quote", quote, "--measure", "m"),
            *("--scope", "s", "--again", "--root", str(root)),
        ],
    )
    assert r.exit_code == 0, r.stdout + r.stderr
    data = yaml.safe_load((root / "claims/budget.yaml").read_text("utf-8"))
    return dict(data["claims"][-1])


def test_add_claim_reads_a_financial_year(root: Path) -> None:
    claim = add(root, "spend £14.6 million on children's homes in FY2025/26")
    assert claim["period"] == "2025-04/2026-03"
    assert "note" not in claim


def test_add_claim_names_the_financial_year_form_of_2025_26(root: Path) -> None:
    r = cli_runner().invoke(
        app,
        [
            *("add", "claim", "--source", "budget", "--quote", "£312.4 million for 2025/26"),
            *("--measure", "m", "--scope", "s", "--root", str(root)),
        ],
    )
    assert r.exit_code == 2
    said = " ".join(r.stderr.split())
    assert (
        "--period PERIOD (2025/2026 is only a guess: “2025/26” is taken as both whole years, but"
        in said
    )
    assert "a UK financial year (April to March) is written 2025-04/2026-03" in said
    assert not (root / "claims/budget.yaml").exists()


def test_scan_stubs_read_financial_years(root: Path) -> None:
    r = cli_runner().invoke(app, ["scan", "budget", "--stubs", "--root", str(root)])
    assert r.exit_code in (0, 1), r.stdout + r.stderr
    assert r.stdout.count('period: "2025-04/2026-03"') == 1, r.stdout  # FY2025/26
    assert 'period: "2025/2026"' in r.stdout  # 2025/26, with a note
    assert "a UK financial year (April to March) is written 2025-04/2026-03" in r.stdout


#: German period words of a source, found in a German newsroom's trial: each was read as
#: the bare year ("für Juni 2024" as 2024), or the comparison year as the figure's
@pytest.mark.parametrize(
    ("sentence", "figure", "period", "cumulative"),
    [
        ("Für Juni 2024 wurden insgesamt 11,68 Mio. gemeldet.", "11,68", "2024-06", False),
        ("Im Juni 2024 meldeten die Hotels 11,68 Mio. Nächtigungen.", "11,68", "2024-06", False),
        ("Von Januar bis Juni 2024 wurden 75,7 Mio. gezählt.", "75,7", "2024-01/2024-06", False),
        ("Jänner bis Juni 2024 wurden 75,7 Mio. gezählt.", "75,7", "2024-01/2024-06", False),
        ("Zwischen 2022 und 2024 wurden 8.100 Fälle gezählt.", "8.100", "2022/2024", False),
        ("Im ersten Halbjahr 2024 wurden 75,7 Mio. gezählt.", "75,7", "2024-01/2024-06", False),
        ("Im zweiten Halbjahr 2024 wurden 80,1 Mio. gezählt.", "80,1", "2024-07/2024-12", False),
        ("Seit März 2022 flohen 16.000 Soldaten.", "16.000", "2022-03/2025-06-11", True),
        # the year after "als" is the one compared with, not the figure's
        ("2024 wurden 129.300 Ehen geschieden, 11.800 weniger als 2023.", "11.800", "2024", False),
    ],
)  # fmt: skip
def test_german_period_words(sentence: str, figure: str, period: str, cumulative: bool) -> None:
    start = sentence.index(figure)
    whole = (0, len(sentence))
    found = guess(sentence, start, start + len(figure), whole, "2025-06-11", whole)
    assert found is not None
    assert (found.period, found.cumulative) == (period, cumulative)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        # found in a German newsroom's trial: "65.700" was read as 65.7 and refused
        ("65.700", "de", 65700.0),
        ("1.234.567", "de-AT", 1234567.0),
        ("3,3", "de", 3.3),
        ("3.5", "de", 3.5),  # no group of three after the point: a decimal
        ("65.700", "en", 65.7),  # an English source keeps the decimal point
        ("50000", "de", 50000.0),
    ],
)
def test_a_value_given_as_the_source_writes_it(text: str, language: str, value: float) -> None:
    from desertcheck.authoring.options import given_value

    assert given_value(text, language) == value
