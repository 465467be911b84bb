"""Misstated figures: a wrong value of a claim's magnitude, unit and kind, in a sentence
that names the claim's measure, is a ``mismatch``; an invented figure stays ``unsourced``
(docs/audit.md, "How a figure is matched")."""

from __future__ import annotations

import pytest

from desertcheck.audit.matcher import one_slip

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("a", "b", "slip"),
    [
        (5620, 5260, True),  # two neighbours swapped
        (3830, 3380, True),
        (48, 38, True),  # a digit changed
        (1_600_000, 1_500_000, True),
        (3500, 3050, True),  # a digit added
        (0.2, 0.1, True),
        (1000, 800, True),  # one significant digit each
        (2355, 2355, True),
        (6000, 4373, False),  # another number, not a slip of it
        (100, 129, False),
        (40_000, 50_500, False),
        (46, 38, False),  # two digits changed
        (5620, 2650, False),  # swapped, but not neighbours
    ],
)
def test_one_slip(a: float, b: float, slip: bool) -> None:
    assert one_slip(a, b) is slip
    assert one_slip(b, a) is slip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a digit slipped, in a sentence naming the measure: the claim misstated (38)
        (
            "Judges in Russia's military courts now hand down 48 verdicts every working day.",
            [("48", "mismatch", "isl-mediazona-verdicts-per-working-day-april-2025")],
        ),
        # two digits changed: not recognisably that figure, so no claim states it
        (
            "Judges in Russia's military courts now hand down 46 verdicts every working day.",
            [("46", "unsourced", None)],
        ),
        # of two claims the sentence matches, the one the figure is a slip of (5,260
        # cases opened), not the better-scoring 18,159 AWOL cases
        (
            "Court data show 5,620 new AWOL cases opened in the army.",
            [("5,620", "mismatch", "mt-proekt-awol-cases-opened-2022-2023")],
        ),
        # the right figure is still supported
        (
            "Court data show 5,260 new AWOL cases opened in the army.",
            [("5,260", "supported", "mt-proekt-awol-cases-opened-2022-2023")],
        ),
        # invented: a number of another unit ("times") is not the claim's cases
        (
            "The investigation was shared 5,620 times by readers worried about AWOL soldiers.",
            [("5,620", "unsourced", None)],
        ),
        # invented: servicemen helped to leave, near 4,373 AWOL convictions but no slip of it
        (
            "A charity says it has helped 6,000 servicemen who went AWOL to leave Russia.",
            [("6,000", "unsourced", None)],
        ),
        (
            "A charity says it has helped 4,400 servicemen who went AWOL to leave Russia.",
            [("4,400", "unsourced", None)],
        ),
        # invented, with a period that agrees: the period's relief and the magnitude's do
        # not add up
        (
            "Germany granted asylum to 120 Russian deserters since the invasion.",
            [("120", "unsourced", None)],
        ),
    ],
)
def test_misstated_figures(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rows of one table count one measure: the other rows' claims name it for a
        # row whose own words do not ("Moscow" alone), and a slip of its figure is a mismatch
        (
            "Frontelligence's count by district, to December 2024:\n\n"
            "| District | Count |\n|---|---|\n"
            "| Southern | nearly 22,580 |\n| Moscow | nearly 7,870 |\n| Kaliningrad | 950 |\n",
            [
                (
                    "nearly 22,580",
                    "supported",
                    "euaa-frontelligence-desertions-southern-md-dec-2024",
                ),
                ("nearly 7,870", "mismatch", "euaa-frontelligence-desertions-moscow-md-dec-2024"),
                # no district's figure is near it: invented, not misstated
                ("950", "unsourced", None),
            ],
        ),
        # the same in a list
        (
            "Frontelligence broke its count down by district:\n\n"
            "- Southern: nearly 22,580\n- Central: nearly 13,800\n- Eastern: nearly 3,830\n",
            [
                (
                    "nearly 22,580",
                    "supported",
                    "euaa-frontelligence-desertions-southern-md-dec-2024",
                ),
                (
                    "nearly 13,800",
                    "supported",
                    "euaa-frontelligence-desertions-central-md-dec-2024",
                ),
                ("nearly 3,830", "mismatch", "euaa-frontelligence-desertions-eastern-md-dec-2024"),
            ],
        ),
        # with no other row matched, nothing names the measure
        (
            "Frontelligence broke its count down by district:\n\n- Eastern: nearly 3,930\n",
            [("nearly 3,930", "unsourced", None)],
        ),
        # … but the claim's digits with two swapped, said with its hedge, are its own
        # (nearly 3,830 for nearly 3,380: `audit.transposed`)
        (
            "Frontelligence broke its count down by district:\n\n- Eastern: nearly 3,830\n",
            [("nearly 3,830", "mismatch", "euaa-frontelligence-desertions-eastern-md-dec-2024")],
        ),
        # a rate whose sentence says only its unit ("cases … every month"): a rarer kind
        # than a count, so the unit and the magnitude are enough
        (
            "In spring 2025 about 1,500 new cases reached the courts every month.",
            [("about 1,500", "mismatch", "isl-mediazona-new-cases-per-month-spring-2025")],
        ),
        # … but not of another unit
        (
            "A volunteer group says about 1,500 soldiers contact it every month.",
            [("about 1,500", "unsourced", None)],
        ),
        # the parser's unit may be an adjective: the word after it is the noun
        (
            "«Весной 2025 года в суды поступало около 1500 новых дел каждый месяц».",
            [("около 1500", "mismatch", "isl-mediazona-new-cases-per-month-spring-2025")],
        ),
        # a round figure within the claim's hedge ("about 1,000") or range ("200 to 900")
        # is not clearly another value
        (
            "Between January and May 2025 the courts received almost 900 new cases a month.",
            [("almost 900", "unsourced", None)],
        ),
    ],
)
def test_rows_and_units_name_the_measure(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # a range in words with its multiplier written once, after the second end
        ("between seven and eight hundred convictions", 700, 800),
        ("from two to three hundred men", 200, 300),
        ("between 1 and 2 million", 1_000_000, 2_000_000),
        # written twice, or in digits: as read
        ("between seven hundred and eight hundred men", 700, 800),
        ("between 7 and 800 cases", 7, 800),
        ("between fifteen and twenty thousand cases", 15_000, 20_000),
    ],
)
def test_a_multiplier_shared_by_both_ends(text: str, low: float, high: float) -> None:
    from desertcheck.audit.qualifiers import at_boundary
    from desertcheck.quantity import parse_quantities

    (q,) = [at_boundary(q, text) for q in parse_quantities(text)]
    assert (q.low, q.high) == (low, high)


def test_a_range_with_a_shared_multiplier_is_supported() -> None:
    text = (
        "By spring 2025 judges were handing down between seven and eight hundred "
        "convictions a month."
    )
    assert judge(text) == [
        (
            "between seven and eight hundred",
            "supported",
            "isl-mediazona-convictions-per-month-spring-2025",
        )
    ]
