"""General readings of a draft that decide a verdict: a date of legislation is not the
figure's period, "by the spring of 2025" is a period, a range's end is a bound the range
implies, and "that total" points back to the sentence before."""

from __future__ import annotations

import pytest

from desertcheck.audit.context import refers_back
from desertcheck.audit.periods import find_periods

from .test_audit import auditor
from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year a law was amended is when it changed, not what the penalty covers
        (
            "Under Article 337, as amended in 2022, going absent without leave carries up "
            "to ten years in prison.",
            [("up to ten", "supported", "isl-awol-max-sentence")],
        ),
        (
            "Desertion, under a code revised in 2022, carries up to 15 years.",
            [("up to 15", "supported", "isl-desertion-max-sentence")],
        ),
        # "by the spring of 2025" is "by spring 2025"
        (
            "By the spring of 2025 the courts were convicting 700 to 800 men a month.",
            [("700 to 800", "supported", "isl-mediazona-convictions-per-month-spring-2025")],
        ),
        # a range's end as a bound it implies: "up to 30%" and "at least 20%" for 20-30%
        (
            "Up to 30% of pretrial detainees in the first half of 2025 were political "
            "prisoners, the UN says.",
            [("Up to 30%", "supported", "nge-un-political-prisoners-share-h1-2025")],
        ),
        (
            "At least 20% of pretrial detainees in the first half of 2025 were political "
            "prisoners, the UN says.",
            [("At least 20%", "supported", "nge-un-political-prisoners-share-h1-2025")],
        ),
        # … but not past it
        (
            "Over 30% of pretrial detainees in the first half of 2025 were political "
            "prisoners, the UN says.",
            [("Over 30%", "mismatch", "nge-un-political-prisoners-share-h1-2025")],
        ),
    ],
)
def test_readings(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(text) == expected


@pytest.mark.parametrize(
    ("text", "kind", "said"),
    [
        ("by the spring of 2025 the courts", "as-of", "by the spring of 2025"),
        ("by the summer of 2025", "as-of", "by the summer of 2025"),
        ("by the end of May 2025", "as-of", "by the end of May 2025"),
    ],
)
def test_by_the_season_of(text: str, kind: str, said: str) -> None:
    (period,) = find_periods(text)
    assert (period.kind, period.text) == (kind, said)


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ("1.6 million: military personnel within that total", True),
        ("Half of that figure were convicted.", True),
        ("The same total appears in the ministry's report.", True),
        ("The total reached 20,662 by May.", False),
        ("That was 2,000 more than a year earlier.", False),
    ],
)
def test_that_total_refers_back(sentence: str, back: bool) -> None:
    assert refers_back(sentence, len(sentence)) is back


def test_that_total_inherits_the_sentence_before() -> None:
    text = (
        "The decree sets the armed forces at about 2.4 million. "
        "Some 1.5 million of that total are military personnel."
    )
    items = auditor().audit(text, "d.md")
    assert items[1].explanation is not None
    assert "the sentence it refers back to" in items[1].explanation.context


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month's slack blurs a boundary; it does not put April "in March"
        (
            "In March 2025 alone, military courts issued 848 verdicts in refusal-to-serve "
            "cases, Mediazona found.",
            [("848", "period-drift", "isl-mediazona-verdicts-april-2025")],
        ),
        (
            "In April 2025 alone, military courts issued 848 verdicts in refusal-to-serve "
            "cases, Mediazona found.",
            [("848", "supported", "isl-mediazona-verdicts-april-2025")],
        ),
        # a count from January to May is not the count "in 2025" …
        (
            "In 2025, Russian courts received 4,350 new refusal-to-serve cases.",
            [("4,350", "period-drift", "isl-mediazona-russia-new-cases-jan-may-2025")],
        ),
        # … it is the count "in the first five months of 2025" or "between January and May"
        (
            "Between January and May 2025, Russian courts received 4,350 new refusal-to-serve "
            "cases.",
            [("4,350", "supported", "isl-mediazona-russia-new-cases-jan-may-2025")],
        ),
        # a rate of spring 2025 is a rate "in 2025"
        (
            "In 2025 Russian courts were receiving about 1,000 new refusal-to-serve cases a month.",
            [("about 1,000", "supported", "isl-mediazona-new-cases-per-month-spring-2025")],
        ),
    ],
)
def test_in_a_period(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("since twenty twenty-two", "since 2022"),
        ("in nineteen ninety-one", "in 1991"),
        ("in twenty oh five", "in 2005"),
        ("by mid-twenty twenty-five", "by mid-2025"),
        ("Twenty-Twenty", "2020"),
        ("twenty-five thousand soldiers", "twenty-five thousand soldiers"),
        ("two thousand and twenty-four", "two thousand and twenty-four"),
    ],
)
def test_years_in_words(text: str, expected: str) -> None:
    from desertcheck.audit.reading import years_in_digits

    out = years_in_digits(text)
    assert len(out) == len(text)  # offsets stay true
    assert " ".join(out.split()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year in words is a period, not a figure
        (
            "In twenty twenty-four alone, thirteen thousand five hundred soldiers were "
            "convicted of desertion-related offences, the UN says.",
            [("thirteen thousand five hundred", "supported", "nge-un-desertion-convictions-2024")],
        ),
        (
            "In twenty twenty-three alone, thirteen thousand five hundred soldiers were "
            "convicted of desertion-related offences, the UN says.",
            [
                (
                    "thirteen thousand five hundred",
                    "period-drift",
                    "nge-un-desertion-convictions-2024",
                )
            ],
        ),
        # times of day, ages and spans of time are not statistics
        ("It is seven minutes past seven. Sport is next at half past seven.", []),
        ("Andrei, now 27, says he does not regret it; Pavel, aged 31, does.", []),
        ("Over those two years, and over the same two years before, nothing changed.", []),
    ],
)
def test_not_figures_and_years_in_words(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # period words before a figure but after the one before it are that one's, when
        # the figure's own clause has its own after it
        (
            "The UN documents some 51 people subjected to coercive psychiatric measures "
            "between 2022 and 2025, and at least 921 people prosecuted on political grounds "
            "between 2024 and mid-2025.",
            [
                ("some 51", "supported", "nge-un-coercive-psychiatry-2022-2025"),
                ("at least 921", "mismatch", "nge-un-political-prosecutions-2024-mid-2025"),
            ],
        ),
        # period words that end the item before it, a comma between them and the figure:
        # that item's, not the figure's; after a break of clauses they open its own
        (
            "The UN counts at least 912 people prosecuted on political grounds between 2024 "
            "and mid-2025, 245 organisations declared undesirable and some 1,040 foreign "
            "agents by summer 2025.",
            [
                ("at least 912", "supported", "nge-un-political-prosecutions-2024-mid-2025"),
                ("245", "supported", "nge-un-undesirable-organisations-summer-2025"),
                ("some 1,040", "supported", "nge-un-foreign-agents-summer-2025"),
            ],
        ),
        (
            "Over 50,000 deserted since 2022, and in 2023, 13,500 were convicted.",
            [
                ("Over 50,000", "supported", "euaa-un-desertions-since-2022"),
                ("13,500", "period-drift", "nge-un-desertion-convictions-2024"),
            ],
        ),
        # a rate word earlier in the figure's clause, when it meets no claim as a count
        (
            "Zelensky put Russia's monthly intake in mid-2025 at 40,000-45,000 men.",
            [("40,000-45,000", "supported", "isl-zelensky-russian-recruits-per-month")],
        ),
        (
            "Zelensky put Russia's monthly intake in mid-2025 at 60,000 men.",
            [("60,000", "mismatch", "isl-zelensky-russian-recruits-per-month")],
        ),
        # … not when it does
        (
            "The monthly report says over 50,000 soldiers have deserted since 2022.",
            [("over 50,000", "supported", "euaa-un-desertions-since-2022")],
        ),
    ],
)
def test_clause_readings(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(text) == expected
