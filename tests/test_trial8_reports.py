"""An accepted finding is shown as accepted, with its reason, in the diff's Markdown
comment and in the HTML report, as verify's formats show it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import FIXTURES, PROJECT, cli_runner, isolated_git

VALID = FIXTURES / "loader" / "valid"
REASON = "the source rounds it"
ACCEPT = (
    f"  - id: alpha-desertions-2024\n    accept: [{{code: value-not-in-quote, reason: {REASON}}}]\n"
)


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=True)


def accepted_error(path: Path) -> None:
    """alpha's value no longer in its quote (an error), accepted with a reason."""
    claims = path / "claims" / "alpha.yaml"
    text = claims.read_text(encoding="utf-8").replace("value: 1200", "value: 1300", 1)
    claims.write_text(text.replace("  - id: alpha-desertions-2024\n", ACCEPT, 1), "utf-8")


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_diff_markdown_badges_an_accepted_finding_as_accepted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolated_git(monkeypatch, tmp_path)
    path = shutil.copytree(VALID, tmp_path / "repo")
    for step in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "registry"]):
        git(path, *step)  # the registry committed, then its claim edited
    accepted_error(path)
    monkeypatch.chdir(path)
    r = cli_runner().invoke(app, ["diff", "--format", "markdown"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    (row,) = [line for line in r.stdout.splitlines() if "| value-not-in-quote | alpha" in line]
    assert row.startswith("| ☑️ accepted (error) |"), row
    assert "❌" not in row and f"\\(accepted: {REASON}\\)" in row
    (open_row,) = [line for line in r.stdout.splitlines() if "| statement-mismatch | alpha" in line]
    assert open_row.startswith("| ⚠️ warning |")  # an open finding keeps its severity


def test_the_html_report_shows_an_accepted_finding_as_accepted_with_its_reason(
    tmp_path: Path,
) -> None:
    """A duplicate-claim (about two claims: "Other findings") accepted by one of them was
    listed as a plain warning, with neither the word accepted nor the reason."""
    path = tmp_path / "reg"
    shutil.copytree(VALID, path)
    with (path / "claims" / "second.yaml").open("a", encoding="utf-8") as f:
        f.write(
            "  - id: alpha-cases-again\n"
            "    statement: 300 cases were opened.\n"
            "    value: 300\n    unit: cases\n    measure: cases\n    scope: army\n"
            "    period: 2024\n    source: alpha\n"
            "    quote: A further 300 cases were opened.\n"
            "    accept: [{code: duplicate-claim, reason: kept in our own words}]\n"
        )
    accepted_error(path)
    out = tmp_path / "report.html"
    r = cli_runner().invoke(app, ["report", "--root", str(path), "-o", str(out)])
    assert r.exit_code in (0, 1), r.output
    page = out.read_text(encoding="utf-8")
    others = page.split("<h3>Other findings</h3>", 1)[1].split("</ul>", 1)[0]
    (item,) = [li for li in others.split("<li>") if "duplicate-claim" in li]
    assert "☑ accepted warning" in item and "(accepted: kept in our own words)" in item
    assert "⚠ warning" not in item
    # a claim's own finding: the same badge and reason
    own = page.split('id="c-alpha-desertions-2024"', 1)[1].split("</tr>", 1)[0]
    (li,) = [li for li in own.split("<li>") if "value-not-in-quote" in li]
    assert "☑ accepted error" in li and f"(accepted: {REASON})" in li


def test_docs_export_say_one_thing_of_date_published() -> None:
    """The options table said `datePublished` is left out without --date, the field table
    that it is today's date (which export gives: test_claimreview)."""
    text = (PROJECT / "docs" / "export.md").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith(("| `--date", "| `datePub"))]
    assert len(rows) == 2, rows
    for row in rows:
        assert "today" in row and "left out" not in row, row
