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
