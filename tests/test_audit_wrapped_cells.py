"""A fixed-width table's cell wrapped onto lines of its own under its row (a TV rundown's
notes) is read in its column, and the table stays one table under its one header. The
drafts are written for these tests; the claims are the shipped registry's."""

from __future__ import annotations

import pytest

from desertcheck.draft import fixed_width_rows
from desertcheck.wrapped_cells import wrapped_lines

from .test_audit_mail_notebook import placed as placed_in

RUNDOWN = (
    "SEG   SLUG            TIME   NOTES / READ ON AIR\n"
    "----  --------------  -----  ------------------------------------\n"
    "A1    OPEN            00:45  UN: over 50,000 deserted since 2022\n"
    "                             (UN via Novaya Gazeta Europe)\n"
    "A2    GFX             00:50  13,500 convicted in 2024 alone\n"
    "A3    DISTRICTS       00:40  Frontelligence via EUAA, to Dec 2024: 50,500 cases in all\n"
    "                             Tease: 848 verdicts in April 2025\n"
)


def test_a_row_after_wrapped_notes_is_dated_by_its_own_cells() -> None:
    # "A2" was the first row of a table of its own, "A3" under it: "A2"'s notes were its
    # header, and their "in 2024" dated "A3"'s 50,500
    assert [(line, text, status) for line, text, status, _ in placed_in(RUNDOWN, "r.txt")] == [
        (3, "over 50,000", "supported"),
        (5, "13,500", "supported"),
        (6, "50,500", "supported"),
        (7, "848", "supported"),
    ]


@pytest.mark.parametrize(
    ("text", "wrapped"),
    [
        (RUNDOWN, {3, 6}),
        # not aligned with a cell of the row above: prose after a table
        ("a    b    c\nd    e    f\n          Note: 50,000\n", set()),
        # a blank line ends the row's cell
        ("a    b    c\nd    e    f\n\n          f\n", set()),
        # under a wrapped line, another
        ("a         b    c\nd         e    f\n          e2\n          e3\n", {2, 3}),
    ],
)
def test_a_wrapped_line_starts_where_a_cell_of_its_row_starts(text: str, wrapped: set[int]) -> None:
    lines = text.split("\n")
    rows = {n for n in fixed_width_rows(lines) if n not in wrapped}
    assert wrapped_lines(lines, rows) == wrapped
    assert wrapped <= fixed_width_rows(lines)


def test_a_lone_row_with_a_wrapped_line_is_no_table() -> None:
    assert fixed_width_rows(["intro", "a         b    c", "          b2", "end"]) == frozenset()
