"""A translated draft's date line in the language it was translated from ("MADRID, 30 de
noviembre de 2025", "Paris, le 2 juin 2025", "Berlin, 30. Dezember 2025") is the draft's
date, from which its relative periods are read. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.relative import draft_date

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("MADRID, 30 de noviembre de 2025.", "2025-11-30"),
        ("Lisboa, 3 de março de 2025", "2025-03-03"),
        ("Roma, 4 aprile 2025", "2025-04-04"),
        ("Paris, le 2 juin 2025", "2025-06-02"),
        ("Berlin, 30. Dezember 2025", "2025-12-30"),
        ("*Updated 12 November 2025*", "2025-11-12"),
        # no year, or no month: no date
        ("MADRID, 30 de noviembre", None),
        ("el 30 de 2025", None),
    ],
)
def test_a_date_line_in_another_language(head: str, expected: str | None) -> None:
    found = draft_date(head + "\n\nText.\n")
    assert (str(found) if found else None) == expected


@pytest.mark.parametrize(
    ("dateline", "status"),
    [
        ("MADRID, 3 de mayo de 2025.", "supported"),  # last month: April 2025
        ("MADRID, 3 de junio de 2025.", "period-drift"),  # last month: May 2025
    ],
)
def test_relative_periods_from_a_translated_date_line(dateline: str, status: str) -> None:
    draft = f"{dateline}\n\nMilitary courts handed down 848 verdicts last month alone.\n"
    assert judge(draft) == [("848", status, "isl-mediazona-verdicts-april-2025")]
