"""value-not-in-quote says how to mend the claim, and a claim in one currency is not stated
by an amount in another."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import cli_runner, one_source

SOURCE = """---
title: Budget statement
publisher: Test Council
language: en
---
The council plans to save £11.2 million over the year. Council tax will rise by 4.99%.
Fares were cut by $2.50 to $40. It gave 40 grants and 12 loans.
"""


def verify(tmp_path: Path, value: str, unit: str, quote: str) -> tuple[int, list[dict]]:
    one_source(tmp_path, SOURCE)
    (tmp_path / "claims" / "claims.yaml").write_text(
        "claims:\n"
        "  - id: c\n"
        f"    statement: {quote}\n"
        f"    value: {value}\n"
        f"    unit: {unit}\n"
        "    measure: m\n"
        "    scope: s\n"
        '    period: "2025"\n'
        "    source: budget\n"
        f'    quote: "{quote}"\n',
        encoding="utf-8",
    )
    return verify_json(tmp_path)


def verify_json(root: Path) -> tuple[int, list[dict]]:
    """verify's exit code and findings (not infos; statement-mismatch left out)."""
    args = ["verify", "--root", str(root), "-f", "json", "--no-cache"]
    r = cli_runner().invoke(app, [*args, "--ignore", "statement-mismatch"])
    data = json.loads(r.stdout)
    return r.exit_code, [f for f in data["findings"] if f["severity"] != "info"]


SAVE = "The council plans to save £11.2 million over the year"


@pytest.mark.parametrize(
    ("value", "unit", "quote", "message"),
    [
        # a scale written into the unit
        (
            "11.2",
            "million GBP",
            SAVE,
            "it gives '£11.2 million'; the unit 'million GBP' holds a scale: "
            "write value: 11200000 and unit: GBP",
        ),
        # the right number in the wrong currency
        (
            "11200000",
            "EUR",
            SAVE,
            "it gives '£11.2 million'; that is in GBP, not EUR: if the quote is right, "
            "set unit: GBP",
        ),
        # a mistyped value against the one figure of the quote
        (
            "4.9",
            "percent",
            "Council tax will rise by 4.99%",
            "it gives '4.99%'; if the quote is right, set value: 4.99",
        ),
        # several figures: no guess which
        ("41", "grants", "It gave 40 grants and 12 loans", "it gives '40', '12'"),
    ],
)
def test_the_finding_says_how_to_mend_the_claim(
    tmp_path: Path, value: str, unit: str, quote: str, message: str
) -> None:
    code, found = verify(tmp_path, value, unit, quote)
    assert code == 1
    [f] = found
    assert f["code"] == "value-not-in-quote"
    assert f["message"].endswith(message), f["message"]


@pytest.mark.parametrize(
    ("value", "unit", "quote", "stated"),
    [
        ("11200000", "GBP", SAVE, True),
        ("11200000", "pounds", SAVE, True),  # a currency's word is its code
        ("11200000", "USD", SAVE, False),
        ("11200000", "RUB", SAVE, False),
        ("40", "USD", "Fares were cut by $2.50 to $40", True),
        ("40", "CAD", "Fares were cut by $2.50 to $40", True),  # "$" may be any dollar
        ("40", "EUR", "Fares were cut by $2.50 to $40", False),
        ("40", "grants", "It gave 40 grants and 12 loans", True),  # no currency: no say
    ],
)
def test_an_amount_in_another_currency_does_not_state_the_value(
    tmp_path: Path, value: str, unit: str, quote: str, stated: bool
) -> None:
    _, found = verify(tmp_path, value, unit, quote)
    assert ("value-not-in-quote" not in [f["code"] for f in found]) is stated


@pytest.mark.parametrize(
    ("retold", "hint"),
    [
        ("312000000", "where £312 million (retold) may be £312.4 million rounded"),
        ("50000000", None),  # not a rounding of 312.4 million
        ("313000001", None),  # neither is the other written coarser
    ],
)
def test_a_contradiction_by_rounding_says_how_to_mend_it(
    tmp_path: Path, retold: str, hint: str | None
) -> None:
    one_source(
        tmp_path,
        SOURCE.replace("£11.2 million", "£312.4 million").replace("4.99%", f"£{retold}"),
    )
    claims = ""
    for cid, value, quote in (
        ("official", "312400000", "The council plans to save £312.4 million"),
        ("retold", retold, f"Council tax will rise by £{retold}"),
    ):
        claims += (
            f"  - id: {cid}\n    statement: s\n    value: {value}\n    unit: GBP\n"
            f"    measure: m\n    scope: s\n    period: '2025'\n    source: budget\n"
            f"    quote: '{quote}'\n"
        )
    (tmp_path / "claims" / "claims.yaml").write_text("claims:\n" + claims, encoding="utf-8")
    [f] = [f for f in verify_json(tmp_path)[1] if f["code"] == "contradiction"]
    if hint is None:
        assert "rounded" not in f["message"]
    else:
        assert hint in f["message"] and "set its qualifier to about" in f["message"]
