"""A chat export read as its messages: each line that opens with its time is a sentence
of its own, a reply to the message before it, and a message that corrects the one before
takes its words and period. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.replies import corrects, is_reply, repeats
from desertcheck.draft import sentences

from .test_audit_reading2 import judge

CHAT = (
    "[02/11/2025, 10:01] Ana: how many AWOL cases under art 337 did mediazona count by "
    "end of june 2025?\n"
    "[02/11/2025, 10:02] Ben: 18,195 cases of absence without leave\n"
    "[02/11/2025, 10:02] Ben: *18,159 typo\n"
    "[02/11/2025, 10:04] Ana: and the UN rapporteur says over 50k soldiers deserted since 2022\n"
    "[02/11/2025, 10:05] Ben: she also says nearly 10% of the troops sent to ukraine\n"
    "[02/11/2025, 10:05] Ana: nearly 10%, right, not over\n"
)


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text)]


def test_each_timed_line_is_a_sentence() -> None:
    text = "[09:02] Ana: no full stop here\n[09:03] Ben: nor here\n**[00:01:05] YV:** Nor here\n"
    assert _sentences(text) == [
        "[09:02] Ana: no full stop here",
        "[09:03] Ben: nor here",
        "**[00:01:05] YV:** Nor here",
    ]


def test_a_line_that_only_mentions_a_time_goes_on() -> None:
    text = "The hearing opened at\n[10:30] and closed at noon.\n"
    assert len(_sentences(text)) == 2  # a bracketed time opens a line: a new sentence
    assert len(_sentences("The hearing opened at 10:30 and\nclosed at noon.\n")) == 1


def _spans(text: str) -> list[tuple[int, int]]:
    return sentences(text)


@pytest.mark.parametrize(
    ("before", "message", "corrected"),
    [
        ("[10:01] Ben: 18,195 cases", "[10:02] Ben: *18,159", True),
        ("[10:01] Ben: some 20k recruited", "[10:02] Ben: 200k!! sorry", True),
        ("[10:01] Ben: 1,100 desertion cases", "[10:02] Ben: I mean 1,010", True),
        ("[10:01] Ben: 1,100 desertion cases", "[10:02] Ana: 1,010 desertion cases", False),
        # not messages: a sentence of prose that says "sorry" corrects nothing
        ("Ben counted 18,195.", "Sorry, it was 18,159.", False),
    ],
)
def test_a_message_that_corrects_the_one_before(before: str, message: str, corrected: bool) -> None:
    text = before + "\n" + message + "\n"
    first, second = _spans(text)
    assert corrects(text, first, second) is corrected


def test_a_reply_repeats_a_number_of_the_message_before() -> None:
    text = "[10:01] Ben: over 10% of the troops\n[10:02] Ana: almost 10%, not over\n"
    first, second = _spans(text)
    assert is_reply(text, first, second)
    assert repeats(text, first, second, text.index("almost"))
    other = "[10:01] Ben: over 10% of the troops\n[10:02] Ana: almost 12%\n"
    first, second = _spans(other)
    assert not repeats(other, first, second, other.index("almost"))


def test_a_chat_judged_message_by_message() -> None:
    assert judge(CHAT) == [
        ("337", "unsourced", None),
        ("18,195", "mismatch", "isl-mediazona-awol-cases"),
        # the correction takes the words of the message it corrects
        ("18,159", "supported", "isl-mediazona-awol-cases"),
        ("over 50k", "supported", "euaa-un-desertions-since-2022"),
        ("nearly 10%", "supported", "nge-un-deserters-share-of-deployed"),
        # a reply: the measure is the message before's
        ("nearly 10%", "supported", "euaa-un-deserters-share-of-deployed"),
    ]
