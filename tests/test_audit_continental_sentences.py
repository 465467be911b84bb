"""German sentences and quotes in a draft too short, or too English, to be guessed German as
a whole: their numbers read in the European convention and their German words read; and
the message of a number with a dot before three digits read as a decimal. The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.continental_sentences import reads_german

from .test_audit_reading2 import auditor, judge


@pytest.mark.parametrize(
    ("piece", "german"),
    [
        ("Bis Dezember 2024 flohen fast 22.580 Mann im Süden.", True),  # month, bis
        ("Gegen rund 16.000 Soldaten wurde seit 2022 ermittelt.", True),
        ("Die Zahl der Verfahren stieg.", True),
        # English sentences with a German name or an English "die"
        ("Der Spiegel reported that 16,000 soldiers were prosecuted.", False),
        ("Many soldiers die in the war, and the courts are full.", False),
        ("Die Zeit said 16.000 in its headline.", False),
    ],
)
def test_a_sentence_reads_german_by_its_words(piece: str, german: bool) -> None:
    assert reads_german(piece) is german


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one sentence: "22.580" is thousands, "fast" nearly, "Dezember 2024" no figure
        (
            "Im Südlichen Militärbezirk zählte man bis Dezember 2024 fast 22.580 Desertionen.",
            [("fast 22.580", "supported", "euaa-frontelligence-desertions-southern-md-dec-2024")],
        ),
        # "rund": about; two sources of the registry disagree on the figure
        (
            "Gegen rund 16.000 Soldaten wurde seit 2022 wegen Desertion ermittelt.",
            [("rund 16.000", "contested", "nge-un-desertion-prosecutions-since-2022")],
        ),
        # a German quote in an English sentence
        (
            "A prosecutor told the weekly: „Seit 2022 sind über 50.000 Soldaten desertiert.“",
            [("über 50.000", "supported", "euaa-un-desertions-since-2022")],
        ),
        # English: one "16.000" stays unread as thousands, as before
        (
            "The court heard 50.000 and more.",
            [("50.000", "unsourced", None)],
        ),
    ],
)
def test_a_short_german_text_is_read_as_german(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text + "\n") == expected


def test_a_draft_guessed_german_reads_a_single_dot_number_as_thousands() -> None:
    draft = (
        "Die Zahlen der Moscow Times sind für die Jahre 2022 und 2023 die folgenden. "
        "Wegen unerlaubter Abwesenheit: 5.260 Verfahren.\n"
    )
    [item] = auditor().audit(draft, "d.md")
    assert item.figure.low == 5260


def test_a_dot_number_read_as_a_decimal_says_so() -> None:
    [item] = auditor().audit("The court opened 5.260 cases that year.\n", "d.md")
    assert item.figure.low == pytest.approx(5.26)
    assert "“5.260” (read as 5.26)" in item.message
    assert item.explanation is not None
    assert "5.260 is 5.26" in item.explanation.convention
