from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"
PROJECT = TESTS.parent


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def registry_copy(tmp_path: Path):
    """Copy a fixture registry (by name under tests/fixtures/loader) into tmp_path."""

    def make(name: str = "valid") -> Path:
        dest = tmp_path / name
        shutil.copytree(FIXTURES / "loader" / name, dest)
        return dest

    return make


@pytest.fixture
def shipped_copy(tmp_path: Path) -> Path:
    """A copy of the shipped registry (claims/, sources/, desertcheck.toml if any)."""
    dest = tmp_path / "shipped"
    dest.mkdir()
    for part in ("claims", "sources"):
        shutil.copytree(PROJECT / part, dest / part)
    if (PROJECT / "desertcheck.toml").exists():
        shutil.copy(PROJECT / "desertcheck.toml", dest / "desertcheck.toml")
    return dest
