"""An iCalendar file is read as its events' words: a summary, a description and a location
are prose, their folded lines unfolded and their escapes read ("18\\,159", "\\n"); the
timestamps, identifiers, versions and sequence numbers are no figures, and an event's date
is no period of its figures. Each figure is placed on the physical line of its number.
The drafts are written for these tests; the claims are the shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.audit.calendar_drafts import is_calendar, read_calendar

from .test_audit_mail_notebook import placed as placed_in

HEAD = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Court Watch//Calendar 4.1//EN\r\n"
    "BEGIN:VEVENT\r\nUID:cw-a1f3@courtwatch.example\r\nDTSTAMP:20261019T081500Z\r\n"
    "DTSTART;TZID=Europe/Moscow:20261104T100000\r\nSEQUENCE:2\r\n"
)
TAIL = "END:VEVENT\r\nEND:VCALENDAR\r\n"


def placed(body: str) -> list[tuple[int, str, str, str | None]]:
    return placed_in(HEAD + body + TAIL, "hearings.ics")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an escaped comma groups thousands; the qualifier ends the line above its number
        (
            "DESCRIPTION:Talking points:\\n- EUAA: over \r\n 16\\,000 prosecuted in 2024.\r\n",
            [(10, "over \n16,000", "contested", "euaa-un-desertion-prosecutions-2024")],
        ),
        # a fold inside a word joins it; "\\n" ends a line; no timestamp is a figure
        (
            "DESCRIPTION:Mediazona counted 18\\,159 AWOL ca\r\n ses by the end of June 2025."
            "\\nMaximum sentence for AWOL: 10 years.\r\n",
            [
                (9, "18,159", "supported", "isl-mediazona-awol-cases"),
                (10, "10", "supported", "isl-awol-max-sentence"),
            ],
        ),
        # a summary is prose too
        (
            "SUMMARY:Briefing: 848 verdicts in April 2025\\, Mediazona\r\n",
            [(9, "848", "supported", "isl-mediazona-verdicts-april-2025")],
        ),
    ],
)
def test_a_calendars_words_are_read(
    body: str, expected: list[tuple[int, str, str, str | None]]
) -> None:
    assert placed(body) == expected


def test_only_words_are_read() -> None:
    read = read_calendar(HEAD + "LOCATION:Court\\, room 4\\; tel. ext\r\n 412\r\n" + TAIL)
    assert read is not None
    assert read.text == "Court, room 4; tel. ext412\n"
    assert read_calendar(HEAD + TAIL) is None


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("hearings.ics", "", True),
        ("draft.txt", "BEGIN:VCALENDAR\nEND:VCALENDAR\n", True),
        ("draft.md", "Begin with the calendar: 50,000 deserted.", False),
    ],
)
def test_is_calendar(name: str, text: str, expected: bool) -> None:
    assert is_calendar(name, text) is expected
