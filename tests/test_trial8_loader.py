"""A claim id reused by entries that fail to load is reported in the same run (the id is
readable even when another field is wrong), and verify's summary counts the claim entries
that did not load."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desertcheck.cli import app
from desertcheck.registry import load_registry

from .conftest import FIXTURES, cli_runner

DUPLICATE = FIXTURES / "loader" / "duplicate-id"  # alpha-desertions-2024 at alpha.yaml:2


def entry(cid: str, extra: str = "", period: str = '"2024"') -> str:
    return (
        f"  - id: {cid}\n    statement: 300 cases were opened.\n    value: 300\n{extra}"
        f"    unit: cases\n    measure: cases\n    scope: army\n    period: {period}\n"
        "    source: alpha\n    quote: A further 300 cases were opened.\n"
    )


TYPO = "    qualifer: exactly\n"  # unknown-field: the entry does not load


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "r"
    shutil.copytree(DUPLICATE, root)
    (root / "claims" / "second.yaml").unlink()
    return root


def duplicates(root: Path) -> list[tuple[str | None, int, str]]:
    found = load_registry(root).findings
    return [(f.file, f.line, f.message) for f in found if f.code == "duplicate-id"]


def test_two_entries_that_fail_to_load_share_an_id(root: Path) -> None:
    hand = entry("hand-cases", TYPO) + entry("hand-cases", period="2024-2025")
    (root / "claims" / "hand.yaml").write_text("claims:\n" + hand, encoding="utf-8")
    ((file, line, message),) = duplicates(root)
    assert (file, line) == ("claims/hand.yaml", 12)
    assert "'hand-cases' is already used at claims/hand.yaml:2" in message


@pytest.mark.parametrize("name", ["aaa.yaml", "zzz.yaml"])  # read before, after alpha.yaml
def test_an_entry_that_fails_to_load_reuses_a_valid_claims_id(root: Path, name: str) -> None:
    (root / "claims" / name).write_text(
        "claims:\n" + entry("alpha-desertions-2024", TYPO), encoding="utf-8"
    )
    ((file, line, message),) = duplicates(root)
    assert (file, line) == (f"claims/{name}", 2)  # the entry not loaded, either way
    assert "also used at claims/alpha.yaml:2, the claim loaded" in message
    assert [c.id for c in load_registry(root).registry.claims] == ["alpha-desertions-2024"]


def test_distinct_ids_that_fail_to_load_are_no_duplicates(root: Path) -> None:
    hand = entry("hand-a", TYPO) + entry("hand-b", TYPO)
    (root / "claims" / "hand.yaml").write_text("claims:\n" + hand, encoding="utf-8")
    assert duplicates(root) == []


def test_the_summary_counts_the_claims_not_loaded(root: Path) -> None:
    hand = entry("hand-cases", TYPO) + entry("hand-cases", period="2024-2025") + entry("ok")
    (root / "claims" / "hand.yaml").write_text("claims:\n" + hand, encoding="utf-8")
    r = cli_runner().invoke(app, ["verify", "--root", str(root)], env={"COLUMNS": "200"})
    assert r.exit_code == 1
    assert "FAILED: 2 claims (2 more not loaded) in 1 source:" in r.stdout
    r = cli_runner().invoke(app, ["verify", "--root", str(DUPLICATE), "--quiet"])
    assert "FAILED: 1 claim (1 more not loaded) in 1 source:" in r.stdout  # a reused id
