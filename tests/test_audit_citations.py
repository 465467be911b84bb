"""A citation marker after a sentence's stop ("….[2]", "….[note 1]", "….[3][4]") is the
sentence's own: the next sentence starts after it, so its period words date none of the
figures before the marker. Without the rule an encyclopedia's paragraph, every sentence
ending in a marker, was read as one sentence. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.draft import blank, sentences

from .test_audit_reading2 import judge

SOUTHERN = "euaa-frontelligence-desertions-southern-md-dec-2024"  # nearly 22,580, to Dec 2024
SHARE = "euaa-un-deserters-share-of-deployed"  # almost 10%, September 2025


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Frontelligence counted nearly 22,580 desertion and AWOL cases in the Southern "
            "Military District.[3] Other counts came later, in October 2025.",
            [("nearly 22,580", "supported", SOUTHERN)],
        ),
        (
            "Frontelligence counted nearly 22,580 desertion and AWOL cases in the Southern "
            "Military District.[3][4]\nOther counts came later, in October 2025.",
            [("nearly 22,580", "supported", SOUTHERN)],
        ),
        (
            "The UN put deserters at almost 10% of those deployed.[1] Prosecutions were "
            "counted in 2024 alone.[2]",
            [("almost 10%", "supported", SHARE)],
        ),
        # a marker inside the sentence, before its period words, leaves them the figure's
        (
            "Frontelligence counted nearly 22,580 desertion and AWOL cases in the Southern "
            "Military District (see [3]) in 2025.",
            [("nearly 22,580", "period-drift", SOUTHERN)],
        ),
    ],
)
def test_a_citation_marker_after_the_stop_ends_the_sentence(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("One sentence.[2] Another one.[note 1] A third.", 3),
        ("One sentence.[2][5]\nAnother one.", 2),
        # no capital after the marker: no new sentence
        ("One sentence.[2] and more of it.", 1),
        # a German judgment's paragraph marker ("Rn.", Randnummer) is no stop, as "para." is
        ("Note 8 (Rn. 23). Desertion carries up to 15 years.", 2),
    ],
)
def test_sentences_end_after_their_markers(text: str, count: int) -> None:
    assert len(sentences(blank(text), text)) == count
