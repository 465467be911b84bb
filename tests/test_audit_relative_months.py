"""Relative period words that the rewrite of :mod:`desertcheck.audit.relative` leaves,
read from the draft's own date: months without a year, "two years ago", Russian seasons
and months (docs/audit.md, "Periods")."""

from __future__ import annotations

from datetime import date

import pytest

from desertcheck.audit.relative import dated
from desertcheck.audit.relative_months import dated_periods

from .test_audit_reading2 import judge

TODAY = date(2025, 10, 25)


@pytest.mark.parametrize(
    ("text", "kind", "first", "last"),
    [
        ("13,500 were convicted last year alone", "in", date(2024, 1, 1), date(2024, 12, 31)),
        ("In May alone the courts issued 848 verdicts", "in", date(2025, 5, 1), date(2025, 5, 31)),
        ("since December last year", "since", date(2024, 12, 1), date(2024, 12, 31)),
        ("Between January and May this year", "between", date(2025, 1, 1), date(2025, 5, 31)),
        ("from January to July of last year", "between", date(2024, 1, 1), date(2024, 7, 31)),
        ("This spring they were receiving", "in", date(2025, 3, 1), date(2025, 5, 31)),
        # a single month, not "alone": the total stood at that by then
        ("The UN's answer, last September: 50k+", "as-of", date(2025, 9, 1), date(2025, 9, 30)),
        ("Two years ago a blog counted", "as-of", date(2023, 1, 1), date(2023, 12, 31)),
        ("в прошлом году были осуждены", "in", date(2024, 1, 1), date(2024, 12, 31)),
        ("Только в апреле было вынесено 848", "in", date(2025, 4, 1), date(2025, 4, 30)),
        ("С января по май суды получили 4350", "between", date(2025, 1, 1), date(2025, 5, 31)),
        # no preposition, leading its clause: a transcript's "February to June, 2,100 cases"
        ("February to June, 2,100 new cases", "between", date(2025, 2, 1), date(2025, 6, 30)),
        ("November through March, some 900", "between", date(2024, 11, 1), date(2025, 3, 31)),
        # a chat's shorthand: a hyphen, "yr", a colon
        ("feb-jun this yr: 2,100 new cases", "between", date(2025, 2, 1), date(2025, 6, 30)),
        ("Mar–Apr: 640", "between", date(2025, 3, 1), date(2025, 4, 30)),
    ],
)
def test_relative_period_words(text: str, kind: str, first: date, last: date) -> None:
    with dated(TODAY):
        found = dated_periods(text, 0)
    assert [(p.kind, p.a[0], p.b[1]) for p in found] == [(kind, first, last)]


@pytest.mark.parametrize(
    "text",
    [
        "4,373 against 527 in 2021, the last year before the war",
        "A report published in September says",  # when it was said
        "From Proekt's count, published last month:",
        "said in October 2025 that over 25,000",  # the absolute date, not "October"
        "In April of that year alone",  # refers back, not to the draft's date
        "you may well ask",
        # a month range with no preposition that leads no clause: a label, "May to June"
        # as a name
        "**February to June** — our own arithmetic: 420 a month",
    ],
)
def test_not_relative_periods(text: str) -> None:
    with dated(TODAY):
        found = [p.text for p in dated_periods(text, 0)]
    assert found == [p.text for p in dated_periods(text, 0)]


def test_a_draft_without_a_date_reads_none() -> None:
    assert dated_periods("13,500 were convicted last year alone", 0) == []


@pytest.mark.parametrize(
    ("date_line", "status"),
    [("Posted 2 March 2026.", "period-drift"), ("Posted 2 March 2025.", "supported")],
)
def test_last_year_is_read_from_the_draft_date(date_line: str, status: str) -> None:
    text = (
        f"# Thread\n\n*{date_line}*\n\n"
        "Convictions for desertion-related offences last year alone: 13.5k.\n"
    )
    assert judge(text)[0][1] == status


def test_the_number_and_the_period_together_lower_the_bar() -> None:
    # few words of the claims, but each figure is a claim's own number and the months are
    # the claim's months: both pieces of evidence count
    text = (
        "*20 ноября 2025 г.*\n\n"
        "С января по май российские военные суды получили 4350 новых дел, украинские — 2355.\n"
    )
    assert [(f, s) for f, s, _ in judge(text)] == [("4350", "supported"), ("2355", "supported")]
    # with another period the words alone do not clear the bar at that score, but each
    # number is a claim's own, of four digits, written to the letter: a drift of its
    # period (audit/own_number.py)
    text = text.replace("С января по май", "С января по март")
    assert [s for _, s, _ in judge(text)] == ["period-drift", "period-drift"]


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # months with no year take the one year the sentence names before them
        (
            "In 2024, 4,350 cases were opened, against 2,355 in court from January to May.",
            [
                ("in", date(2024, 1, 1), date(2024, 12, 31)),
                ("between", date(2024, 1, 1), date(2024, 5, 31)),
            ],
        ),
        (
            "Over 2023 the courts took 900 cases, 120 of them in December alone.",
            [
                ("in", date(2023, 1, 1), date(2023, 12, 31)),
                ("in", date(2023, 12, 1), date(2023, 12, 31)),
            ],
        ),
        # a year named after them, or two years: the draft's date still dates them
        (
            "From January to May, 2,355 cases, against 4,350 in 2024.",
            [
                ("between", date(2025, 1, 1), date(2025, 5, 31)),
                ("in", date(2024, 1, 1), date(2024, 12, 31)),
            ],
        ),
        (
            "In 2023 and 2024, 900 cases; from January to May, 2,355.",
            [
                ("between", date(2023, 1, 1), date(2024, 12, 31)),
                ("between", date(2025, 1, 1), date(2025, 5, 31)),
            ],
        ),
        # relative words are the draft's date's, whatever year the sentence names
        (
            "In 2023, 900 cases; from January to May this year, 2,355.",
            [
                ("in", date(2023, 1, 1), date(2023, 12, 31)),
                ("between", date(2025, 1, 1), date(2025, 5, 31)),
            ],
        ),
    ],
)
def test_months_with_no_year_take_the_year_the_sentence_names(
    text: str, periods: list[tuple[str, date, date]]
) -> None:
    with dated(TODAY):
        found = dated_periods(text, 0)
    assert [(p.kind, p.a[0], p.b[1]) for p in found] == periods
