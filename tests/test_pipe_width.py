"""Found in a user trial: ``desertcheck verify > out.txt`` and ``scan > out.txt`` run at an
80-column terminal were laid out for 200 columns, their rules and sentences wrapping in
``less``. A report in a pipe or a file is laid out for the terminal on stderr when there is
one (the reader's), else for 200 columns (a CI log, a file written unattended)."""

from __future__ import annotations

from pathlib import Path

import pytest

import desertcheck.stderr
from desertcheck.cli import app

from .conftest import PROJECT, cli_runner

GOLDEN = Path(__file__).parent / "golden"
ENV = {"COLUMNS": None, "GITHUB_ACTIONS": "", "GITHUB_STEP_SUMMARY": ""}


@pytest.mark.parametrize(("terminal", "golden"), [(80, 80), (None, 200)])
def test_a_piped_report_takes_the_width_of_the_terminal_on_stderr(
    terminal: int | None, golden: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(PROJECT)
    monkeypatch.setattr(desertcheck.stderr, "width", lambda: terminal)
    r = cli_runner().invoke(app, ["verify"], env=ENV, catch_exceptions=False)
    assert r.exit_code == 0, r.stderr
    assert r.stdout == (GOLDEN / f"verify-shipped-table-{golden}").read_text(encoding="utf-8")


def test_columns_still_wins_over_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(PROJECT)
    monkeypatch.setattr(desertcheck.stderr, "width", lambda: 80)
    env = {**ENV, "COLUMNS": "200"}
    r = cli_runner().invoke(app, ["verify"], env=env, catch_exceptions=False)
    assert r.stdout == (GOLDEN / "verify-shipped-table-200").read_text(encoding="utf-8")


def test_a_stored_report_is_keyed_by_the_terminal_on_stderr(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A report stored at a 200-column run is not replayed for an 80-column terminal."""
    from desertcheck.cache import reports

    monkeypatch.setattr(desertcheck.stderr, "width", lambda: 80)
    at80 = reports._context()
    monkeypatch.setattr(desertcheck.stderr, "width", lambda: None)
    assert reports._context() != at80
