"""A space before a percent sign (a plain, no-break, thin or narrow no-break one) is
typography: a quote written either way is found in a source written either way."""

from __future__ import annotations

from pathlib import Path

import pytest

from desertcheck.cli import app
from desertcheck.text import find_quote, normalize

from .conftest import cli_runner, one_source

SPACES = [" ", "\u00a0", "\u2009", "\u202f", "\u2007", "  "]


@pytest.mark.parametrize("space", SPACES)
@pytest.mark.parametrize("quote", ["rise by 4.99%", "rise by 4.99 %", "rise by 4.99\u00a0%"])
def test_a_quote_is_found_whatever_the_space_before_the_percent_sign(
    space: str, quote: str
) -> None:
    source = f"Council tax will rise by 4.99{space}%, the maximum."
    norm = normalize(source)
    loc = find_quote(quote, norm)
    assert loc is not None
    assert source[loc.start : loc.end] == f"rise by 4.99{space}%"


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("4.99 %", "4.99%"),
        ("7.2\u00a0% in a year", "7.2% in a year"),
        ("up 12\u2009%", "up 12%"),
        ("28\u202f%", "28%"),
        ("28 \n%", "28%"),  # a break between them too
        ("rates of % and more", "rates of % and more"),  # no digit before: kept
        ("Section 5 percent", "Section 5 percent"),
        ("5 % 6", "5% 6"),
    ],
)
def test_the_space_is_dropped_only_between_a_digit_and_a_percent_sign(
    text: str, normal: str
) -> None:
    assert normalize(text).text == normal


def test_the_offsets_map_back_across_the_dropped_space() -> None:
    norm = normalize("Rents rose by 7.2\u2009% in 2024.")
    start = norm.text.index("7.2%")
    assert norm.span_to_original(start, start + 4) == (14, 19)


SOURCE = """---
title: "T"
publisher: "P"
language: "en"
---
Council tax will rise by 4.99\u00a0%, the maximum allowed.
"""


def test_verify_finds_the_quote_across_a_no_break_space(tmp_path: Path) -> None:
    one_source(tmp_path, SOURCE)
    (tmp_path / "claims/budget.yaml").write_text(
        "claims:\n  - id: tax-rise\n    statement: Council tax will rise by 4.99%.\n"
        "    value: 4.99\n    unit: percent\n    measure: council-tax-rise\n    scope: s\n"
        '    period: "2025-04/2026-03"\n    source: budget\n'
        '    quote: "Council tax will rise by 4.99%"\n',
        "utf-8",
    )
    r = cli_runner().invoke(app, ["verify", "--quiet", "--root", str(tmp_path)])
    assert r.exit_code == 0, r.stdout + r.stderr
    assert "quote-not-found" not in r.stdout
