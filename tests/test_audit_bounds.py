"""Bounds and ranges retold (docs/audit.md, the sixth round): emphasis on a lower bound
("well over 50,000") overstates the claim's "over 50,000"; a lower bound that rounds a
hedged claim down ("more than 22,000" for nearly 22,580) and a narrow range around it
("between 13,000 and 14,000" for nearly 13,800) retell it; a rate adverb after a figure
("… soldiers monthly") makes it a rate; overstaying leave is going AWOL."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

DESERTIONS = "nge-un-desertions-since-2022"  # over 50,000
CENTRAL = "euaa-frontelligence-desertions-central-md-dec-2024"  # nearly 13,800
SOUTHERN = "euaa-frontelligence-desertions-southern-md-dec-2024"  # nearly 22,580
CONVICTIONS_A_MONTH = "isl-mediazona-convictions-per-month-spring-2025"  # 700-800
AWOL_MAX = "isl-awol-max-sentence"  # 10 years
DESERTED = " soldiers have deserted the Russian army since the invasion, the UN says."
DISTRICT = " military district logged {} desertion and AWOL cases by December 2024."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Well over 50,000" + DESERTED, ("Well over 50,000", "qualifier-drift", DESERTIONS)),
        (
            "Far more than 50,000" + DESERTED,
            ("Far more than 50,000", "qualifier-drift", DESERTIONS),
        ),
        ("Over 50,000" + DESERTED, ("Over 50,000", "supported", DESERTIONS)),
        ("Some 50,000" + DESERTED, ("Some 50,000", "supported", DESERTIONS)),
    ],
)
def test_emphasis_on_a_lower_bound_overstates_it(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert judge(text) == [expected]


def test_the_drift_says_it_overstates() -> None:
    from .test_audit import auditor

    (item,) = auditor().audit("Well over 50,000" + DESERTED)
    assert "“Well over 50,000” overstates" in item.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a narrow range around the claim's value retells it; a wide one does not
        (
            "The Central" + DISTRICT.format("between 13,000 and 14,000"),
            ("between 13,000 and 14,000", "supported", CENTRAL),
        ),
        (
            "The Central" + DISTRICT.format("between 10,000 and 14,000"),
            ("between 10,000 and 14,000", "mismatch", CENTRAL),
        ),
        # a lower bound the hedged claim rounds down to keeps it
        (
            "The Southern" + DISTRICT.format("more than 22,000"),
            ("more than 22,000", "supported", SOUTHERN),
        ),
        # one above it does not
        (
            "The Southern" + DISTRICT.format("more than 23,000"),
            ("more than 23,000", "mismatch", SOUTHERN),
        ),
    ],
)
def test_bounds_and_ranges_around_a_hedged_claim(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert judge(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In spring 2025 the courts convicted between 700 and 800 soldiers monthly.",
            ("between 700 and 800", "supported", CONVICTIONS_A_MONTH),
        ),
        # no rate word: a count, which no claim of 700-800 convictions states
        (
            "In spring 2025 the courts convicted between 700 and 800 soldiers.",
            ("between 700 and 800", "unsourced", None),
        ),
        (
            "A soldier who overstays his leave now risks up to ten years in prison.",
            ("up to ten", "supported", AWOL_MAX),
        ),
    ],
)
def test_rate_adverbs_and_the_words_of_going_awol(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert judge(text) == [expected]


DESERTION_MAX = "isl-desertion-max-sentence"  # up to 15 years
DISOBEDIENCE_MAX = "isl-disobedience-max-sentence"  # 3 years
BEFORE_LAW = "baghai-desertion-max-sentence-before-law"  # 5 years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short sentence right after a duration leaves its unit to it
        (
            "Desertion carries up to 15 years in prison. Disobeying an order, at most three.",
            ("at most three", "supported", DISOBEDIENCE_MAX),
        ),
        (
            "Desertion carries up to 15 years in prison.\n\nDisobeying an order, at most three.",
            ("at most three", "supported", DISOBEDIENCE_MAX),
        ),
        (
            "Unauthorised absence now carries up to ten years in prison.\n\n"
            "Before the war, the penalty for desertion was five.",
            ("five", "supported", BEFORE_LAW),
        ),
        # a sentence before that is no duration: a count, which nothing states
        (
            "Some 1,010 soldiers were charged with desertion. Disobeying an order, at most three.",
            ("at most three", "unsourced", None),
        ),
        # a long sentence says its own unit if it has one: not read as years
        (
            "Desertion carries up to 15 years in prison. Disobeying an order is a lesser "
            "charge that was used against no more than three soldiers in the whole unit.",
            ("no more than three", "unsourced", None),
        ),
    ],
)
def test_a_short_sentence_after_a_duration_leaves_its_unit_to_it(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert judge(text)[-1] == expected


def test_an_aside_in_brackets_leaves_the_clause_whole() -> None:
    from desertcheck.audit.reading import figures_by_sentence, own_words

    text = "Unauthorised absence is punishable by up to ten years; disobeying an order (Article "
    text += "332), by up to three years."
    _, by_sentence = figures_by_sentence(text, text)
    (figures,) = by_sentence.values()
    start, _ = own_words(text, 0, len(text), figures, len(figures) - 1)
    assert text[start:].lstrip().startswith("disobeying an order")


PRISONERS = "nge-un-prisoners-recruited-since-2022"  # about 200,000 people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a zero dropped or added is a misstatement of a named measure's figure
        (
            "Some 20,000 prisoners have been recruited from the colonies since 2022.",
            ("Some 20,000", "mismatch", PRISONERS),
        ),
        (
            "Some 2,000,000 prisoners have been recruited from the colonies since 2022.",
            ("Some 2,000,000", "mismatch", PRISONERS),
        ),
        # the claim counts people: prisoners are people
        (
            "Some 200,000 prisoners have been recruited from the colonies since 2022.",
            ("Some 200,000", "supported", PRISONERS),
        ),
    ],
)
def test_a_zero_dropped_or_added(text: str, expected: tuple[str, str, str | None]) -> None:
    assert judge(text) == [expected]


@pytest.mark.parametrize(
    ("low", "claim", "near"),
    [(20_000, 200_000, True), (2_000_000, 200_000, True), (30_000, 200_000, False),
     (20_000, 210_000, False)],
)  # fmt: skip
def test_is_near_a_tenfold(low: float, claim: float, near: bool) -> None:
    from desertcheck.audit.matcher import is_near
    from desertcheck.quantity import Quantity

    assert is_near(Quantity(low, low, "about", None, 0, 1, "x"), claim, claim) is near


NEW_CASES = "isl-mediazona-new-cases-per-month-spring-2025"  # about 1,000 a month


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rate word later in the figure's own clause makes it a rate, when that supports it
        (
            "About 1,000 is the number of new cases the courts were receiving each month by "
            "spring 2025.",
            ("About 1,000", "supported", NEW_CASES),
        ),
        (
            "About 1,000 is the number of new cases the courts had received by spring 2025.",
            ("About 1,000", "unsourced", None),
        ),
    ],
)
def test_a_rate_word_later_in_the_clause(text: str, expected: tuple[str, str, str | None]) -> None:
    assert judge(text) == [expected]
