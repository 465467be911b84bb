"""A chat digest's message header ("**Mon 09:26 · @lev**: …", "Tue 14:02 | Anna: …": a
time, after a day's name or a date, a dot or a bar, the sender and a colon) opens a
message of its own, as a bracketed time does ("[09:02] …"): messages end in an emoji or
a hashtag more often than a stop, and were read as one run-on sentence, one message's
period words dating the next one's figures. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.draft import blank, sentences

from .test_audit_reading2 import judge

CONVICTIONS_2024 = (
    "nge-un-desertion-convictions-2024"  # 13,500 in 2024 (the EUAA retells it: no dispute)
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "**Thu 12:12 · @lena**: the UN counted 13,500 convicted of desertion 👀\n"
            "**Thu 12:18 · @tom**: my cousin left his unit in 2023\n",
            [("13,500", "supported", CONVICTIONS_2024)],
        ),
        (
            "Thu 12:12 | Lena: the UN counted 13,500 convicted of desertion 👀\n"
            "Thu 12:18 | Tom: my cousin left his unit in 2023\n",
            [("13,500", "supported", CONVICTIONS_2024)],
        ),
    ],
)
def test_a_message_header_starts_a_message(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("**Mon 09:26 · @lev**: wait, really? 🤔\n**Mon 11:02 · @anna**: yes 👍\n", 2),
        ("Tue 14:02 | Anna: one\nTue 14:05 | Piotr: two\n", 2),
        ("03/02 09:26 · lev: one\n03/02 09:30 · anna: two\n", 2),
        # a time inside a line of prose opens nothing
        ("The meeting ran from 09:26 · long: yes\nand on\n", 1),
    ],
)
def test_message_headers_split_a_digest(text: str, count: int) -> None:
    assert len(sentences(blank(text), text)) == count
