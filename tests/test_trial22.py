"""Found by a new maintainer extending and mending the shipped registry at 80 columns: each
test is one friction met, as it would have caught it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import PROJECT, cli_runner


def _shipped_copy(tmp_path: Path) -> Path:
    root = tmp_path / "reg"
    for part in ("claims", "sources"):
        shutil.copytree(PROJECT / part, root / part)
    shutil.copy(PROJECT / "desertcheck.toml", root / "desertcheck.toml")
    return root


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_bytes().decode("utf-8")
    assert old in text, (path, old)
    path.write_bytes(text.replace(old, new, 1).encode("utf-8"))


def test_report_of_a_claim_whose_source_did_not_load(tmp_path: Path) -> None:
    """It stopped with an internal error (KeyError in the charts' colours) where every
    other command said what was wrong: the page is written, with the error, exit 1."""
    pytest.importorskip("jinja2")
    pytest.importorskip("vl_convert")
    root = _shipped_copy(tmp_path)
    claims = root / "claims" / "novaya-gazeta-europe-un-report.yaml"
    _edit(claims, "source: novaya-gazeta-europe-un-report", "source: nge-un-report-2025")
    out = tmp_path / "r.html"
    r = cli_runner().invoke(app, ["report", "--root", str(root), "-o", str(out)])
    assert r.exit_code == 1, r.stderr
    assert "internal error" not in r.stderr
    assert "nge-un-report-2025" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("damage", ["duplicate key", "utf-16"])
def test_an_unreadable_origins_file_is_told_once(tmp_path: Path, damage: str) -> None:
    """A duplicate key or a UTF-16 origins.yaml came last of 67 errors, after 66
    `unknown-origin` errors saying that origins it holds were not in it."""
    root = _shipped_copy(tmp_path)
    origins = root / "sources" / "origins.yaml"
    if damage == "duplicate key":
        _edit(origins, '  publisher: "Proekt"\n', '  publisher: "Proekt"\n  title: "Again"\n')
    else:
        origins.write_bytes(origins.read_text(encoding="utf-8").encode("utf-16"))
    r = cli_runner().invoke(app, ["verify", "--root", str(root), "--format", "json"])
    assert r.exit_code == 1
    errors = [f for f in json.loads(r.stdout)["findings"] if f["severity"] == "error"]
    assert [f["file"] for f in errors] == ["sources/origins.yaml"], errors
