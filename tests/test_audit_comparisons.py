"""A figure that refers back to the sentence before takes that sentence's own period, not
the one it compares with."""

from __future__ import annotations

from pathlib import Path

import pytest

from desertcheck.audit.comparisons import main_period
from desertcheck.audit.periods import find_periods

from .authored import Authored


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Boats carried 4.5 million passengers in 2025, up from 3.9 million in 2024.", "in 2025"),
        ("It finished 1,126 new homes in 2025, the most since 2019.", "in 2025"),
        ("Arrivals fell to 900 in 2025 compared with 1,200 in 2024.", "in 2025"),
        ("It was 12% higher in 2025 than in 2023.", "in 2025"),
        ("Cases rose to 410 in 2025 (against 380 in 2024).", "in 2025"),
        # no comparison: the last period, as before
        ("Courts heard 300 cases in 2024 and 410 in 2025.", "in 2025"),
        ("Since 2022, 16,000 have been prosecuted.", "Since 2022"),
        # "since" is the sentence's own period where no superlative makes it a comparison
        ("It has carried 9 million passengers since 2019, its busiest run.", "since 2019"),
        # only comparisons: the last, as before
        ("Up from 3.9 million in 2024.", "in 2024"),
    ],
)
def test_the_period_a_sentence_is_about(sentence: str, period: str) -> None:
    found = main_period(find_periods(sentence, 100), sentence, 100)
    assert found is not None
    assert found.text == period


def test_no_period() -> None:
    assert main_period([], "No date here.", 0) is None


def test_a_figure_that_refers_back_takes_the_sentence_s_own_period(tmp_path: Path) -> None:
    reg = Authored(
        tmp_path,
        "# Homes\n\nThe town finished 1,126 new homes in 2025. Of those, 318 were social "
        "rented homes.\n",
    )
    reg.claim("318 were social rented homes", "social-homes", "--unit", "homes")
    _, items = reg.audit(
        "The town finished 1,126 new homes in 2025, the most since 2019. Of those, 318 were "
        "social rented homes.\n"
    )
    by_text = {it["value"]["text"]: it for it in items}
    assert by_text["318"]["status"] == "supported", by_text["318"]["message"]


# A user trial: "38% full, the lowest level since 2018" took "since 2018" for the figure's
# period beside an explicit date, a false period-drift that failed the draft.
RECORDS = [
    (
        "By 1 September 2025 reservoirs were only 38% full, the lowest level since 2018.",
        "supported",
    ),
    ("Reservoirs were 38% full on 1 September 2025, the lowest since 2018.", "supported"),
    ("Reservoirs were only 38% full, the lowest level since 2018.", "supported"),
    # a "since" that is the figure's own period still counts
    ("Reservoirs have been 38% full since 2018.", "period-drift"),
]


@pytest.mark.parametrize(("draft", "status"), RECORDS)
def test_a_records_since_dates_no_figure(tmp_path: Path, draft: str, status: str) -> None:
    reg = Authored(
        tmp_path,
        "# Drought\n\nReservoirs stood at 38% of capacity on 1 September 2025, the lowest "
        "since 2018.\n",
    )
    reg.claim(
        "stood at 38% of capacity", "reservoir-level", "--unit", "percent", "--period", "2025-09-01"
    )
    _, items = reg.audit(draft + "\n")
    [item] = [it for it in items if it["value"]["text"].startswith("38")]
    assert item["status"] == status, item["message"]
