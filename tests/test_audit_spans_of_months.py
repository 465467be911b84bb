"""A span said with "in" before its first month ("in January to May 2025"), and two years
joined by "et" or "und" ("en 2024 et 2025", "entre 2024 et 2025", "zwischen 2022 und
2023"): the whole span, not its first month or year; the second year is no figure. The
drafts are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from desertcheck.audit.relative_months import dated_periods

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("cases in January to May 2025 rose", date(2025, 1, 1), date(2025, 5, 31)),
        ("in May through July 2024", date(2024, 5, 1), date(2024, 7, 31)),
        ("258 cas en 2024 et 2025", date(2024, 1, 1), date(2025, 12, 31)),
        ("entre 2024 et 2025", date(2024, 1, 1), date(2025, 12, 31)),
        ("zwischen 2022 und 2023", date(2022, 1, 1), date(2023, 12, 31)),
    ],
)
def test_a_span_is_read_whole(text: str, first: date, last: date) -> None:
    (period,) = dated_periods(text, 0)
    assert (period.kind, period.a[0], period.b[1]) == ("between", first, last)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("in January 2025 and after", date(2025, 1, 1), date(2025, 1, 31)),  # one month
        ("en 2024", date(2024, 1, 1), date(2024, 12, 31)),
    ],
)
def test_a_single_point_stays_one(text: str, first: date, last: date) -> None:
    (period,) = dated_periods(text, 0)
    assert (period.a[0], period.b[1]) == (first, last)


def test_a_span_in_a_dated_note_dates_its_figure() -> None:
    draft = (
        "# Radio notes, 12 June 2025\n\n"
        'Olena: "Russian courts had 4,350 new refusal-to-serve cases in January to May '
        '2025."\n'
    )
    assert judge(draft) == [
        ("4,350", "supported", "isl-mediazona-russia-new-cases-jan-may-2025"),
    ]


def test_two_french_years_date_their_figure_and_are_no_figure() -> None:
    draft = "Le rapport de l'ONU recense 258 cas de torture en 2024 et 2025.\n"
    assert judge(draft) == [("258", "supported", "nge-un-torture-cases-2024-25")]
