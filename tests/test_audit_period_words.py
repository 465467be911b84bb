"""A draft's date written in digits ("21/10/2025" in a chat export, "12.11.2025" in a
translation), and the first months or a quarter of a year as a period. The sentences are
written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desertcheck.audit.periods import find_periods
from desertcheck.audit.relative import draft_date


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Exported 03/11/2025 08:15 UTC", None),  # 3 November or 11 March: not told
        ("Exported 23/11/2025 08:15 UTC", date(2025, 11, 23)),  # the day is over 12
        ("Sent 11/23/2025", date(2025, 11, 23)),  # the US order, told by the day too
        ("(Kraków, 03.11.2025)", date(2025, 11, 3)),  # dots: the day first
        ("Dated 31.02.2025", None),  # no such day
        ("Version 1.2.2025b", None),
        ("Filed 2.3.2024 and revised 14 March 2025", date(2025, 3, 14)),  # the latest
    ],
)
def test_a_date_in_digits(head: str, expected: date | None) -> None:
    assert draft_date(head) == expected


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("in the first three months of 2024", date(2024, 1, 1), date(2024, 3, 31)),
        ("During the first 7 months of 2023", date(2023, 1, 1), date(2023, 7, 31)),
        ("in the second quarter of 2025", date(2025, 4, 1), date(2025, 6, 30)),
        ("over the fourth quarter of 2024", date(2024, 10, 1), date(2024, 12, 31)),
        ("in the first half of 2025", date(2025, 1, 1), date(2025, 6, 30)),
        # N years that end in a year the draft names
        ("in the four years to 2021", date(2018, 1, 1), date(2021, 12, 31)),
        ("over the three years up to 2024", date(2022, 1, 1), date(2024, 12, 31)),
        ("during the two yrs through 2023", date(2022, 1, 1), date(2023, 12, 31)),
    ],
)
def test_the_first_months_or_a_quarter_of_a_year(text: str, first: date, last: date) -> None:
    found = find_periods(text)
    assert [(p.a[0], p.b[1]) for p in found] == [(first, last)]
    assert found[0].text == text


def test_a_sentence_names_its_own_period_before_the_same_period() -> None:
    from .test_audit_reading2 import judge

    draft = (
        "*Warszawa, 14.11.2025*\n\nIn April alone the courts handed down 848 verdicts. In the "
        "first five months of 2025 Russian courts received 4 350 new cases; Ukrainian "
        "courts, over the same period, 2 355.\n"
    )
    assert judge(draft) == [
        ("848", "supported", "isl-mediazona-verdicts-april-2025"),
        ("4 350", "supported", "isl-mediazona-russia-new-cases-jan-may-2025"),
        ("2 355", "supported", "isl-ukraine-court-cases-jan-may-2025"),
    ]


def test_the_patterns_of_alone_are_looked_for_only_where_their_word_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "2023 alone" and "2023 allein" are read only in a sentence that says the word (the
    two patterns try every place of a sentence: most of the time of finding periods): the
    periods found are those every pattern finds."""
    import re

    from desertcheck.audit import periods

    every = periods._patterns(cyrillic=True, alone=True)
    needs_alone = [p for _, p, _ in every if periods._alone_only(p)]
    assert len(needs_alone) == 2
    assert len(periods._patterns(cyrillic=True, alone=False)) == len(every) - 2
    for text in ("2023 alone saw 5,620 cases.", "2023 allein gab es 5.620 Fälle."):
        assert any(p.search(text) for p in needs_alone)
    assert not any(p.search("In 2023, a lone 5,620 cases.") for p in needs_alone)
    texts = [
        f.read_text(encoding="utf-8")
        for f in sorted(Path(__file__).parent.glob("data/audit_*/*.md"))
    ]
    found = [periods._find_periods(t, 0) for t in texts]
    monkeypatch.setattr(periods, "_ALONE", re.compile(""))  # every pattern, every time
    assert [periods._find_periods(t, 0) for t in texts] == found


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("From January to May 2025, Russian courts got 4,350 new cases.", "supported"),
        # a month more or less on either side of named months is another period (a user's
        # trial: "Von Jänner bis Juli 2024" passed for January to June, by a month's slack)
        ("From January to June 2025, Russian courts got 4,350 new cases.", "period-drift"),
        ("From February to May 2025, Russian courts got 4,350 new cases.", "period-drift"),
    ],
)  # fmt: skip
def test_named_months_take_no_slack(sentence: str, status: str) -> None:
    from .test_audit_reading2 import judge

    ((figure, got, claim),) = judge(sentence)
    assert (got, claim) == (status, "isl-mediazona-russia-new-cases-jan-may-2025"), figure
