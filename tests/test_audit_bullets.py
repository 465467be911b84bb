"""Lists typed as plain text: a word processor's "•", a slide's "▪" or "🔹" open a list item
as Markdown's "-" does, so an item's period words stay in its item ("Desertion cases opened
in 2022–23: 501" does not date the next item's running total). The drafts are written for
these tests."""

from __future__ import annotations

import pytest

from desertcheck.draft import blank, sentences

from .test_audit_reading2 import judge


@pytest.mark.parametrize("bullet", ["•", "▪", "◦", "‣", "●", "■", "►", "🔹", "➡️", "✅", "-", "*"])
def test_a_bullet_opens_a_sentence(bullet: str) -> None:
    text = f"Key facts\n{bullet} cases opened in 2022: 501\n{bullet} cases to 2024: 50,500\n"
    spans = sentences(blank(text), text)
    assert [text[a:b].removeprefix(bullet).strip() for a, b in spans] == [
        "Key facts",
        "cases opened in 2022: 501",
        "cases to 2024: 50,500",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Version 3 · Prepared by the desk",  # a separator inside a line, not a bullet
        "Sources · UN, EUAA\nand Mediazona",
    ],
)
def test_a_middle_dot_inside_a_line_is_no_bullet(text: str) -> None:
    assert len(sentences(blank(text), text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Key facts\n▪ Desertion cases opened in 2022–23: 501\n"
            "▪ Desertion and AWOL cases to December 2024: 50,500\n",
            [
                ("501", "supported", "mt-proekt-desertion-cases-opened-2022-2023"),
                ("50,500", "supported", "euaa-frontelligence-desertions-total-dec-2024"),
            ],
        ),
        (
            "In brief\n• Desertion cases opened in 2022–23: 501\n"
            "• Desertion and AWOL cases since 2022, by Frontelligence's count: 50,500\n",
            [
                ("501", "supported", "mt-proekt-desertion-cases-opened-2022-2023"),
                ("50,500", "supported", "euaa-frontelligence-desertions-total-dec-2024"),
            ],
        ),
        # an item's own period still counts: the running total is not of 2023
        (
            "In brief\n• Desertion cases opened in 2022–23: 501\n"
            "• Desertion and AWOL cases in 2023 alone: 50,500\n",
            [
                ("501", "supported", "mt-proekt-desertion-cases-opened-2022-2023"),
                ("50,500", "period-drift", "euaa-frontelligence-desertions-total-dec-2024"),
            ],
        ),
    ],
)
def test_an_items_period_stays_in_its_item(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected


def test_a_typed_item_has_no_lazy_continuation() -> None:
    # Markdown's "-" item takes the line after it in (a lazy continuation); a typed list's
    # item is its line: the line after it is a sentence of its own
    text = "Districts:\n▪ Leningrad: over 3,050\nAltogether: 50,500 cases.\n"
    spans = sentences(blank(text), text)
    assert [text[a:b] for a, b in spans][-2:] == [
        "▪ Leningrad: over 3,050",
        "Altogether: 50,500 cases.",
    ]
    markdown = text.replace("▪", "-")
    assert len(sentences(blank(markdown), markdown)) == 2


SOUTHERN = "euaa-frontelligence-desertions-southern-md-dec-2024"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next line's first word is no unit of the item before: "over 3,500" is still a
        # slip of its series-mate's over 3,050, of the list's other rows
        (
            "Frontelligence counted desertion cases to December 2024:\n"
            "🟩 Eastern: nearly 3,380\n🟦 Leningrad: just over 3,500\nIn total: 50,500 cases.\n",
            [
                ("nearly 3,380", "supported", "euaa-frontelligence-desertions-eastern-md-dec-2024"),
                ("over 3,500", "mismatch", "euaa-frontelligence-desertions-leningrad-md-dec-2024"),
                ("50,500", "supported", "euaa-frontelligence-desertions-total-dec-2024"),
            ],
        ),
        # "50,500 cases": the claim counts cases, so the word names no other measure
        (
            "A research group counted cases up to December 2024:\n"
            "▪ South: almost 22,580\n▪ Leningrad: just over 3,050\nAltogether: 50,500 cases.\n",
            [
                # too few words of the claim's, but its own number, with its qualifier
                # (audit/own_number.py)
                ("almost 22,580", "supported", SOUTHERN),
                ("over 3,050", "supported", "euaa-frontelligence-desertions-leningrad-md-dec-2024"),
                ("50,500", "supported", "euaa-frontelligence-desertions-total-dec-2024"),
            ],
        ),
    ],
)
def test_the_line_after_a_typed_list(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected
