"""``diff`` shows a claim's changed value as the rest of the tool shows a claim's figure
("1.45 million passengers"), in the table, Markdown and GitHub formats; JSON keeps the
registry's numbers."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import FIXTURES, cli_runner, isolated_git

VALID = FIXTURES / "loader" / "valid"
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=True)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The `valid` registry committed, then its claim's value and unit edited."""
    isolated_git(monkeypatch, tmp_path)
    path = tmp_path / "repo"
    shutil.copytree(VALID, path)
    git(path, "init", "-q")
    git(path, "add", "-A")
    git(path, "commit", "-q", "-m", "registry")
    claims = path / "claims" / "alpha.yaml"
    text = claims.read_text(encoding="utf-8")
    text = text.replace("value: 1200", "value: 1540000", 1).replace(
        "unit: soldiers", "unit: deserters", 1
    )
    claims.write_text(text, encoding="utf-8")
    monkeypatch.chdir(path)
    return path


def diff(*args: str) -> str:
    r = cli_runner().invoke(app, ["diff", *args], catch_exceptions=False)
    assert r.exit_code in (0, 1), r.output
    return r.stdout


def test_a_changed_value_is_shown_as_the_claims_figure_on_each_side(repo: Path) -> None:
    """The value row said 1450000 -> 1540000 while the findings said 1.54 million; each
    side is read with its own unit."""
    assert "value: over 1,200 soldiers → over 1.54 million deserters" in diff()
    assert "| value | over 1,200 soldiers | over 1.54 million deserters |" in diff(
        "--format", "markdown"
    )
    assert "value: over 1,200 soldiers → over 1.54 million deserters" in diff("--format", "github")
    assert 'unit: "soldiers" → "deserters"' in diff()


def test_json_keeps_the_registrys_numbers(repo: Path) -> None:
    fields = json.loads(diff("--format", "json"))["claims"]["changed"][0]["fields"]
    assert fields["value"] == {"old": 1200, "new": 1540000}


def test_values_that_read_the_same_once_formatted_are_shown_raw() -> None:
    from desertcheck.model import Claim
    from desertcheck.reporters.diff_values import claim_fields

    claim = Claim.model_validate(
        {
            "id": "a",
            "statement": "s",
            "value": 0.12346,
            "qualifier": "exactly",
            "unit": "ratio",
            "measure": "m",
            "scope": "s",
            "period": "2024",
            "source": "x",
            "quote": "q",
        }
    )
    assert claim_fields({"value": (0.12345, 0.12346)}, claim) == [("value", "0.12345", "0.12346")]
