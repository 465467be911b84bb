"""A registry built as a user builds one (`init`, `add source`, `add claim`), and a draft
audited against it: for tests of what audit makes of claims written by the authoring
commands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desertcheck.cli import app

from .conftest import cli_runner


class Authored:
    """A new registry under ``tmp_path`` with one source of ``text``."""

    def __init__(self, tmp_path: Path, text: str, *, language: str = "en") -> None:
        self.tmp = tmp_path
        self.root = tmp_path / "reg"
        self.runner = cli_runner()
        assert self.runner.invoke(app, ["init", str(self.root)]).exit_code == 0
        doc = tmp_path / "source.md"
        doc.write_text(text, encoding="utf-8")
        self.run(
            *("add", "source", str(doc), "--id", "src", "--title", "T", "--publisher", "P"),
            *("--language", language, "--published", "2026-01-10"),
        )

    def run(self, *args: str) -> Any:
        """The command with ``--root`` of this registry; it must succeed."""
        r = self.runner.invoke(app, [*args, "--root", str(self.root)])
        assert r.exit_code == 0, r.stdout + r.stderr
        return r

    def claim(self, quote: str, measure: str, *more: str) -> None:
        """`add claim` of ``quote`` in the source, scope and period given."""
        self.run(
            *("add", "claim", "--source", "src", "--quote", quote, "--measure", measure),
            *("--scope", "here", "--period", "2025", *more),
        )

    def audit(self, draft: str) -> tuple[int, list[dict[str, Any]]]:
        """The exit code and the items of ``audit --format json`` of ``draft``."""
        path = self.tmp / "draft.md"
        path.write_text(draft, encoding="utf-8")
        args = ["audit", str(path), "--root", str(self.root), "--format", "json"]
        r = self.runner.invoke(app, args)
        return r.exit_code, json.loads(r.stdout)["items"]
