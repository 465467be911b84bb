"""verify's default report gives each failing claim's finding its file:line:col, in the
table (wide terminal), the blocks (narrow terminal) and a pipe alike, so an editor can jump
to it; infos, accepted and cross-claim findings are placed elsewhere and get none."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import FIXTURES, cli_runner

VALID = FIXTURES / "loader" / "valid"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "r"
    shutil.copytree(VALID, root)
    path = root / "claims" / "alpha.yaml"
    text = path.read_text("utf-8")
    assert "value: 1200" in text
    path.write_text(text.replace("value: 1200", "value: 1300"), encoding="utf-8")
    return root


def line_of(root: Path, field: str) -> int:
    lines = (root / "claims" / "alpha.yaml").read_text("utf-8").splitlines()
    return next(i for i, ln in enumerate(lines, 1) if ln.strip().startswith(field))


@pytest.mark.parametrize("width", ["200", "60"])  # the table, the blocks
def test_a_failing_claims_findings_have_their_lines(root: Path, width: str) -> None:
    r = cli_runner().invoke(app, ["verify", "--root", str(root)], env={"COLUMNS": width})
    assert r.exit_code == 1
    out = " ".join(r.stdout.split())
    at = f"claims/alpha.yaml:{line_of(root, 'value:')}:12: value-not-in-quote: the quote"
    assert at in out, r.stdout
    assert "source-unfingerprinted" not in out.split("Other findings")[0]  # an info: none
