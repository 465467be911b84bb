"""``add claim`` after a source was renamed: the claims file that holds the source's claims
(under the source's old name) is the one appended to, and the note says so; a source's
claims are not split over two files."""

from __future__ import annotations

import shutil
from pathlib import Path

from desertcheck.cli import app

from .conftest import FIXTURES, cli_runner

VALID = FIXTURES / "loader" / "valid"


def _renamed(tmp_path: Path) -> Path:
    """The valid registry with source alpha renamed alpha-press, its claims following."""
    root = tmp_path / "reg"
    shutil.copytree(VALID, root)
    (root / "sources" / "alpha.md").rename(root / "sources" / "alpha-press.md")
    for path in (root / "claims").glob("*.yaml"):
        text = path.read_text("utf-8").replace("source: alpha\n", "source: alpha-press\n")
        path.write_text(text, "utf-8")
    return root


def _add(root: Path) -> tuple[int, str, str]:
    args = ["add", "claim", "--source", "alpha-press", "--root", str(root)]
    args += ["--quote", "A further 300 cases were opened", "--measure", "cases"]
    args += ["--scope", "army", "--period", "2024", "--id", "alpha-cases-again", "--again"]
    r = cli_runner().invoke(app, args, catch_exceptions=False)
    return r.exit_code, r.stdout, r.stderr


def test_a_claim_of_a_renamed_source_goes_to_the_file_holding_its_claims(
    tmp_path: Path,
) -> None:
    root = _renamed(tmp_path)
    (root / "claims" / "second.yaml").unlink()  # claims/alpha.yaml holds all its claims
    code, out, err = _add(root)
    assert code in (0, 1), err
    assert "added claim alpha-cases-again to claims/alpha.yaml:" in out
    assert "appended to claims/alpha.yaml, which holds this source's other claims" in out + err
    assert not (root / "claims" / "alpha-press.yaml").exists()
    assert "id: alpha-cases-again" in (root / "claims" / "alpha.yaml").read_text("utf-8")


def test_with_its_claims_in_two_files_a_claim_goes_to_the_file_of_the_sources_name(
    tmp_path: Path,
) -> None:
    root = _renamed(tmp_path)
    code, out, err = _add(root)
    assert code in (0, 1), err
    assert "added claim alpha-cases-again to claims/alpha-press.yaml:" in out
    assert "appended to" not in out + err
