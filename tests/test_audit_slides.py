"""A slide's or a table's shorthand, read as a fact-checker reads it: a rate's span after a
slash ("/mo", "/wk", "/working day"), a year with its century cut ("Apr '25", "Jan–May
'25"), and the two-letter country codes ("RU", "UA"). The drafts are written for these
tests."""

from __future__ import annotations

import pytest

from desertcheck.audit import find_periods
from desertcheck.audit.kinds import figure_kind
from desertcheck.audit.terms import terms
from desertcheck.quantity import parse_quantities

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("700 convictions/mo", "rate-month"),
        ("700 convictions/month", "rate-month"),
        ("700 convictions / mth", "rate-month"),
        ("40 requests/wk", "rate-week"),
        ("38/working day", "rate-day"),
        ("38 per working day", "rate-day"),
        # a fraction, a date and a ratio are no rate
        ("700 of 24/7 staff", "count"),
        ("700 convictions, 3/4 of them", "count"),
    ],
)
def test_a_rates_span_after_a_slash(text: str, kind: str) -> None:
    q = parse_quantities(text)[0]
    assert figure_kind(q, text[q.end :], text[: q.start]) == kind


@pytest.mark.parametrize(
    ("text", "kind", "first", "last"),
    [
        ("in Apr '25", "in", "2025-04-01", "2025-04-30"),
        ("Jan–May ’25", "between", "2025-01-01", "2025-05-31"),
        ("by spring '25", "as-of", "2025-03-01", "2025-05-31"),
        ("since '22", "since", "2022-01-01", "2022-12-31"),
    ],
)
def test_a_year_with_its_century_cut(text: str, kind: str, first: str, last: str) -> None:
    (period,) = find_periods(text)
    assert (period.kind, str(period.a[0]), str(period.b[1])) == (kind, first, last)


@pytest.mark.parametrize("text", ["in the '90s", "since the '99ers left", "in '25s"])
def test_a_decade_or_a_word_is_no_cut_year(text: str) -> None:
    assert find_periods(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cut year is a period, never a figure of its own
        (
            "- Apr '25: 848 verdicts",
            [("848", "supported", "isl-mediazona-verdicts-april-2025")],
        ),
        # a rate after a slash meets the claim per month
        (
            "- Convictions by spring 2025: 700–800/mo",
            [("700–800", "supported", "isl-mediazona-convictions-per-month-spring-2025")],
        ),
        # abbreviations of words that name no measure take nothing from its score
        (
            "- Refusing to fight: avg 2 yrs",
            [("2", "supported", "mt-proekt-refusal-to-fight-average-sentence")],
        ),
        # "/working day" is a day's rate too
        (
            "In April 2025 the courts gave 38 verdicts/working day.",
            [("38", "supported", "isl-mediazona-verdicts-per-working-day-april-2025")],
        ),
    ],
)
def test_slide_bullets(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(text) == expected


@pytest.mark.parametrize(
    ("short", "long"),
    [("avg 2 yrs", "average 2 years"), ("~1k/mo", "~1k/month"), ("40/wk", "40/week")],
)
def test_a_slides_abbreviations_weigh_what_their_words_weigh(short: str, long: str) -> None:
    """ "yrs", "mo", "wk", "avg" are the words they shorten, which say nothing of a
    measure: they count as little (nothing) in a sentence's words."""
    assert terms(short) == terms(long)


def test_country_codes_stand_for_the_country() -> None:
    assert "russia" in terms("4,350 cases RU")
    assert "ukrain" in terms("2,355 UA")
