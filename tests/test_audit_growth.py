"""A change's words ("rose", "growth", "climbed") are one idea: a claim of a measure of
growth is named by a draft's "rose" (found in a user trial: "some 21% more" for nearly 12%
passed a plain run as `unsourced`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desertcheck.audit.terms import terms
from desertcheck.cli import app

from .conftest import cli_runner


@pytest.mark.parametrize("word", ["rose", "rise", "growth", "climbed", "grown", "increased"])
def test_words_of_a_rise_meet(word: str) -> None:
    assert set(terms(word)) & set(terms("growth"))


def test_a_wrong_rise_is_a_mismatch_of_the_growth_claim(tmp_path: Path) -> None:
    runner = cli_runner()
    root = tmp_path / "reg"
    assert runner.invoke(app, ["init", str(root)]).exit_code == 0
    doc = tmp_path / "port.md"
    doc.write_text(
        "# Hafen\n\nDie Zahl der Kreuzfahrtschiffe stieg auf 87, knapp 12 % mehr als im Vorjahr.\n",
        encoding="utf-8",
    )
    runner.invoke(
        app,
        [
            *("add", "source", str(doc), "--root", str(root), "--id", "port", "--title", "P"),
            *("--publisher", "P", "--language", "de", "--published", "2026-01-10"),
        ],
    )
    r = runner.invoke(
        app,
        [
            *("add", "claim", "--root", str(root), "--source", "port"),
            *("--quote", "knapp 12 % mehr als im Vorjahr"),
            *("--statement", "The number of cruise ships rose by nearly 12% in 2025."),
            *("--measure", "cruise-ship-calls-growth", "--scope", "port", "--period", "2025"),
        ],
    )
    assert r.exit_code == 0, r.stdout + r.stderr
    r = runner.invoke(
        app,
        [
            *("add", "claim", "--root", str(root), "--source", "port"),
            *("--quote", "Die Zahl der Kreuzfahrtschiffe stieg auf 87", "--unit", "ships"),
            *("--statement", "The number of cruise ships rose to 87 in 2025."),
            *("--measure", "cruise-ship-calls", "--scope", "port", "--period", "2025"),
        ],
    )
    assert r.exit_code == 0, r.stdout + r.stderr
    draft = tmp_path / "draft.md"
    draft.write_text(
        "The number of cruise ships rose to 87, some 21% more than the year before.\n",
        encoding="utf-8",
    )
    r = runner.invoke(app, ["audit", str(draft), "--root", str(root), "--format", "json"])
    items = {it["value"]["text"]: it for it in json.loads(r.stdout)["items"]}
    assert items["some 21%"]["status"] == "mismatch", items["some 21%"]["message"]
    assert r.exit_code == 1
