"""A draft's number convention: a draft that writes thousands with dots and decimals with
commas (a translation that keeps the original's formats) is read that way, from its own
evidence, per section; the English convention when the evidence is absent or mixed."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desertcheck.audit.convention import as_read, european_parts

from .test_audit import auditor
from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a decimal comma before a percent sign or a scale word is European on its own
        ("Turnout was 61,3 % and 4.250 voted.", "Turnout was 61.3 % and 4,250 voted."),
        ("A budget of 3,7 million and 1.200 staff.", "A budget of 3.7 million and 1,200 staff."),
        # two figures with a dot and exactly three digits
        ("It has 12.400 members and 3.050 branches.", "It has 12,400 members and 3,050 branches."),
        # one number that reads one way only: two dots of thousands, a dot and a comma
        ("The fund holds 1.234.567 units.", "The fund holds 1,234,567 units."),
        ("It paid out 2.345,50 in all.", "It paid out 2,345.50 in all."),
        # a decimal comma without a scale is read too once the draft is European
        (
            "Of 12.400 members, 3,5 % left; each paid 7,25.",
            "Of 12,400 members, 3.5 % left; each paid 7.25.",
        ),
        # Swiss apostrophes group thousands in any draft
        ("The canton counted 18'159 votes.", "The canton counted 18,159 votes."),
        ("The canton counted 18’159 votes.", "The canton counted 18,159 votes."),
    ],
)
def test_european_drafts_are_read_with_separators_swapped(text: str, read: str) -> None:
    got, _ = as_read(text)
    assert got == read
    assert len(got) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        # English evidence only, or none
        "It has 12,400 members and 3,050 branches, 4.5% of them abroad.",
        "A budget of 3.7 million.",
        "Only one figure with a dot: 1.500 tonnes.",
        # mixed evidence: the English convention
        "It has 12,400 members and 3.050 branches and 1.200 staff.",
        "Turnout was 61,3 % while 4,250 voted.",
        # a date, a time, a version and a running time are no evidence
        "On 14.10.2025 at 14.30 the app 2.1.3 ran 2'40\".",
        "",
    ],
)
def test_english_or_mixed_drafts_are_left_as_they_are(text: str) -> None:
    assert as_read(text) == (text, [])


def test_the_convention_is_read_per_section() -> None:
    text = (
        "# From the English wire\n\nIt has 12,400 members and 3,050 branches.\n\n"
        "# From the German desk\n\nEs hat 12.400 Mitglieder und 3.050 Filialen.\n"
    )
    got, parts = as_read(text)
    english, _ = text.split("# From the German desk")
    assert got.startswith(english)
    assert "12,400 Mitglieder und 3,050 Filialen" in got
    assert parts == [(len(english), len(text))]


def test_a_section_without_evidence_takes_the_drafts_convention() -> None:
    text = "# One\n\nShe counted 50.000 men and 2.355 cases.\n\n# Two\n\nThen 1.010 more.\n"
    assert european_parts(text) == [(0, len(text))]
    assert "Then 1,010 more." in as_read(text)[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By the end of June, the courts had 18.159 cases of unauthorised absence "
            "from a unit, and 1.010 cases of desertion. That is 5,6 % of them.",
            [
                ("18.159", "supported", "isl-mediazona-awol-cases"),
                ("1.010", "supported", "isl-mediazona-desertion-cases"),
                ("5,6 %", "unsourced", None),
            ],
        ),
        (
            "Putin's decree raises the armed forces' size to about 2,4 million, "
            "and Mediazona counted 18.159 cases of unauthorised absence by June 2025.",
            [
                ("about 2,4 million", "supported", "isl-putin-decree-armed-forces-size"),
                ("18.159", "supported", "isl-mediazona-awol-cases"),
            ],
        ),
    ],
)
def test_european_figures_are_audited(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected


def test_the_item_says_the_number_was_read_under_the_european_convention() -> None:
    text = (
        "Mediazona counted 18.159 cases of unauthorised absence from a unit and "
        "1.010 of desertion by June 2025, 848 verdicts in April 2025."
    )
    items = auditor().audit(text, "d.md")
    first = items[0].to_dict()
    assert first["value"]["text"] == "18.159"  # as the draft writes it
    assert first["value"]["low"] == 18159.0
    why = first["explanation"]
    assert "dots group thousands" in why["number_convention"]
    assert "18.159 is 18,159" in why["number_convention"]
    assert "number read as" in items[0].explanation.line()  # type: ignore[union-attr]
    # a figure without separators reads the same in both: nothing to say
    assert "number_convention" not in items[2].to_dict()["explanation"]
    json.dumps(first)


def test_an_english_draft_is_explained_as_before() -> None:
    items = auditor().audit("Mediazona counted 18,159 AWOL cases by June 2025.", "d.md")
    assert "number_convention" not in items[0].to_dict()["explanation"]


@given(st.text(alphabet="0123456789.,' ’%\u00a0#\nmillion", max_size=200))
def test_any_text_reads_at_its_own_length(text: str) -> None:
    read, parts = as_read(text)
    assert len(read) == len(text)
    assert all(0 <= a < b <= len(text) for a, b in parts)
    # only separators change, and only between digits
    for before, after in zip(text, read, strict=True):
        assert before == after or {before, after} <= {".", ",", "'", "’"}


@pytest.mark.parametrize(
    ("text", "figure", "said"),
    [
        # a user's trial: the message quoted "1.6 million" where the draft says "1,6 million"
        (
            "Putin ordered an army of 2,4 million, with 1,6 million military personnel, in "
            "2024. Some 18.519 soldiers went AWOL, and 50.500 deserted.",
            "2,4 million",
            "“2,4 million” drops the qualifier",
        ),
        (
            "Mediazona counted 18.519 cases of soldiers going AWOL; 50.500 deserted.",
            "18.519",
            "but “18.519” cannot be its value",
        ),
        # an unsourced figure is named too: two on a line told apart without colour
        ("Our poll had 4.321 answers, and 12.000 readers.", "12.000", "states “12.000”"),
    ],
)
def test_messages_quote_the_figure_as_the_draft_writes_it(
    text: str, figure: str, said: str
) -> None:
    (item,) = [it for it in auditor().audit(text + "\n", "d.md") if it.figure.text == figure]
    assert said in item.message, item.message
