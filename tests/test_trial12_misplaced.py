"""An entry pasted into the wrong list of a claims file — a claim at the end of a file,
under its ``relations:`` — is one finding that says where it belongs, not one per field."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import FIXTURES, cli_runner

CLAIM = """  - id: west
    statement: "Nearly 1,000 cases in the west."
    value: 1000
    qualifier: nearly
    unit: cases
    measure: district-cases
    scope: west
    period: "2024-12"
    source: report
    quote: "nearly 1,000 cases in the west"
"""
RELATION = """  - id: west-sum
    kind: sum
    parts: [north, south]
    whole: total
"""


@pytest.mark.parametrize(
    ("entry", "after", "message"),
    [
        (
            CLAIM,
            "relations:\n",
            "relation 'west': has a claim's fields (statement, value, quote) under "
            "`relations:`; move it under `claims:`",
        ),
        (
            RELATION,
            "claims:\n",
            "has a relation's fields (kind, parts, whole) under `claims:`; move it under "
            "`relations:`",
        ),
    ],
)
def test_an_entry_in_the_wrong_list_is_one_finding(
    tmp_path: Path, entry: str, after: str, message: str
) -> None:
    root = tmp_path / "registry"
    shutil.copytree(FIXTURES / "verify" / "relation-qualified", root)
    path = root / "claims" / "claims.yaml"
    text = path.read_text("utf-8")
    path.write_text(text.replace(after, after + entry, 1), "utf-8")
    result = cli_runner().invoke(app, ["verify", "--root", str(root), "--format", "json"])
    assert result.exit_code == 1
    found = [f for f in json.loads(result.stdout)["findings"] if f["file"] == "claims/claims.yaml"]
    errors = [f for f in found if f["severity"] == "error"]
    assert len(errors) == 1, errors
    assert errors[0]["code"] == "unknown-field"
    assert message in errors[0]["message"]


def test_entries_in_the_wrong_list_are_counted_once_each_when_not_shown(tmp_path: Path) -> None:
    """Found in review: past the cap on findings a file shows, each misplaced entry was
    counted as the four findings it no longer makes."""
    root = tmp_path / "registry"
    shutil.copytree(FIXTURES / "verify" / "relation-qualified", root)
    path = root / "claims" / "claims.yaml"
    many = "".join(RELATION.replace("west-sum", f"sum-{i}") for i in range(150))
    path.write_text(path.read_text("utf-8").replace("claims:\n", "claims:\n" + many, 1), "utf-8")
    result = cli_runner().invoke(app, ["verify", "--root", str(root), "--format", "json"])
    found = [f for f in json.loads(result.stdout)["findings"] if f["file"] == "claims/claims.yaml"]
    shown = [f for f in found if f["code"] == "unknown-field"]
    (more,) = [f["message"] for f in found if f["code"] == "too-many-findings"]
    assert len(shown) == 100
    assert more.startswith("50 more findings in this file are not shown"), more
