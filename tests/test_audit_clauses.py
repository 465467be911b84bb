"""A period belongs to its own clause: a clause joined by "while", "; " or ", and" with a
verb or a time of its own takes no period of the clause before it, and an elliptical one
("…, and 501 for desertion") carries it (docs/audit.md, "Periods")."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "now" is the period of the second clause, not "in 2024 alone"
        (
            "The UN counted 13,500 conscripts and contract soldiers convicted in 2024 alone, "
            "while lawyers who defend them say there are now tens of thousands of open "
            "criminal cases.",
            ("tens of thousands", "unsourced"),
        ),
        # the 245 organisations have a verb of their own: the 912's period is not theirs
        (
            "The UN rapporteur said at least 912 people faced politically motivated "
            "prosecution between 2024 and mid-2025, and 245 organisations have been banned "
            'as "undesirable".',
            ("245", "supported"),
        ),
        # a period that opens the sentence frames all its clauses
        (
            "By spring 2025, military courts were receiving around 1,000 new cases a month, "
            "and judges were handing down between 700 and 800 convictions a month.",
            ("between 700 and 800", "supported"),
        ),
        (
            "By spring 2024, military courts were receiving around 1,000 new cases a month, "
            "and judges were handing down between 700 and 800 convictions a month.",
            ("between 700 and 800", "period-drift"),
        ),
        # an elliptical clause carries the period: both figures are of 2022 and 2023
        (
            "Proekt said 5,260 criminal cases were opened in 2023 for absence without leave, "
            "and 501 for desertion.",
            ("501", "period-drift"),
        ),
        (
            "Proekt said 5,260 criminal cases were opened in 2022 and 2023 for absence "
            "without leave, and 501 for desertion.",
            ("501", "supported"),
        ),
    ],
)
def test_a_period_belongs_to_its_clause(text: str, expected: tuple[str, str]) -> None:
    got = {figure: status for figure, status, _ in judge(text)}
    assert got[expected[0]] == expected[1]


def test_a_noun_phrase_with_and_is_not_a_clause() -> None:
    # "conscripts and contract soldiers" does not split the sentence: "in 2024 alone" is
    # the 13,800's own period, so the wrong figure is a mismatch, as in a short sentence
    got = judge(
        "The UN counted 13,800 conscripts and contract soldiers convicted in 2024 alone, "
        "while lawyers who defend them say there are now tens of thousands of open "
        "criminal cases."
    )
    assert got[0][:2] == ("13,800", "mismatch")
    assert judge("Warning: 13,800 convicted in 2024.")[0][:2] == ("13,800", "mismatch")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure is a claim's own precise number: a part of the whole its sentence
        # names better ("over 20,000 cases … 18,159 of them"), not a misstatement of it
        (
            "Mediazona's data show over 20,000 criminal cases registered against soldiers "
            "refusing to serve, 18,159 of them under Article 337 (unauthorised absence).",
            ("18,159", "supported"),
        ),
        # a range of years in Russian is both years
        (
            "По данным доклада, в 2024–2025 годах задокументировано 258 случаев пыток заключённых.",
            ("258", "supported"),
        ),
        # a date before "писало, что" is when it was written
        (
            "Ещё в феврале 2024 года издание «Проект» писало, что суды осудили более 4,6 "
            "тыс. военных за дезертирство и другие отказы от службы.",
            ("более 4,6 тыс", "supported"),
        ),
    ],
)
def test_periods_and_parts(text: str, expected: tuple[str, str]) -> None:
    got = {figure: status for figure, status, _ in judge(text)}
    assert got[expected[0]] == expected[1]


@pytest.mark.parametrize(
    ("figure", "status"),
    [("18,159", "supported"), ("1,396", "mismatch"), ("1,010", "supported")],
)
def test_a_bracket_glosses_its_figure(figure: str, status: str) -> None:
    # "(disobedience)" says what 1,396 counts: 1,369 disobedience cases misstated
    got = judge(
        "Mediazona's later data show over 20,000 refusal-to-serve cases registered by "
        "mid-2025, of which 18,159 fall under Article 337 (unauthorised absence), 1,396 under "
        "Article 332 (disobedience) and 1,010 under Article 338 (desertion)."
    )
    assert {f: s for f, s, _ in got}[figure] == status


def test_in_the_whole_of_a_year() -> None:
    got = judge(
        "Proekt counted 4,373 AWOL convictions in wartime, against 527 in the whole of 2021."
    )
    assert got[1] == ("527", "supported", "mt-proekt-awol-convictions-2021")


@pytest.mark.parametrize(
    ("period", "status"), [("April 2025", "supported"), ("April 2024", "period-drift")]
)
def test_a_period_cell_of_a_row(period: str, status: str) -> None:
    text = (
        "## Rates in Russian military courts\n\n"
        "| Measure | Value | Period |\n|---|---|---|\n"
        f"| Verdicts issued in the month | 848 | {period} |\n"
    )
    assert judge(text)[0][:2] == ("848", status)


AWOL_2021 = "mt-proekt-awol-convictions-2021"
AWOL_WARTIME = "mt-proekt-awol-convictions-wartime"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a user's trial: "in 2021" is the start's period, not the end's (a false drift)
        (
            "Convictions for going AWOL rose from 527 in 2021 to 4,373 during the first two "
            "years of war.",
            [("527", "supported", AWOL_2021), ("4,373", "supported", AWOL_WARTIME)],
        ),
        # the end's own period is still read
        (
            "Convictions for going AWOL rose from 527 in 2021 to 4,373 in 2023.",
            [("527", "supported", AWOL_2021), ("4,373", "period-drift", AWOL_WARTIME)],
        ),
    ],
)
def test_each_end_of_a_change_has_its_own_period(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected
