"""A DokuWiki table's header row ("^ Figure ^ Period ^") is its header: the first row of
figures under it is a row like the others, its qualifier none of the column's. The drafts
are written for these tests; the claims are the shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.dokuwiki import with_header_rows
from desertcheck.draft import blank

from .test_audit_mail_notebook import placed as placed_in


def placed(text: str) -> list[tuple[int, str, str, str | None]]:
    return placed_in(text, "page.txt")


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # the first row's "over 4,600" qualifies no cell below it
        (
            "===== Earlier counts =====\n\n^ Figure ^ Measure ^ Period ^\n"
            "| over 4,600 | soldiers convicted | invasion to Feb 2024 |\n"
            "| 4,373 | AWOL convictions | invasion to Feb 2024 |\n"
            "| 527 | AWOL convictions | 2021 |\n",
            [
                (
                    4,
                    "over 4,600",
                    "supported",
                    "mt-proekt-refusal-to-serve-convictions-since-invasion",
                ),
                (5, "4,373", "supported", "mt-proekt-awol-convictions-wartime"),
                (6, "527", "supported", "mt-proekt-awol-convictions-2021"),
            ],
        ),
        # a header cell that is a qualifier still qualifies its column
        (
            "^ District ^ Cases to Dec 2024 (approx.) ^\n| Southern | 22,580 |\n",
            [(2, "22,580", "supported", "euaa-frontelligence-desertions-southern-md-dec-2024")],
        ),
    ],
)
def test_a_dokuwiki_table_is_read_with_its_header(
    page: str, expected: list[tuple[int, str, str, str | None]]
) -> None:
    assert placed(page) == expected


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("^ Figure ^ Period ^", "| Figure | Period |"),
        ("  ^ Southern | 22,580 |", "  | Southern | 22,580 |"),
        # a caret that opens no table row is no header
        ("^ see the note", "^ see the note"),
        ("x^2 ^ y ^", "x^2 ^ y ^"),
        ("2^10 is 1,024", "2^10 is 1,024"),
    ],
)
def test_only_a_row_of_cells_is_a_header_row(text: str, read: str) -> None:
    assert with_header_rows(text) == read
    assert len(blank(text)) == len(text)
