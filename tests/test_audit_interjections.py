"""A short interjection with no figure ("Sorry?", "And before the war?") does not part a
speaker's penalties from the duration said before them: "… up to ten years." — "Sorry?"
— "Disobeying an order, three." is three years. A longer turn between them does. The
drafts are written for these tests."""

from __future__ import annotations

from desertcheck.audit.window import after_interjections, words_said
from desertcheck.draft import sentences

from .test_audit_reading2 import judge

INTERRUPTED = """**[00:10:04] AL:** Absence without leave carries up to ten years now.

**[00:10:09] RK:** Sorry?

**[00:10:11] AL:** Disobeying an order, three.

**[00:10:15] RK:** And the blog's numbers?

**[00:10:18] AL:** Before the law it was five for desertion.
"""


def test_a_penalty_after_an_interjection_keeps_the_unit() -> None:
    assert judge(INTERRUPTED) == [
        ("up to ten", "supported", "isl-awol-max-sentence"),
        ("three", "supported", "isl-disobedience-max-sentence"),
        ("five", "supported", "baghai-desertion-max-sentence-before-law"),
    ]


def test_a_longer_turn_between_parts_them() -> None:
    draft = (
        "**[00:10:04] AL:** Absence without leave carries up to ten years now.\n\n"
        "**[00:10:09] RK:** What did the courts say about the cases in the spring?\n\n"
        "**[00:10:11] AL:** Disobeying an order, three.\n"
    )
    assert judge(draft)[-1] == ("three", "unsourced", None)


def test_words_said_leave_out_the_speaker() -> None:
    assert words_said("**[00:10:09] RK:** Sorry?") == 1
    assert words_said("Q: And before the war?") == 4


def test_after_interjections() -> None:
    spans = sentences(INTERRUPTED)
    assert after_interjections(INTERRUPTED, spans, spans[0], spans[2])
    assert not after_interjections(INTERRUPTED, spans, spans[0], spans[1])  # right after
    assert not after_interjections(INTERRUPTED, spans, spans[0], spans[4])  # three between
