"""A hedged figure is read at the precision it is written in: "about 20,000" may round
18,159, "about 19,800" may not (docs/audit.md, "How a figure is matched")."""

from __future__ import annotations

import pytest

from desertcheck.audit.matcher import hedge_slack, written_step

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("x", "step"),
    [
        (19_800, 100),
        (20_000, 10_000),
        (22_600, 100),
        (1_500, 500),  # a last digit of 5 rounds to the half
        (4_350, 50),
        (2_400_000, 100_000),
        (0.75, 0.05),
        (7, 1),
        (0, 0),
    ],
)
def test_written_step(x: float, step: float) -> None:
    assert written_step(x) == pytest.approx(step)


def test_the_tolerance_is_the_ceiling() -> None:
    assert hedge_slack(20_000, 0.1) == pytest.approx(2_000)  # not half of 10,000
    assert hedge_slack(19_800, 0.1) == pytest.approx(50)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a precise hedged figure that is not the claim's number rounded: a slip, not a
        # rounding (18,159 AWOL cases; 4,350 new cases; 1,010 desertion cases)
        (
            "About 19,800 of the cases fall under Article 337, which punishes unauthorised "
            "absence.",
            [("About 19,800", "mismatch", "isl-mediazona-awol-cases")],
        ),
        (
            "Mediazona counted about 4,700 new cases in Russia's military courts between "
            "January and May 2025.",
            [("about 4,700", "mismatch", "isl-mediazona-russia-new-cases-jan-may-2025")],
        ),
        (
            "About 1,100 soldiers have been charged with desertion.",
            [("About 1,100", "mismatch", "isl-mediazona-desertion-cases")],
        ),
        # the same numbers rounded at their own precision are supported
        (
            "About 18,000 of the cases fall under Article 337, which punishes unauthorised "
            "absence.",
            [("About 18,000", "supported", "isl-mediazona-awol-cases")],
        ),
        (
            "Mediazona counted about 4,400 new cases in Russia's military courts between "
            "January and May 2025.",
            [("about 4,400", "supported", "isl-mediazona-russia-new-cases-jan-may-2025")],
        ),
        (
            "About 1,000 soldiers have been charged with desertion.",
            [("About 1,000", "supported", "isl-mediazona-desertion-cases")],
        ),
        # "about" rounds a hedged claim's more precise number: nearly 22,580, nearly 3,380
        (
            "Frontelligence counted ~22.6k desertion cases in the Southern military district "
            "by December 2024.",
            [("~22.6k", "supported", "euaa-frontelligence-desertions-southern-md-dec-2024")],
        ),
        (
            "Frontelligence counted about 3,400 desertion cases in the Eastern military "
            "district by December 2024.",
            [("about 3,400", "supported", "euaa-frontelligence-desertions-eastern-md-dec-2024")],
        ),
    ],
)
def test_a_hedge_is_read_at_its_precision(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a slip in a long sentence is as much a mismatch as in a short one
        (
            "The UN counted 13,800 conscripts and contract soldiers convicted in 2024 alone, "
            "while lawyers who defend them say there are now tens of thousands of open "
            "criminal cases.",
            ("13,800", "mismatch", "euaa-un-desertion-convictions-2024"),
        ),
        ("Warning: 13,800 convicted in 2024.", ("13,800", "mismatch", None)),
        # the district names the claim, no word its measure: the Central district's 13,800
        (
            "The Central military district followed with nearly 14,800 cases.",
            ("nearly 14,800", "mismatch", "euaa-frontelligence-desertions-central-md-dec-2024"),
        ),
        (
            "The Central military district followed with nearly 13,800 cases.",
            ("nearly 13,800", "supported", "euaa-frontelligence-desertions-central-md-dec-2024"),
        ),
    ],
)
def test_the_verdict_does_not_depend_on_the_sentence_length(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    got = judge(text)[0]
    assert got[:2] == expected[:2]
    if expected[2] is not None:
        assert got[2] == expected[2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a zero added: ten times the group's over 2,000 requests
        (
            "The same post says a Russian volunteer anti-war group has fielded more than "
            "20,000 requests for help from soldiers since the war began.",
            ("more than 20,000", "mismatch"),
        ),
        (
            "The same post says a Russian volunteer anti-war group has fielded more than "
            "2,000 requests for help from soldiers since the war began.",
            ("more than 2,000", "supported"),
        ),
        # a span of months in a caption is a period: January to March is not January to May
        (
            "New cases in court, JAN–MAR 2025: Ukraine 2,355.",
            ("2,355", "period-drift"),
        ),
        (
            "New cases in court, JAN–MAY 2025: Ukraine 2,355.",
            ("2,355", "supported"),
        ),
    ],
)
def test_a_zero_slipped_and_a_span_of_months(text: str, expected: tuple[str, str]) -> None:
    got = {figure: status for figure, status, _ in judge(text)}
    assert got[expected[0]] == expected[1]
