"""Where a table's rows take their period from (found in a user's trial: a paragraph after
a table re-dated every row of it, so a correct table became a run of period drifts and
its one wrong row was lost)."""

from __future__ import annotations

import pytest

from desertcheck.audit.table_periods import has_figures, table_periods

from .test_audit import auditor

TABLE = (
    "| District | Desertions to Dec. 2024 |\n"
    "|---|---|\n"
    "| Southern | nearly 22,580 |\n"
    "| Central | nearly 13,800 |\n"
    "| Leningrad | 3,500 |\n"
)


def verdicts(text: str) -> list[tuple[str, str]]:
    return [(" ".join(it.figure.text.split()), it.status) for it in auditor().audit(text, "d.md")]


@pytest.mark.parametrize(
    "after",
    [
        # prose that goes on from the table, with figures and a period of its own
        "Between November 2024 and July 2025, over 25,000 more soldiers left their units.",
        # a note on the table with no figure, of another period: the header's wins
        "Analysts expect more in 2025.",
    ],
)
def test_the_headers_period_dates_its_rows_whatever_follows(after: str) -> None:
    found = verdicts(f"{TABLE}\n{after}\n")
    rows = dict(found[:3])
    assert rows["nearly 22,580"] == "supported"
    assert rows["nearly 13,800"] == "supported"
    assert rows["3,500"] == "mismatch"  # Leningrad's is over 3,050: the wrong row is caught


def test_a_lead_in_that_introduces_the_table_dates_it_before_a_later_paragraph() -> None:
    text = (
        "According to Proekt, between February 2022 and February 2024:\n\n"
        "| Charge | Convicted |\n|---|---|\n| AWOL | 4,373 |\n\n"
        "In 2021, before the war, only 527 were.\n"
    )
    assert verdicts(text)[0] == ("4,373", "supported")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Figures as of December 2024.", False),
        ("Between November 2024 and July 2025.", False),
        ("Between November 2024 and July 2025, over 25,000 left.", True),
        ("In 2021, before the war, only 527 were.", True),
    ],
)
def test_a_caption_with_figures_of_its_own(text: str, expected: bool) -> None:
    assert has_figures(text) is expected


def test_the_order_of_the_places_a_row_takes_its_period_from() -> None:
    # beyond its column's header (read per figure: test_review14); (text, first line)
    assert [w for _, w, _ in table_periods(("Lead:", 2), ("Note.", 9), False)] == [
        "the table's lead-in",
        "the table's caption",
    ]
    assert [w for _, w, _ in table_periods(("A lead", 2), ("Note.", 9), False)] == [
        "the table's caption",
        "the table's lead-in",
    ]
    assert [w for _, w, _ in table_periods(("A lead", 2), ("Over 25,000 left.", 9), False)] == [
        "the table's lead-in"
    ]
