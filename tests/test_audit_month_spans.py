"""A span written as two bare month-years ("Feb 2022–Dec 2024", "February 2022 – December
2024") is a period, in a table's header as in prose: the header of a table of districts
gives its rows their period, not the paragraph before it."""

from __future__ import annotations

from datetime import date

import pytest

from desertcheck.audit.periods import find_periods

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    "text",
    [
        "Desertion cases, Feb 2022–Dec 2024 (Frontelligence)",
        "Desertion cases, Feb 2022 to Dec 2024",
        "Desertion cases, Feb. 2022-Dec. 2024",
        "Desertion cases, February 2022 – December 2024",
        "Desertion cases, Feb 2022 through Dec 2024",
    ],
)
def test_month_year_span(text: str) -> None:
    [period] = find_periods(text, 0)
    assert period.kind == "between"
    assert (period.a[0], period.b[1]) == (date(2022, 2, 1), date(2024, 12, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a span whose end comes before its start is no span; a month and a
        # year to a bare year, and a span within one year, are the other patterns' own
        ("in Dec 2024-Feb 2022", [("in", "in Dec 2024")]),
        ("May 2023 to 2024", []),
        ("cases February–December 2024", [("between", "February–December 2024")]),
        (
            "from February 2022 to December 2024",
            [("between", "from February 2022 to December 2024")],
        ),
    ],
)
def test_month_year_span_near_misses(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.kind, p.text) for p in find_periods(text, 0)] == expected


def test_table_header_span_dates_its_rows() -> None:
    draft = (
        "EUAA says over 13,500 soldiers were convicted in 2024.\n\n"
        "| Military district | Desertion cases, Feb 2022–Dec 2024 (Frontelligence) |\n"
        "|---|---|\n"
        "| Southern | 22,580 |\n"
        "| Central | 13,800 |\n"
    )
    assert judge(draft)[1:] == [
        ("22,580", "supported", "euaa-frontelligence-desertions-southern-md-dec-2024"),
        ("13,800", "supported", "euaa-frontelligence-desertions-central-md-dec-2024"),
    ]


def test_span_holds_a_state_of_the_law() -> None:
    # a maximum sentence (a state of the law, dated one day) agrees with a span that holds
    # its day; a count over the span still needs the span's own start and end
    draft = (
        "| Offence | Cases | Period | Maximum sentence |\n"
        "|---|---|---|---|\n"
        "| AWOL, art. 337 | 18,159 | Feb 2022–Jun 2025 | 10 years |\n"
    )
    assert judge(draft) == [
        ("18,159", "supported", "isl-mediazona-awol-cases"),
        ("10", "supported", "isl-awol-max-sentence"),
    ]
