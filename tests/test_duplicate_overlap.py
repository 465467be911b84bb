"""duplicate-claim: claims of one source and value whose quotes overlap on the figure (one
quote inside the other) record one figure twice; a hand-written second claim of a stub's
figure passed silently when its quote was longer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import cli_runner

SOURCE = """---
title: Housing report
publisher: Test Council
language: en
---
More than 2,400 households were on the housing waiting list in 2025.
The list held 2,400 families in 2024 and 2,400 families in 2025.
Some 310 homes were completed.
"""


def claim(cid: str, quote: str, value: int, period: str = "2025") -> str:
    return (
        f"  - id: {cid}\n    statement: {quote}.\n    value: {value}\n"
        "    unit: households\n    measure: waiting-list\n"
        f'    scope: city\n    period: "{period}"\n    source: report\n'
        f'    quote: "{quote}"\n'
    )


# (claims as (id, quote, value, period), the claims one duplicate-claim finding names)
CASES = [
    pytest.param(
        [
            ("stub", "More than 2,400 households", 2400, "2025"),
            (
                "by-hand",
                "More than 2,400 households were on the housing waiting list",
                2400,
                "2025",
            ),
        ],
        [("by-hand", "stub")],
        id="a longer quote of the same figure",
    ),
    pytest.param(
        [
            ("long", "more than 2,400  households were on the housing", 2400, "2025"),
            ("short", "2,400 households", 2400, "2024"),
        ],
        [("short", "long")],
        id="case and spaces aside, periods differing",
    ),
    pytest.param(
        [
            ("both", "2,400 families in 2024 and 2,400 families in 2025", 2400, "2024"),
            ("later", "2,400 families in 2025", 2400, "2025"),
        ],
        [],
        id="the longer quote states the value twice",
    ),
    pytest.param(
        [
            (
                "households",
                "More than 2,400 households were on the housing waiting list",
                2400,
                "2025",
            ),
            ("homes", "Some 310 homes were completed", 310, "2025"),
        ],
        [],
        id="other values",
    ),
    pytest.param(
        [
            (
                "waiting",
                "More than 2,400 households were on the housing waiting list",
                2400,
                "2025",
            ),
            ("year", "waiting list in 2025", 2025, "2025"),
        ],
        [],
        id="an inner quote of another value",
    ),
]


@pytest.mark.parametrize(("claims", "named"), CASES)
def test_overlapping_quotes_of_one_figure_are_a_duplicate(
    tmp_path: Path, claims: list[tuple[str, str, int, str]], named: list[tuple[str, ...]]
) -> None:
    (tmp_path / "claims").mkdir()
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "report.md").write_text(SOURCE, encoding="utf-8")
    text = "claims:\n" + "".join(claim(*c) for c in claims)
    (tmp_path / "claims" / "housing.yaml").write_text(text, encoding="utf-8")
    result = cli_runner().invoke(app, ["verify", "--root", str(tmp_path), "--format", "json"])
    data = json.loads(result.stdout)
    assert len(data["claims"]) == len(claims), data["findings"]
    found = [f for f in data["findings"] if f["code"] == "duplicate-claim"]
    assert [tuple(f["claims"]) for f in found] == named, found
    for f in found:
        later, first = f["claims"]
        assert f["message"].startswith(
            f"claim {later} records the same figure (2,400 households) as {first} "
        ), f["message"]
        assert "from quotes of report one inside the other" in f["message"] and f["line"] > 0
