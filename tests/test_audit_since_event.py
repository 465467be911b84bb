""" "Since" an event and its date: the period starts at the date the event is given
("since Russia's full-scale invasion in 2022", "since the invasion began in February
2022"), hyphenated words and a verb between them too; an event with no date is the war's
start. The phrases are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit import find_periods


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("since Moscow's full-scale invasion in 2022, 50,000 left", "2022-01-01"),
        ("since the large-scale offensive in March 2022", "2022-03-01"),
        ("since the invasion began in February 2022, 50,000 left", "2022-02-01"),
        ("since the war started in 2022", "2022-01-01"),
        ("since the full-scale invasion, 50,000 left", "2022-02-24"),
    ],
)
def test_since_an_event_and_its_date(text: str, first: str) -> None:
    (period,) = find_periods(text)
    assert (period.kind, str(period.a[0])) == ("since", first)
