"""Where a figure's measure is named: in the question an interview's answer answers, in
the sentence a short one refers back to ("It is 12 years.", "The correct figure is…",
"puts it at"), in the clause of the figure it is compared with ("against 257 in 2021");
and Russian periods and measure words (docs/audit.md, "Context beyond the sentence")."""

from __future__ import annotations

import pytest

from desertcheck.audit.context import refers_back
from desertcheck.audit.periods import find_periods

from .test_audit_reading2 import judge

AWOL_WARTIME = "mt-proekt-awol-convictions-wartime"  # 4,373
AWOL_2021 = "mt-proekt-awol-convictions-2021"  # 527
AWOL_MAX = "isl-awol-max-sentence"  # up to 10 years
QUESTION = "**Q: How many soldiers were convicted of going AWOL in wartime?**\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the answer gives the figure, the question names the measure
        (QUESTION + "**A:** Proekt found 4,373.\n", [("4,373", "supported", AWOL_WARTIME)]),
        # a wrong figure in the answer: a mismatch of the measure the question names
        (QUESTION + "**A:** Proekt found 4,737.\n", [("4,737", "mismatch", AWOL_WARTIME)]),
        # a question that names no measure gives the answer none
        (
            "**Q: What did Proekt find?**\n\n**A:** Proekt found 4,737.\n",
            [("4,737", "unsourced", None)],
        ),
        # a paragraph after a statement (no question) does not inherit it as an answer
        (
            "Soldiers convicted of going AWOL in wartime.\n\nProekt found 4,737.\n",
            [("4,737", "unsourced", None)],
        ),
    ],
)
def test_an_answer_inherits_its_question(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected


@pytest.mark.parametrize(
    ("sentence", "first", "refers"),
    [
        ("It is 12 years.", "12", True),
        ("This was 4,600 in all.", "4,600", True),
        ("That's 4,600.", "4,600", True),
        ("It is a lighter offence, though: at most three years.", "at most", False),
        ("It took 12 years.", "12", False),
        ("The correct figure is more than 50,000.", "more", True),
        ("The actual number is 4,600.", "4,600", True),
        ("The EU asylum agency puts it at over 16,000 in 2024.", "over", True),
        ("Rights groups estimate the number at 3,000.", "3,000", True),
        ("The number of cases is 4,600.", "4,600", False),
    ],
)
def test_short_sentences_refer_back(sentence: str, first: str, refers: bool) -> None:
    assert refers_back(sentence, sentence.index(first)) is refers


PENALTY = "A chart gave the wrong maximum penalty for unauthorised absence from a unit in Russia."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PENALTY + " It is 12 years.\n", [("12", "mismatch", AWOL_MAX)]),
        (PENALTY + " It is ten years.\n", [("ten", "supported", AWOL_MAX)]),
        (
            "An article misstated the number of soldiers the UN says have deserted since "
            "2022. The correct figure is more than 50,000.\n",
            [("more than 50,000", "supported", "euaa-un-desertions-since-2022")],
        ),
    ],
)
def test_the_sentence_referred_back_to_names_the_measure(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected


#: the measure is named weakly ("it" is AWOL, from an earlier sentence): what the figure
#: is compared with decides whether the wrong 257 speaks of it
AWOL = "Proekt found 4,373 soldiers convicted of it in wartime"


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # a figure compared with the one before it counts what that one counts
        (AWOL + ", against 527 in 2021.", ("527", "supported", AWOL_2021)),
        (AWOL + ", against 257 in 2021.", ("257", "mismatch", AWOL_2021)),
        (AWOL + ", compared with 257 in 2021.", ("257", "mismatch", AWOL_2021)),
        (AWOL + ", up from 257 in 2021.", ("257", "mismatch", AWOL_2021)),
        # with no word of comparison, the second figure keeps only its own words (275:
        # not 527 with two digits swapped, which its year would make 2021's misstated)
        (AWOL + ", and 275 in 2021.", ("275", "unsourced", None)),
        (AWOL + ", against 275 in 2021.", ("275", "mismatch", AWOL_2021)),
    ],
)
def test_a_figure_compared_counts_the_same(text: str, second: tuple[str, str, str | None]) -> None:
    assert judge(text) == [("4,373", "supported", AWOL_WARTIME), second]


SOUTHERN = "euaa-frontelligence-desertions-southern-md-dec-2024"  # nearly 22,580


@pytest.mark.parametrize(
    ("figure", "status"),
    [
        ("just under 22,600", "supported"),  # the claim's number rounded up, hedge kept
        ("nearly 23,000", "supported"),
        ("nearly 22,580", "supported"),
        ("nearly 24,500", "mismatch"),  # another number, not a rounding of it
    ],
)
def test_nearly_rounds_a_nearly_claim_up(figure: str, status: str) -> None:
    text = f"The Southern district had {figure} cases of desertion and AWOL by December 2024.\n"
    assert judge(text) == [(figure, status, SOUTHERN)]


@pytest.mark.parametrize(
    ("text", "kind", "first", "last"),
    [
        ("к весне 2025 года", "as-of", "2025-03-01", "2025-05-31"),
        ("по состоянию на лето 2025 года", "as-of", "2025-06-01", "2025-08-31"),
        ("к осени 2024 года", "as-of", "2024-09-01", "2024-11-30"),
        ("в первой половине 2025 года", "in", "2025-01-01", "2025-06-30"),
        ("во второй половине 2024 года", "in", "2024-07-01", "2024-12-31"),
    ],
)
def test_russian_seasons_and_halves(text: str, kind: str, first: str, last: str) -> None:
    (period,) = find_periods(text)
    assert (period.kind, str(period.a[0]), str(period.a[1])) == (kind, first, last)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "По данным «Медиазоны», к весне 2025 года суды получали около тысячи новых дел "
            "в месяц.",
            [("около тысячи", "supported", "isl-mediazona-new-cases-per-month-spring-2025")],
        ),
        (
            "По состоянию на лето 2025 года около 1040 человек и организаций признаны "
            "иностранными агентами.",
            [("около 1040", "supported", "nge-un-foreign-agents-summer-2025")],
        ),
        # "половине" is part of the period words, no figure
        (
            "В первой половине 2025 года от 20 до 30% находившихся в СИЗО были политзаключёнными.",
            [("от 20 до 30%", "supported", "nge-un-political-prisoners-share-h1-2025")],
        ),
    ],
)
def test_russian_words_of_the_registry_measures(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected


@pytest.mark.parametrize(
    ("text", "kind", "first"),
    [
        # the date of the event "since" names is where the period starts
        ("have walked away since the tanks rolled in 2022.", "since", "2022-01-01"),
        ("since he was jailed in May 2023", "since", "2023-05-01"),
        ("since the invasion in 2022", "since", "2022-01-01"),
        # a comma ends the event: "in 2024" is a period of its own
        ("since then, in 2024 alone", "in", "2024-01-01"),
        # a part of a year is in that year
        ("In one month of 2024, April, the courts issued 848 verdicts", "in", "2024-01-01"),
        ("in a single week of May 2025", "in", "2025-05-01"),
    ],
)
def test_since_an_event_and_a_part_of_a_year(text: str, kind: str, first: str) -> None:
    (period,) = find_periods(text)
    assert (period.kind, str(period.a[0])) == (kind, first)


SHARE = "euaa-un-deserters-share-of-deployed"  # almost 10% of those deployed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share with a noun inside it is one share, not two counts
        (
            "That is close to one soldier in ten of everyone Moscow has sent to Ukraine.",
            [("close to one soldier in ten", "supported", SHARE)],
        ),
        (
            "One Russian soldier in every ten sent to Ukraine has deserted.",
            [("One Russian soldier in every ten", "qualifier-drift", SHARE)],
        ),
        # "in two districts" is a place, not a share's denominator
        (
            "Desertions rose by one thousand in two districts.",
            [("one thousand", "unsourced", None), ("two", "unsourced", None)],
        ),
    ],
)
def test_one_soldier_in_ten(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(text) == expected


def test_a_span_of_time_is_no_share() -> None:
    assert all("in five" not in figure for figure, _, _ in judge("One soldier in five days."))


@pytest.mark.parametrize(
    ("figure", "status"),
    [
        ("245", "supported"),
        # "groups" stands for the claim's "organisations": a slip of 245 is its mismatch
        ("254", "mismatch"),
    ],
)
def test_groups_are_organisations(figure: str, status: str) -> None:
    text = f'As of summer 2025, {figure} groups had been outlawed in Russia as "undesirable".'
    assert judge(text) == [(figure, status, "nge-un-undesirable-organisations-summer-2025")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two claims agree as well: the one stated with the figure's own qualifier
        (
            "About 16,000 deserters have been prosecuted.",
            ("About 16,000", "contested", "nge-un-desertion-prosecutions-since-2022"),
        ),
        (
            "Over 16,000 deserters have been prosecuted.",
            ("Over 16,000", "contested", "euaa-un-desertion-prosecutions-2024"),
        ),
        # "more than 20,000" is the claim stated so, not 20,662 rounded
        (
            "Russia's military courts have taken in more than 20,000 criminal cases against "
            "servicemen who refused to serve.",
            ("more than 20,000", "supported", "isl-mediazona-refusal-to-serve-cases-over-20000"),
        ),
        (
            "Russia's military courts have taken in 20,662 criminal cases against servicemen "
            "who refused to serve.",
            ("20,662", "supported", "isl-mediazona-refusal-to-serve-defendants-may-2025"),
        ),
    ],
)
def test_the_claim_stated_with_the_figures_qualifier(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert judge(text) == [expected]


@pytest.mark.parametrize(
    ("share", "status"),
    [
        ("two in three", "supported"),
        # "ask" stands for the claim's "requests": another share of that measure is its mismatch
        ("one in three", "mismatch"),
    ],
)
def test_asking_is_requesting(share: str, status: str) -> None:
    text = (
        f"In Ukraine's courts, prosecutors ask to exempt {share} defendants from criminal "
        "liability."
    )
    assert [s for _, s, _ in judge(text)] == [status]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hedge before a share with a noun in it is the share's: "roughly" may retell
        # the claim's "nearly 10%"; a bare "one soldier in ten" drops the hedge
        (
            "Roughly one soldier in ten deployed to Ukraine has deserted since 2022.",
            ("Roughly one soldier in ten", "supported", "euaa-un-deserters-share-of-deployed"),
        ),
        (
            "One soldier in ten deployed to Ukraine has deserted since 2022.",
            ("One soldier in ten", "qualifier-drift", "euaa-un-deserters-share-of-deployed"),
        ),
        # "seven or eight hundred" is the range 700-800
        (
            "Courts handed down seven or eight hundred convictions a month in spring 2025.",
            (
                "seven or eight hundred",
                "supported",
                "isl-mediazona-convictions-per-month-spring-2025",
            ),
        ),
        # "in the whole of 2021" is the year's period, not the sentence's "in wartime"
        (
            "Proekt counted 4,373 soldiers convicted of going AWOL in wartime, against 527 in "
            "the whole of 2021.",
            ("527", "supported", "mt-proekt-awol-convictions-2021"),
        ),
    ],
)
def test_hedged_shares_ranges_in_words_and_whole_years(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in judge(text)


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        # a question that follows the last one up asks of its subject: desertion
        ("And as a share of the troops sent to fight?", ("supported", SHARE)),
        ("What about as a share of the troops sent to fight?", ("supported", SHARE)),
        # a question of its own: the share is of nothing named
        ("As a share of the troops sent to fight?", ("unsourced", None)),
    ],
)
def test_a_follow_up_question_asks_of_the_last_ones_subject(
    follow_up: str, expected: tuple[str, str | None]
) -> None:
    text = (
        "**Q:** How many soldiers have deserted since the invasion?\n\n"
        "**A:** The UN puts it at more than 50,000.\n\n"
        f"**Q:** {follow_up}\n\n**A:** Almost one in ten.\n"
    )
    assert judge(text)[-1] == ("Almost one in ten", *expected)


@pytest.mark.parametrize(
    "text",
    [
        "The Desk Hour, episode 212: the men who walk away",
        "Version 3, 14 July 2025.",
        "This is the second edition 4 of the brief.",
        "Many are boys of nineteen and twenty, conscripts who never chose this war.",
        "Men of 40 and over were called up.",
        "She spoke to men of just twenty about the front.",
    ],
)
def test_episodes_versions_and_ages_are_not_figures(text: str) -> None:
    assert judge(text) == []


def test_a_count_of_men_is_still_a_figure() -> None:
    assert [f for f, _, _ in judge("Some 500 men of the 155th brigade deserted.")] == ["Some 500"]
