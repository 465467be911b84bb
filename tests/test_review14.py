"""Found in a review of the session's audit and page changes: each case a rule went too far."""

from __future__ import annotations

import pytest

from desertcheck.audit.draft_notes import lang_of
from desertcheck.audit.table_periods import header_period
from desertcheck.draft import blank

from .test_audit import auditor


def items(text: str) -> list[tuple[str, str, str]]:
    return [
        (" ".join(it.figure.text.split()), it.figure.qualifier, it.status)
        for it in auditor().audit(text, "d.md")
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Markdown strikes what stands between double tildes, whatever it is
        ("said~~16,000~~ 13,500", "said           13,500"),
        ("~~(16,000)~~ over 13,500", "             over 13,500"),
        ("~~16,000.~~ over 13,500", "            over 13,500"),
        ("~~**16,000**~~ x", "               x"),
        # a post counter "2/" whatever follows it
        ("2/ in 2024 courts tried 129", "   in 2024 courts tried 129"),
    ],
)
def test_struck_text_and_counters(text: str, kept: str) -> None:
    assert blank(text) == kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change said in per cent is no count said as a share
        ("Malingering trials rose 31% in 2024.", ("31%", "exactly", "unsourced")),
        ("About 129% more desertion trials were held.", ("About 129%", "about", "unsourced")),
        # "did not exceed" is no "over"
        ("Convictions for desertion did not exceed 13,500 in 2024.", ("13,500", "exactly", None)),
        # the verb "rounded up" is no "about"
        (
            "Military police rounded up 1,010 soldiers charged with desertion under Article 338.",
            ("1,010", "exactly", "supported"),
        ),
        # a listicle's word after a count that is a statistic
        (
            "- 2,000 questions from soldiers reached the volunteer group by late 2023.",
            ("2,000", "exactly", None),
        ),
        # a column headed "not rounded" hedges nothing
        (
            "| District | Cases (exact, not rounded) |\n|---|---|\n| Southern | 22,600 |\n",
            ("22,600", "exactly", "unsourced"),
        ),
    ],
)
def test_rules_that_went_too_far(text: str, expected: tuple[str, str, str | None]) -> None:
    found = items(text)[0]
    assert found[:2] == expected[:2]
    if expected[2] is not None:
        assert found[2] == expected[2]


def test_a_columns_period_is_its_own_header_not_its_neighbours() -> None:
    text = (
        "| District | Population (2021) | Desertions |\n|---|---|---|\n"
        "| Southern | 12,000,000 | nearly 22,580 |\n"
    )
    assert ("nearly 22,580", "nearly", "supported") in items(text)


@pytest.mark.parametrize(
    ("header", "read"),
    [
        ("Desertions to Dec. 2024", "Desertions by Dec. 2024"),
        ("Cases (December 2024)", "Cases as of December 2024"),
        ("Jan. to May 2025", "Jan. to May 2025"),  # a span keeps its start
        ("2022 to 2024", "2022 to 2024"),
    ],
)
def test_a_headers_end_point(header: str, read: str) -> None:
    assert header_period(header) == read


def test_a_russian_draft_with_a_ukrainian_place_name_is_russian() -> None:
    text = "В Києві говорят, что более 50 000 военнослужащих дезертировали из армии с 2022 года."
    assert lang_of(text) == "ru"


def test_struck_text_is_struck_on_the_page() -> None:
    pytest.importorskip("markdown_it")
    from desertcheck.report.draft import markdown_html

    assert "<s>15,000</s>" in markdown_html("Cases: ~~15,000~~ 16,000\n")
