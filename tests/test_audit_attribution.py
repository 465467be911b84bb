"""A sentence that names who reported its figure ("the UN counts", "Proekt … found", "По
данным ООН"): a claim whose origin or source it names is chosen before a claim of another
whose value fits as well; a chosen claim of another origin keeps its verdict, with a note
that names the origin the sentence credits. The names are the words of the registry's own
origin and source ids. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit import auditor

CONVICTED_MAY_2025 = "isl-mediazona-refusal-to-serve-convictions-may-2025"  # Mediazona's


def judged(text: str) -> list[tuple[str, str, str | None, bool]]:
    """(figure, verdict, claim, whether the item notes another origin) of each figure."""
    return [
        (it.figure.text, it.status, it.claim.id if it.claim else None, "credits" in it.message)
        for it in auditor().audit(text, "d.md")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the UN's own words, not Frontelligence's 50,500 rounded
        (
            "No: the UN counts over 50,000 since 2022.",
            [("over 50,000", "supported", "nge-un-desertions-since-2022", False)],
        ),
        # credited to Proekt, stated by Mediazona's count: a note
        (
            "Proekt, an investigative outlet, found that 17,721 soldiers had been convicted"
            " by the end of May 2025.",
            [("17,721", "supported", CONVICTED_MAY_2025, True)],
        ),
        (
            "Mediazona's count shows that 17,721 soldiers had been convicted by the end of"
            " May 2025.",
            [("17,721", "supported", CONVICTED_MAY_2025, False)],
        ),
        # a capital that opens a sentence is no name
        (
            "Prosecutors asked to exempt the accused in 75% of Ukrainian trials.",
            [("75%", "mismatch", "isl-ukraine-exemption-requests-share-of-trials", False)],
        ),
        (
            "По данным ООН, всего зарегистрировано 50 500 случаев дезертирства к декабрю"
            " 2024 года.",
            [("50 500", "supported", "euaa-frontelligence-desertions-total-dec-2024", True)],
        ),
    ],
)
def test_the_source_a_sentence_names(text: str, expected: list[object]) -> None:
    assert judged(text) == expected
