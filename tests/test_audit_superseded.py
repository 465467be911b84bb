"""A figure the draft states as true now, supported by a claim that a later claim of the
same measure and scope restates with another value, is ``contested``, and a
``period-drift`` when the draft says "now" (docs/audit.md, "How a figure is matched")."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the blog's ten years of 2023; the registry's claim of 2025 says up to 15
        (
            "Desertion is punishable by up to 10 years in prison under Article 338.",
            ("up to 10", "contested", "baghai-desertion-max-sentence-after-law"),
        ),
        (
            "Desertion is punishable by up to 15 years in prison under Article 338.",
            ("up to 15", "supported", "isl-desertion-max-sentence"),
        ),
        # "now" dates it: the figure of 2023 said of today is a drift (a user's trial)
        (
            "Desertion is now punishable by up to 10 years in prison under Article 338.",
            ("up to 10", "period-drift", "baghai-desertion-max-sentence-after-law"),
        ),
        (
            "Under Article 338, desertion currently carries up to 10 years in prison.",
            ("up to 10", "period-drift", "baghai-desertion-max-sentence-after-law"),
        ),
        (
            "Desertion is now punishable by up to 15 years in prison under Article 338.",
            ("up to 15", "supported", "isl-desertion-max-sentence"),
        ),
        # in the past, or dated: the old figure is what it was
        (
            "Before the law Putin signed, desertion carried five years in prison.",
            ("five", "supported", "baghai-desertion-max-sentence-before-law"),
        ),
        (
            "In December 2023 desertion was punishable by up to ten years in prison.",
            ("up to ten", "supported", "baghai-desertion-max-sentence-after-law"),
        ),
    ],
)
def test_a_superseded_claim(text: str, expected: tuple[str, str, str]) -> None:
    assert judge(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "up to" names the maximum: the sentence names the maximum sentence for desertion,
        # and of the claims that tie, the latest is the one misstated
        (
            "Desertion now carries up to 20 years in prison.",
            ("up to 20", "mismatch", "isl-desertion-max-sentence"),
        ),
        (
            "What they are facing has grown harsher. Desertion now carries up to twenty years "
            "in prison.",
            ("up to twenty", "mismatch", "isl-desertion-max-sentence"),
        ),
    ],
)
def test_up_to_names_a_maximum(text: str, expected: tuple[str, str, str]) -> None:
    assert judge(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare number right after a sentence ending on a duration is one, its unit and
        # its "up to" left out
        (
            "Desertion carries up to 15 years in prison. Going absent without leave can bring ten.",
            ("ten", "supported", "isl-awol-max-sentence"),
        ),
        # not across paragraphs
        (
            "Desertion carries up to 15 years in prison.\n\nGoing absent without leave "
            "cost ten soldiers their freedom.",
            ("ten", "unsourced", None),
        ),
    ],
)
def test_a_duration_left_out_after_the_sentence_before(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert judge(text)[1] == expected
