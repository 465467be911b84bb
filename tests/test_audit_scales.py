"""Wrong shares and rates that are not of the claim's magnitude: a share of a named measure
is compared on its whole scale and on the other scale (one in five against a claim in per
cent), a rate with the claim's number per another span of time is a mismatch; a share of
another whole is not. And a qualifier after its figure: "five years at most"."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

SHARE = "euaa-un-deserters-share-of-deployed"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # far below the claim's nearly 10%: past a factor of four, on the same scale
        (
            "Deserters are only three per cent of the troops Russia has deployed to Ukraine.",
            "three per cent",
        ),
        # a share against a claim in per cent: the other scale
        (
            "Roughly one in four soldiers deployed to Ukraine has deserted, the UN says.",
            "Roughly one in four",
        ),
    ],
)
def test_a_wrong_share_of_a_named_measure_is_a_mismatch(text: str, figure: str) -> None:
    [(got, status, claim)] = judge(text)
    assert (got, status) == (figure, "mismatch")
    assert claim is not None and claim.endswith("deserters-share-of-deployed")


@pytest.mark.parametrize(
    "text",
    [
        # a share of another whole: the deserters' share prosecuted, soldiers caught
        "Of the deserters, perhaps a third of them have been prosecuted so far.",
        "A lawyer told us roughly a quarter of AWOL soldiers are caught within a month.",
    ],
)
def test_a_share_of_another_whole_stays_unsourced(text: str) -> None:
    assert [status for _, status, _ in judge(text)] == ["unsourced"]


def test_a_right_share_on_the_other_scale_is_still_supported() -> None:
    got = judge("Almost one in ten Russian soldiers deployed to Ukraine has deserted.")
    assert got[0][1] == "supported"


@pytest.mark.parametrize(
    ("text", "per"),
    [
        # the claim counts about 100 a week; the draft gives the number per month
        (
            "In 2023 Russian military courts handed down roughly 100 convictions a month "
            "for refusing to serve, Mediazona found.",
            "month",
        ),
        # the claim counts 700-800 a month; the draft gives the range per day
        ("This spring judges handed down 700 to 800 convictions a day.", "day"),
    ],
)
def test_the_claims_rate_per_another_span_is_a_mismatch(text: str, per: str) -> None:
    from .test_audit import auditor

    [item] = auditor().audit(text, "d.md")
    assert item.status == "mismatch"
    assert f"is a {per}'s, where the claim counts per" in item.message


def test_the_claims_rate_per_its_own_span_is_supported() -> None:
    got = judge("In 2023 Russian courts convicted roughly 100 soldiers a week of desertion.")
    assert got == [
        ("roughly 100", "supported", "mt-mediazona-refusal-to-serve-convictions-per-week-2023")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Before the new law, desertion got a man five years at most.",
            [("five", "supported", "baghai-desertion-max-sentence-before-law")],
        ),
        (
            "Before the new law, desertion carried five years maximum.",
            [("five", "supported", "baghai-desertion-max-sentence-before-law")],
        ),
    ],
)
def test_a_qualifier_after_the_figure(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert judge(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change: the first value takes the second's unit, and each is checked
        (
            "A blogger noted in 2023 that the penalty for desertion had doubled, "
            "from five to ten years in prison.",
            [
                ("five", "supported", "baghai-desertion-max-sentence-before-law"),
                ("ten", "supported", "baghai-desertion-max-sentence-after-law"),
            ],
        ),
    ],
)
def test_the_two_values_of_a_change(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert judge(text) == expected


def test_a_number_repeated_from_the_sentence_before_shares_its_subject() -> None:
    text = (
        "**A:** More than 1,040 people and groups have been labelled foreign agents.\n\n"
        "**B:** Some 1,040, as of the summer, the report says."
    )
    got = judge(text)
    assert got[1] == ("Some 1,040", "supported", "nge-un-foreign-agents-summer-2025")


def test_another_adds_to_the_sentence_before_its_words_not_its_period() -> None:
    text = (
        "In 2023 alone, 289 soldiers were convicted of disobeying orders. "
        "Another 129 faced trial for desertion."
    )
    from .test_audit import auditor

    items = auditor().audit(text, "d.md")
    last = items[-1]
    assert last.status != "period-drift"
    assert "the sentence it adds to" in last.explanation.context  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the offence named is absence without leave, whose maximum is ten; fifteen is
        # desertion's: the value alone does not make it desertion's
        (
            "Her husband's offence, leaving his unit without permission, can now bring "
            "up to fifteen years in prison.",
            ("up to fifteen", "mismatch", "isl-awol-max-sentence"),
        ),
        # a sentence that names both offences, the figure in desertion's clause: the value
        # decides
        (
            "Absence without leave now carries up to ten years; desertion, up to 15 years.",
            ("up to 15", "supported", "isl-desertion-max-sentence"),
        ),
    ],
)
def test_a_small_value_does_not_outweigh_the_words(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert judge(text)[-1] == expected
