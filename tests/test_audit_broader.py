"""A narrower measure's number said with the broader measure's words alone is the broader
claim misstated (a `mismatch`): the decree's 1.5 million military personnel given as the
army's size, the UN's some 16,000 desertion prosecutions given as desertions. Said with
the narrower measure's own words, or with no measure's, it keeps its verdict. The drafts
are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

SIZE = "isl-putin-decree-armed-forces-size"  # about 2.4 million
PERSONNEL = "isl-putin-decree-military-personnel"  # 1.5 million of them
DESERTIONS = "nge-un-desertions-since-2022"  # over 50,000
PROSECUTIONS = "nge-un-desertion-prosecutions-since-2022"  # some 16,000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the personnel's number, said of the army's strength
        (
            "Under Putin's decree, Russia's army is to be 1.5 million strong.",
            ("1.5 million", "mismatch", SIZE),
        ),
        # the prosecutions' number, said of the desertions
        (
            "The UN rapporteur says some 16,000 soldiers have deserted since 2022.",
            ("some 16,000", "mismatch", DESERTIONS),
        ),
        # each with its own measure's words: as before
        (
            "Putin's decree puts the armed forces' strength at 1.5 million military personnel.",
            ("1.5 million", "supported", PERSONNEL),
        ),
        (
            "Russia's army, the 2024 decree says, will have 1.5 million soldiers.",
            ("1.5 million", "supported", PERSONNEL),
        ),
        (
            "The UN rapporteur says some 16,000 deserters have been prosecuted since 2022.",
            ("some 16,000", "contested", PROSECUTIONS),
        ),
        # "strong" is a force's size
        (
            "Putin's 2024 decree makes Russia's army about 2.4 million strong.",
            ("about 2.4 million", "supported", SIZE),
        ),
    ],
)
def test_a_narrower_number_said_of_the_broader_measure(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in judge(text)


def test_a_figure_that_names_no_measure_keeps_its_verdict() -> None:
    # the sentence before names the prosecutions; the figure's own words name nothing
    text = (
        "The UN rapporteur counts the prosecutions for desertion. Novaya Gazeta Europe: "
        '"some 16,000" since 2022.'
    )
    assert ("some 16,000", "mismatch", DESERTIONS) not in judge(text)
