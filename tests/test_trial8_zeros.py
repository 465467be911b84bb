"""A zero written "No fines were imposed" is registered (value 0, the figure "No"), and
verify reads the same quote; the figure parser, and so audit and scan, never read "no"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from desertcheck.cli import app
from desertcheck.quantity import parse_quantities
from desertcheck.zeros import zeros_in

from .conftest import cli_runner, one_source

SOURCE = """---
title: "Drought report (test data)"
publisher: "Valley Supply"
language: "en"
published: "2025-10-01"
---
The company issued 42 warning letters in 2025. No fines were imposed, and no one was
prosecuted.
"""
ARGS = ["--source", "drought", "--measure", "fines", "--scope", "valley", "--period", "2025"]


def add(root: Path, quote: str, *more: str) -> tuple[int, str]:
    r = cli_runner().invoke(
        app, ["add", "claim", "--root", str(root), *ARGS, "--quote", quote, *more]
    )
    return r.exit_code, r.stdout + r.stderr


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return one_source(tmp_path, SOURCE, "drought")


def test_add_claim_registers_a_zero_written_no(root: Path) -> None:
    code, out = add(root, "No fines were imposed")
    assert code == 0, out
    assert "verify: ✓ verified" in out
    (claim,) = yaml.safe_load((root / "claims" / "drought.yaml").read_text("utf-8"))["claims"]
    assert (claim["value"], claim["qualifier"], claim["unit"]) == (0, "exactly", "fines")
    assert claim["id"] == "drought-no-fines"


def test_verify_reads_the_zero_of_a_zero_claim_only(root: Path) -> None:
    assert add(root, "no one was prosecuted", "--unit", "people")[0] == 0
    path = root / "claims" / "drought.yaml"
    r = cli_runner().invoke(app, ["verify", "--root", str(root), "-f", "json"])
    assert r.exit_code == 0, r.stdout
    path.write_text(path.read_text("utf-8").replace("value: 0", "value: 3"), encoding="utf-8")
    r = cli_runner().invoke(app, ["verify", "--root", str(root), "-f", "json"])
    assert "value-not-in-quote" in {f["code"] for f in json.loads(r.stdout)["findings"]}


def test_no_is_no_figure_to_the_parser_nor_to_audit(root: Path) -> None:
    assert parse_quantities("No fines were imposed.") == []
    draft = root / "draft.md"
    draft.write_text("No fines were imposed and no one was prosecuted.\n", encoding="utf-8")
    r = cli_runner().invoke(app, ["audit", str(draft), "--root", str(root), "-f", "json"])
    assert json.loads(r.stdout)["items"] == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("No fines were imposed", [("No", "fines")]),
        ("no one was prosecuted; nobody was fined", [("no", None), ("nobody", None)]),
        ("it is no longer in force, and no more than 3 apply", []),
        ("No Fines Act", []),  # a name, not a count
    ],
)
def test_zeros_in(text: str, read: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.unit) for q in zeros_in(text)] == read
    assert zeros_in(text, "de") == []


def test_the_report_marks_the_zeros_no_as_its_figure(root: Path) -> None:
    from desertcheck.registry import load_registry
    from desertcheck.report.passages import FIGURE, Passages

    assert add(root, "No fines were imposed")[0] == 0
    registry = load_registry(root).registry
    (claim,) = registry.claims
    passage = Passages().of(claim, registry.sources["drought"])
    assert passage is not None
    assert [s.text for s in passage.segments if s.kind == FIGURE] == ["No"]
