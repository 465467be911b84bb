"""A note's arrow and ">=" around a figure: "5y -> 10y" is a change to 10, not "over 10";
">=912" is at least 912, "<=15" up to 15."""

from __future__ import annotations

import pytest

from desertcheck.audit.shorthand import read_shorthand
from desertcheck.quantity import parse_quantities


def _read(text: str) -> list[tuple[str, str]]:
    return [
        (r.text, r.qualifier) for r in (read_shorthand(q, text) for q in parse_quantities(text))
    ]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("max for desertion 5y -> 10y", [("5", "exactly"), ("10", "exactly")]),
        ("5 => 10 years", [("5", "exactly"), ("10", "exactly")]),
        (">=912 political prosecutions", [(">=912", "at-least")]),
        ("<= 15 years", [("<= 15", "up-to")]),
        # near misses: a sign with no shaft before it is "more than"; "=" alone says nothing
        ("max >10y", [(">10", "over")]),
        ("total = 912", [("912", "exactly")]),
    ],
)
def test_shorthand(text: str, figures: list[tuple[str, str]]) -> None:
    assert _read(text) == figures
