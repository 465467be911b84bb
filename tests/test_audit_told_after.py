"""A figure said alone ("**Over 50,000.**") and told by the sentence after it ("That is
how many …", "That's the number of …") takes that sentence's words as its context, as a
"by the numbers" box writes it; a next sentence that tells nothing of it gives none. The
drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "**Over 50,000.** That is how many Russian soldiers the UN estimates have "
            "deserted since 2022.",
            [("Over 50,000", "supported", "euaa-un-desertions-since-2022")],
        ),
        (
            "About 13,500. That's the number of soldiers convicted of desertion in 2024, by "
            "the UN's count.",
            [("About 13,500", "supported", "euaa-un-desertion-convictions-2024")],
        ),
        (
            "Over 50,000. Nobody on the team could say what it counted.",
            [("Over 50,000", "unsourced", None)],
        ),
    ],
)
def test_a_figure_told_by_the_sentence_after_it(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected
