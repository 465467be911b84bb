"""Penalties whose unit the draft leaves out after the first ("up to 15 years for desertion,
up to ten for absence …, up to three for …"): each bare number after a duration, in turn,
is one; and the years of the languages a translated draft keeps ("up to 15 años"). The
drafts are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.kinds import elided_in_turn, ends_in_duration
from desertcheck.quantity import parse_quantities

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "elided"),
    [
        ("up to 15 years, up to ten and up to three", [False, True, True]),
        ("up to 15 años, up to ten", [False, True]),
        # a number with a unit of its own breaks the run
        ("up to 15 years, 300 cases and three", [False, False, False]),
        # no duration before: nothing is elided
        ("ten, and three", [False, False]),
    ],
)
def test_a_run_of_elided_durations(text: str, elided: list[bool]) -> None:
    figures = parse_quantities(text)
    assert [bool(i) and elided_in_turn(figures, i) for i in range(len(figures))] == elided
    assert ends_in_duration(figures) is (elided[-1] or len(elided) == 1)


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        (
            "The code allows up to 15 years for desertion, up to ten for absence without "
            "leave and up to three for disobeying orders.",
            [
                ("up to 15", "supported", "isl-desertion-max-sentence"),
                ("up to ten", "supported", "isl-awol-max-sentence"),
                ("up to three", "supported", "isl-disobedience-max-sentence"),
            ],
        ),
        (
            "Deserters face up to 15 años in prison, and soldiers absent without leave up to ten.",
            [
                ("up to 15", "supported", "isl-desertion-max-sentence"),
                ("up to ten", "supported", "isl-awol-max-sentence"),
            ],
        ),
    ],
)
def test_penalties_in_turn(draft: str, expected: list[tuple[str, str, str]]) -> None:
    assert judge(draft + "\n") == expected
