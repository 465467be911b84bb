"""Found in a user trial: ``audit --format html`` without ``-o`` poured the whole page into
the terminal, where ``desertcheck report`` refuses it. Both now refuse a terminal with one
rule (``cli/run_audit.py``: ``refuse_html_here``); a pipe still gets the page, and ``-o``
writes it from a terminal."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from desertcheck.cli import app

from .conftest import PROJECT, cli_runner

pytest.importorskip("jinja2")
pytest.importorskip("markdown_it")
pytest.importorskip("vl_convert")

DRAFT = "Over 50,000 Russian soldiers have deserted since 2022.\n"


def in_a_terminal() -> CliRunner:
    """A runner whose standard output says it is a terminal, as a console's does."""
    runner = cli_runner()

    class Terminal(type(runner)):  # type: ignore[misc]
        @contextlib.contextmanager
        def isolation(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
            with super().isolation(*args, **kwargs) as streams:
                sys.stdout.isatty = lambda: True  # type: ignore[method-assign]
                yield streams

    runner.__class__ = Terminal
    return runner


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "story.md"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_audit_html_refuses_a_terminal_as_report_does(draft: Path) -> None:
    audit = in_a_terminal().invoke(app, ["audit", "--root", str(PROJECT), "-f", "html", str(draft)])
    report = in_a_terminal().invoke(app, ["report", "--root", str(PROJECT)])
    assert (audit.exit_code, audit.stdout) == (2, "")
    assert (report.exit_code, report.stdout) == (2, "")
    assert audit.stderr == (
        "desertcheck: error: the audit is an HTML page: write it to a file with -o audit.html\n"
    )
    assert report.stderr == (
        "desertcheck: error: the report is an HTML page: write it to a file with -o report.html\n"
    )


def test_audit_html_still_goes_to_a_pipe_and_to_a_file(draft: Path, tmp_path: Path) -> None:
    piped = cli_runner().invoke(app, ["audit", "--root", str(PROJECT), "-f", "html", str(draft)])
    assert piped.exit_code == 0, piped.stderr
    assert piped.stdout.startswith("<!DOCTYPE html>")
    out = tmp_path / "audit.html"
    args = ["audit", "--root", str(PROJECT), "-f", "html", "-o", str(out), str(draft)]
    written = in_a_terminal().invoke(app, args)
    assert written.exit_code == 0, written.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_other_formats_still_write_to_a_terminal(draft: Path) -> None:
    r = in_a_terminal().invoke(app, ["audit", "--root", str(PROJECT), "-f", "json", str(draft)])
    assert r.exit_code == 0 and r.stdout.startswith("{")
