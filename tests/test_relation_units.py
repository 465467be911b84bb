"""A relation whose parts and whole are counted in different units ("cases" and
"soldiers") is judged on the numbers alone; its finding says so, since then the relation
may be what is wrong, not the figures."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import FIXTURES, cli_runner

NOTE = "compared as numbers alone"


def messages(root: Path, code: str) -> list[str]:
    result = cli_runner().invoke(app, ["verify", "--root", str(root), "--format", "json"])
    return [f["message"] for f in json.loads(result.stdout)["findings"] if f["code"] == code]


def units(root: Path, changes: dict[str, str]) -> None:
    """Give the claims named in ``changes`` another unit."""
    path = root / "claims" / "claims.yaml"
    entries = path.read_text("utf-8").split("\n  - id: ")
    for i, entry in enumerate(entries):
        name = entry.split("\n", 1)[0]
        if name in changes:
            entries[i] = entry.replace("unit: cases", f"unit: {changes[name]}")
    path.write_text("\n  - id: ".join(entries), "utf-8")


# fixture, code, units changed, the clause the message must end its arithmetic with
CASES = [
    ("relation-qualified", "relation-qualified", {}, None),
    (
        "relation-qualified",
        "relation-qualified",
        {"total": "soldiers"},
        "; the parts are in cases and the whole in soldiers: " + NOTE,
    ),
    (
        "relation-qualified",
        "relation-qualified",
        {"north": "soldiers", "total": "soldiers"},
        "; the parts are in cases and soldiers and the whole in soldiers: " + NOTE,
    ),
    ("relation-violated", "relation-violated", {}, None),
    (
        "relation-violated",
        "relation-violated",
        {"total": "people"},
        "; the parts are in cases and the whole in people: " + NOTE,
    ),
]


@pytest.mark.parametrize(("fixture", "code", "changed", "clause"), CASES)
def test_a_relation_across_units_says_it_compares_numbers(
    tmp_path: Path, fixture: str, code: str, changed: dict[str, str], clause: str | None
) -> None:
    root = tmp_path / "registry"
    shutil.copytree(FIXTURES / "verify" / fixture, root)
    units(root, changed)
    found = messages(root, code)
    assert found, code
    for message in found:
        if clause is None:
            assert NOTE not in message, message
        else:
            assert clause in message, message
