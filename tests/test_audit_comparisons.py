"""A figure that refers back to the sentence before takes that sentence's own period, not
the one it compares with."""

from __future__ import annotations

import pytest

from desertcheck.audit.comparisons import main_period
from desertcheck.audit.periods import find_periods


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Boats carried 4.5 million passengers in 2025, up from 3.9 million in 2024.", "in 2025"),
        ("It finished 1,126 new homes in 2025, the most since 2019.", "in 2025"),
        ("Arrivals fell to 900 in 2025 compared with 1,200 in 2024.", "in 2025"),
        ("It was 12% higher in 2025 than in 2023.", "in 2025"),
        ("Cases rose to 410 in 2025 (against 380 in 2024).", "in 2025"),
        # no comparison: the last period, as before
        ("Courts heard 300 cases in 2024 and 410 in 2025.", "in 2025"),
        ("Since 2022, 16,000 have been prosecuted.", "Since 2022"),
        # "since" is the sentence's own period where no superlative makes it a comparison
        ("It has carried 9 million passengers since 2019, its busiest run.", "since 2019"),
        # only comparisons: the last, as before
        ("Up from 3.9 million in 2024.", "in 2024"),
    ],
)
def test_the_period_a_sentence_is_about(sentence: str, period: str) -> None:
    found = main_period(find_periods(sentence, 100), sentence, 100)
    assert found is not None
    assert found.text == period


def test_no_period() -> None:
    assert main_period([], "No date here.", 0) is None


def test_a_figure_that_refers_back_takes_the_sentence_s_own_period(tmp_path) -> None:
    import json

    from desertcheck.cli import app

    from .conftest import cli_runner

    runner = cli_runner()
    root = tmp_path / "reg"
    assert runner.invoke(app, ["init", str(root)]).exit_code == 0
    doc = tmp_path / "homes.md"
    doc.write_text(
        "# Homes\n\nThe town finished 1,126 new homes in 2025. Of those, 318 were social "
        "rented homes.\n",
        encoding="utf-8",
    )
    runner.invoke(
        app,
        [
            *("add", "source", str(doc), "--root", str(root), "--id", "homes", "--title", "H"),
            *("--publisher", "P", "--language", "en", "--published", "2026-01-10"),
        ],
    )
    r = runner.invoke(
        app,
        [
            *("add", "claim", "--root", str(root), "--source", "homes"),
            *("--quote", "318 were social rented homes", "--measure", "social-homes"),
            *("--scope", "town", "--period", "2025", "--unit", "homes"),
        ],
    )
    assert r.exit_code == 0, r.stdout + r.stderr
    draft = tmp_path / "draft.md"
    draft.write_text(
        "The town finished 1,126 new homes in 2025, the most since 2019. Of those, 318 were "
        "social rented homes.\n",
        encoding="utf-8",
    )
    r = runner.invoke(app, ["audit", str(draft), "--root", str(root), "--format", "json"])
    items = {it["value"]["text"]: it for it in json.loads(r.stdout)["items"]}
    assert items["318"]["status"] == "supported", items["318"]["message"]
