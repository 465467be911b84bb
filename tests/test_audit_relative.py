"""Relative periods read from the draft's own date ("last year" in a draft dated 2025 is
2024), "a year earlier" as the period before it a year back, and the period and rate a
table row gives its cells (docs/audit.md, the sixth round)."""

from __future__ import annotations

from datetime import date

import pytest

from desertcheck.audit.context import period_cell
from desertcheck.audit.periods import find_periods
from desertcheck.audit.relative import absolute, dated, draft_date, to_draft

from .test_audit_reading2 import judge

TRIALS_2023 = "mt-mediazona-refusal-to-serve-trials-2023"  # 5,593 soldiers, 2023
NEW_CASES = "isl-mediazona-new-cases-per-month-spring-2025"  # about 1,000 a month
DEFENDANTS = "isl-mediazona-refusal-to-serve-defendants-may-2025"  # 20,662 by end of May 2025
UKRAINE = "isl-ukraine-court-cases-jan-may-2025"  # 2,355, January to May 2025
RUSSIA = "isl-mediazona-russia-new-cases-jan-may-2025"  # 4,350, January to May 2025


def _dated(day: str, body: str) -> str:
    return f"# Courts\n\n*Published {day}.*\n\n{body}\n"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("# T\n\n*Recorded in Riga on 3 June 2025. Edited.*\n", date(2025, 6, 3)),
        ("# T\n\nBy staff, March 4, 2024\n", date(2024, 3, 4)),
        ("---\ntitle: t\ndate: 2025-10-30\n---\n", date(2025, 10, 30)),
        ("# Т\n\n*Опубликовано 18 января 2026 года.*\n", date(2026, 1, 18)),
        # a month and year alone, or a span of years in a title, is no date line
        ("# Policy brief, 2022–2025\n\nMay 2025 figures.\n", None),
        # a date past the draft's first lines is not its own
        ("# T\n\na\n\nb\n\nc\n\n*Published 3 June 2025.*\n", None),
        ("# T\n\n*Published 31 February 2025.*\n", None),
        # of several, the latest: a title may name the day an event began
        ("# A year since 24 February 2022\n\n*Published 3 March 2023.*\n", date(2023, 3, 3)),
    ],
)
def test_draft_date(head: str, expected: date | None) -> None:
    assert draft_date(head) == expected


@pytest.mark.parametrize(
    ("today", "text", "expected"),
    [
        (date(2025, 11, 12), "5,593 went on trial last year", ("in", "2024-01-01", "2024-12-31")),
        (date(2025, 11, 12), "in the first half of this year", ("in", "2025-01-01", "2025-06-30")),
        (date(2026, 1, 18), "Last spring the rate was 700", ("in", "2025-03-01", "2025-05-31")),
        (date(2025, 11, 12), "Last spring the rate was 700", ("in", "2025-03-01", "2025-05-31")),
        (date(2025, 4, 2), "Last spring the rate was 700", ("in", "2024-03-01", "2024-05-31")),
        (date(2026, 1, 18), "by the end of last May", ("as-of", "2025-05-01", "2025-05-31")),
        (date(2025, 9, 25), "by the end of last May", ("as-of", "2025-05-01", "2025-05-31")),
        (date(2025, 9, 25), "By this summer", ("as-of", "2025-06-01", "2025-08-31")),
        (date(2025, 9, 25), "cases in December last year", ("in", "2024-12-01", "2024-12-31")),
        (
            date(2026, 1, 18),
            "from November 2024 to July of last year",
            ("between", "2024-11-01", "2025-07-31"),
        ),
        (date(2025, 9, 25), "в прошлом году", ("in", "2024-01-01", "2024-12-31")),
        # German (found in a newsroom's trial: read as no period)
        (date(2025, 6, 30), "Im vergangenen Jahr wurden", ("in", "2024-01-01", "2024-12-31")),
        (date(2025, 6, 30), "Voriges Jahr wurden", ("in", "2024-01-01", "2024-12-31")),
        (date(2025, 6, 30), "wurden in diesem Jahr", ("in", "2025-01-01", "2025-12-31")),
        (date(2025, 6, 30), "wurden heuer 11,68 Mio.", ("in", "2025-01-01", "2025-12-31")),
    ],
)
def test_relative_periods(today: date, text: str, expected: tuple[str, str, str]) -> None:
    with dated(today):
        (period,) = find_periods(text, 100)
    assert (period.kind, str(period.a[0]), str(period.b[1])) == expected
    # the period's span is the draft's own words
    assert period.text == text[period.start - 100 : period.end - 100]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the last year" is no date
        ("against 257 in 2021, the last year of peace", ["in 2021"]),
        ("told the Council this month", []),  # a month relative to the date: when said
        ("this may change", []),  # a verb
        ("since our last issue", []),
    ],
)
def test_relative_words_that_are_no_period(text: str, expected: list[str]) -> None:
    with dated(date(2025, 9, 25)):
        assert [p.text for p in find_periods(text)] == expected


def test_without_a_date_relative_words_are_not_read() -> None:
    assert find_periods("5,593 went on trial last year") == []
    assert absolute("last year") is None


def test_positions_map_back_to_the_draft() -> None:
    with dated(date(2025, 9, 25)):
        rewritten = absolute("Last spring 700; in June last year 848.")
    assert rewritten is not None
    new, pieces = rewritten
    assert new == "in spring 2025 700; in June 2024 848."
    assert to_draft(new.index("700"), pieces) == 12
    assert to_draft(new.index("848"), pieces) == len("Last spring 700; in June last year ")
    assert to_draft(0, pieces) == 0 and to_draft(len("in spring 2025"), pieces, end=True) == 11


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "last year" in a draft dated 2025 is 2024: not the claim's 2023
        (
            _dated("10 October 2025", "Mediazona found 5,593 soldiers went on trial last year."),
            [("5,593", "period-drift", TRIALS_2023)],
        ),
        (
            _dated("10 October 2024", "Mediazona found 5,593 soldiers went on trial last year."),
            [("5,593", "supported", TRIALS_2023)],
        ),
        # no date line: the relative words are not read, the figure is not held to them
        (
            "# Courts\n\nMediazona found 5,593 soldiers went on trial last year.\n",
            [("5,593", "supported", TRIALS_2023)],
        ),
        (
            _dated(
                "10 October 2025",
                "Last spring the courts received around 1,000 new cases every month.",
            ),
            [("around 1,000", "supported", NEW_CASES)],
        ),
        (
            _dated(
                "10 October 2026",
                "Last spring the courts received around 1,000 new cases every month.",
            ),
            [("around 1,000", "period-drift", NEW_CASES)],
        ),
        (
            _dated(
                "2 February 2026",
                "By the end of last May, cases against 20,662 men had reached the military courts.",
            ),
            [("20,662", "supported", DEFENDANTS)],
        ),
        (
            _dated(
                "2 February 2026",
                "By the end of May this year, cases against 20,662 men "
                "had reached the military courts.",
            ),
            [("20,662", "period-drift", DEFENDANTS)],
        ),
    ],
)
def test_relative_periods_in_a_dated_draft(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Between January and May 2025 Russian courts received 4,350 new cases; a year "
            "earlier Ukrainian courts received 2,355.",
            [("4,350", "supported", RUSSIA), ("2,355", "period-drift", UKRAINE)],
        ),
        (
            "Between January and May 2025 Russian courts received 4,350 new cases, and "
            "Ukrainian courts received 2,355.",
            [("4,350", "supported", RUSSIA), ("2,355", "supported", UKRAINE)],
        ),
    ],
)
def test_a_year_earlier_is_the_period_before_a_year_back(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("spring 2025", ("in", "2025-03-01", "2025-05-31")),
        (" April 2025 ", ("in", "2025-04-01", "2025-04-30")),
        ("2021 (pre-war)", ("in", "2021-01-01", "2021-12-31")),
        ("24 Feb 2022 to 22 Feb 2024", ("between", "2022-02-01", "2024-02-29")),
        ("Jan–May 2025", None),  # not read as a period by the patterns: left alone
        ("New cases a month", None),
        ("around 1,000", None),
        ("since 2022 (our count)", None),  # "since" is no "Period" cell's word
        ("", None),
    ],
)
def test_period_cell(cell: str, expected: tuple[str, str, str] | None) -> None:
    read = period_cell(cell)
    got = None if read is None else (read[0], str(read[1][0]), str(read[2][1]))
    assert got == expected
