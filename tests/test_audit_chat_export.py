"""A chat app's exported conversation is read a message at a time: each message's header
(its date and time) no figure and no period, and a period one message names not read into
the next one's figures. The exports are written for these tests; the claims are the
shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit.chat_export import is_chat_export, read_chat_export

from .test_audit_mail_notebook import placed as placed_in


def placed(text: str) -> list[tuple[int, str, str, str | None]]:
    return placed_in(text, "chat.txt")


@pytest.mark.parametrize(
    ("chat", "expected"),
    [
        # the period of the message before is not this message's, nor of the lines a
        # forwarded message goes on with; the headers no figures
        (
            "23/09/2026, 08:26 - Ruth: Ukraine intel claims over 25,000 left Central "
            "district units Nov 2024–Jul 2025, I'll attribute it\n"
            "23/09/2026, 08:30 - Marko: Forwarded\n*Mediazona court data (to 30 June 2025)*\n"
            "▪️ 18,159 AWOL\n▪️ 1,369 disobedience\n",
            [
                (
                    1,
                    "over 25,000",
                    "supported",
                    "euaa-ukraine-intel-central-md-left-units-nov-2024-jul-2025",
                ),
                (4, "18,159", "supported", "isl-mediazona-awol-cases"),
                (5, "1,369", "supported", "isl-mediazona-disobedience-cases"),
            ],
        ),
        # iOS's bracketed headers, with seconds: read a message a line by the draft's own
        # reading of timed lines, not as an export (a correction reads its header)
        (
            "[23/09/2026, 08:44:01] Marko: Jan–May 2025 new cases 4,350\n"
            "[23/09/2026, 08:45:12] Marko: Zelensky: 40-45k recruits a month\n",
            [
                (1, "4,350", "supported", "isl-mediazona-russia-new-cases-jan-may-2025"),
                (2, "40-45k", "supported", "isl-zelensky-russian-recruits-per-month"),
            ],
        ),
    ],
)
def test_a_chat_export_is_read_a_message_at_a_time(
    chat: str, expected: list[tuple[int, str, str, str | None]]
) -> None:
    assert placed(chat) == expected


@pytest.mark.parametrize(
    ("chat", "read"),
    [
        ("1/2/26, 9:41 AM - A: x\n1/2/26, 9:42 AM - B: y\nz", "A: x\n\nB: y\nz"),
        (
            "23/09/2026, 08:21 - Priya: <Media omitted>\n23.09.26, 08:22 - P: 5",
            "Priya: <Media omitted>\n\nP: 5",
        ),
    ],
)
def test_headers_are_read_as_paragraph_breaks(chat: str, read: str) -> None:
    got = read_chat_export(chat)
    assert got.text == read
    assert got.start(len(got.text) - 1) == len(chat) - 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("23/09/2026, 08:12 - A: x\n23/09/2026, 08:14 - B: y\n", True),
        ("Notes\n23/09/2026, 08:12 - A: x\n23/09/2026, 08:14 - B: y\n", False),
        ("23/09/2026, 08:12 - A: only one message\n", False),
        ("[23/09/2026, 08:12:01] A: x\n[23/09/2026, 08:14:09] B: y\n", False),
    ],
)
def test_is_chat_export(text: str, expected: bool) -> None:
    assert is_chat_export(text) is expected
