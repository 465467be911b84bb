"""Golden files: every format of every command, byte for byte, so a change of output shows in
review as a diff of tests/golden/.

Regenerate after an intended change with:

    DESERTCHECK_UPDATE_GOLDEN=1 pytest tests/test_golden.py

and read the diff before committing it.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import PROJECT, cli_runner

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("DESERTCHECK_UPDATE_GOLDEN") == "1"
CONTRADICTION = "tests/fixtures/verify/contradiction"
BROKEN = "tests/fixtures/loader/two-problems"
FIRST_USE = "tests/fixtures/first-use"  # claims with several findings each, a reused id
DRAFTS = ["examples/drafts/clean-explainer.md", "examples/drafts/errors-explainer.md"]

CASES: list[tuple[str, list[str], int]] = [
    *((f"verify-shipped-table-{w}", ["verify"], w) for w in (60, 80, 120, 200)),
    ("verify-shipped-quiet", ["verify", "--quiet"], 200),
    *(
        (f"verify-contradiction.{fmt}", ["verify", "--root", CONTRADICTION, "-f", fmt], 200)
        for fmt in ("table", "json", "github", "sarif", "junit", "junit-gitlab")
    ),
    *(
        (f"verify-broken.{fmt}", ["verify", "--root", BROKEN, "-f", fmt], 200)
        for fmt in ("table", "json", "github", "sarif", "junit", "junit-gitlab")
    ),
    *((f"verify-first-use-table-{w}", ["verify", "--root", FIRST_USE], w) for w in (60, 80, 200)),
    *((f"list-shipped.{fmt}", ["list", "-f", fmt], 200) for fmt in ("table", "json", "csv")),
    ("show-shipped", ["show", "euaa-un-desertion-prosecutions-2024"], 200),
    *(
        (f"export-shipped.{fmt}", ["export", "-f", fmt], 200)
        for fmt in ("json", "jsonl", "csv", "markdown")
    ),
    *((f"audit-drafts-table-{w}", ["audit", *DRAFTS], w) for w in (80, 200)),
    *((f"scan-shipped-table-{w}", ["scan"], w) for w in (80, 200)),
    ("scan-shipped.json", ["scan", "-f", "json"], 200),
    *(
        (f"audit-drafts.{fmt}", ["audit", *DRAFTS, "-f", fmt], 200)
        for fmt in ("json", "github", "markdown", "html")
    ),
]
DIFF_FORMATS = ("table", "json", "markdown", "github")


def check(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {name}: run DESERTCHECK_UPDATE_GOLDEN=1 pytest"
    assert text == path.read_text(encoding="utf-8"), f"{name} changed"


def run(args: list[str], width: int) -> str:
    env = {
        "COLUMNS": str(width),
        "GITHUB_ACTIONS": "",
        "GITHUB_STEP_SUMMARY": "",
        "SOURCE_DATE_EPOCH": "1764633600",  # a page says when it was made: 2 December 2025
    }
    r = cli_runner().invoke(app, args, env=env, catch_exceptions=False)
    assert r.exit_code in (0, 1), r.stderr
    return _REGISTRY.sub(r"\1<code>REGISTRY</code> (git <code>REVISION</code>)", r.stdout)


#: A page names the registry's folder and its git commit: they differ between clones.
_REGISTRY = re.compile(r"(the registry )<code>[^<]*</code>(?: \(git <code>[^<]*</code>\))?")


@pytest.mark.parametrize(("name", "args", "width"), CASES, ids=[c[0] for c in CASES])
def test_golden(name: str, args: list[str], width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(PROJECT)
    check(name, run(args, width))


def test_golden_claimreview(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "r"
    shutil.copytree(PROJECT / CONTRADICTION, root)
    (root / "desertcheck.toml").write_text(
        '[claimreview]\nauthor = "Example Fact Desk"\nurl = "https://factcheck.example.org/c/"\n'
    )
    monkeypatch.chdir(tmp_path)
    check(
        "export-contradiction.claimreview",
        run(["export", "--root", "r", "-f", "claimreview", "--date", "2026-01-01"], 200),
    )


@pytest.mark.parametrize("fmt", DIFF_FORMATS)
def test_golden_diff(fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(PROJECT / CONTRADICTION, tmp_path / "old")
    shutil.copytree(PROJECT / CONTRADICTION, tmp_path / "new")
    claims = next((tmp_path / "new" / "claims").glob("*.yaml"))
    text = claims.read_text(encoding="utf-8")
    claims.write_text(text.replace("value: ", "value: 1", 1), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    check(f"diff-dirs.{fmt}", run(["diff", "--dirs", "old", "new", "-f", fmt], 200))


@pytest.mark.parametrize("width", [60, 80, 120])
def test_narrow_reports_break_no_word_and_stay_short(
    width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A narrow verify report is at most 1.5x the lines of the 200-column one, no line is
    wider than the terminal unless one word is, and every word of it (split at spaces) is a
    word of the wide report: nothing was cut in two."""
    monkeypatch.chdir(PROJECT)
    wide, narrow = run(["verify"], 200), run(["verify"], width)
    assert len(narrow.splitlines()) <= 1.5 * len(wide.splitlines())
    # only a word longer than the line (a claim id, after its mark) may stand out
    assert all(len(line) <= width or len(line.split()) <= 2 for line in narrow.splitlines())

    def words(text: str) -> set[str]:
        return {w for line in text.splitlines() for w in line.split()}

    assert words(narrow) - words(wide) <= {"·", "•", "figure", "scope", "period", "source"}
