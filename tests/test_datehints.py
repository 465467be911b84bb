"""A date or period written another way is named in the registry's form."""

from __future__ import annotations

import pytest

from desertcheck.datehints import date_hint
from desertcheck.model import _parse_partial_date, _parse_period


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("04/02/2024", "2024-02-04 (day/month/year) or 2024-04-02 (month/day/year)"),
        ("13/02/2024", "2024-02-13"),
        ("02/13/2024", "2024-02-13"),
        ("5.3.2024", "2024-03-05 (day/month/year) or 2024-05-03 (month/day/year)"),
        ("07/07/2024", "2024-07-07"),
        ("2024-2025", "2024/2025"),
        ("2024 – 2025", "2024/2025"),
        ("2022 to 2024", "2022/2024"),
        (
            "2024-25",
            "2024-04/2025-03 for a UK financial year (April to March), or 2024/2025 for both years",
        ),
        (
            "2025/26",
            "2025-04/2026-03 for a UK financial year (April to March), or 2025/2026 for both years",
        ),
        ("FY2025/26", "2025-04/2026-03 (the UK financial year, April to March)"),
        ("FY 2025-26", "2025-04/2026-03 (the UK financial year, April to March)"),
        ("financial year 2025 to 2026", "2025-04/2026-03 (the UK financial year, April to March)"),
        ("2025/26 financial year", "2025-04/2026-03 (the UK financial year, April to March)"),
        ("FY2025/27", None),  # not one year
        ("March 20, 2025", "2025-03-20"),
        ("20 March 2025", "2025-03-20"),
        ("1st Sept. 2024", "2024-09-01"),
        ("Feb 2024", "2024-02"),
        ("december, 2023", "2023-12"),
        ("Q1 2025", "2025-01/2025-03"),
        ("2024q4", "2024-10/2024-12"),
        # nothing sure to offer
        ("2025-2024", None),
        ("32/13/2024", None),
        ("spring 2024", None),
        ("2024", None),
        ("the war", None),
    ],
)
def test_date_hint(written: str, meant: str | None) -> None:
    assert date_hint(written) == meant


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("04/02/2024", "'04/02/2024' is not written as a date or span (YYYY, YYYY-MM, "),
        ("2024-2025", "did you mean 2024/2025?"),
        ("2025/26", "did you mean 2025-04/2026-03 for a UK financial year (April to March)"),
        ("2024/foo", "'2024/foo': 'foo' is not a date"),  # the whole value, not a piece
        ("spring 2024", "write YYYY, YYYY-MM or YYYY-MM-DD, or START/END for a span"),
        ("2024-13", "'2024-13' is not a real date"),
    ],
)
def test_period_messages(value: str, said: str) -> None:
    with pytest.raises(ValueError, match="invalid period") as caught:
        _parse_period(value)
    assert said in str(caught.value)


def test_published_date_message() -> None:
    with pytest.raises(ValueError) as caught:
        _parse_partial_date("March 20, 2025")
    assert str(caught.value).endswith("did you mean 2025-03-20?")


def test_the_days_of_a_month_are_the_calendars() -> None:
    import calendar

    from desertcheck.datehints import days_in_month

    for year in (*range(1, 2500), 9999):
        for month in range(1, 13):
            assert days_in_month(year, month) == calendar.monthrange(year, month)[1]
