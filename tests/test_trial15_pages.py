"""Found in a user trial: the audit page said neither when it was made nor against which
registry, and showed the draft's absolute local path; the report's charts hid a source's
point under another's; "1 infos"; "No claims disagree" promised more than was checked."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from desertcheck.cli import app
from desertcheck.report.made import checked_at, revision, shown_path

from .conftest import PROJECT, cli_runner

pytest.importorskip("jinja2")
pytest.importorskip("markdown_it")

DRAFT = "More than 50,000 soldiers have deserted since 2022.\n"


def _git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        check=True,
        capture_output=True,
    )


def test_the_audit_page_says_when_from_which_registry_and_by_which_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = tmp_path / "elsewhere" / "draft.md"
    draft.parent.mkdir()
    draft.write_text(DRAFT, encoding="utf-8")
    out = tmp_path / "audit.html"
    monkeypatch.chdir(PROJECT)
    env = {"SOURCE_DATE_EPOCH": "1764633600"}
    r = cli_runner().invoke(app, ["audit", str(draft), "-f", "html", "-o", str(out)], env=env)
    assert r.exit_code in (0, 1), r.stderr
    html = out.read_text(encoding="utf-8")
    head = re.search(r"<header.*?</header>", html, re.S)[0]  # type: ignore[index]
    assert f"the registry <code>{PROJECT.resolve().name}</code>" in head
    assert "by desertcheck 0.1.0 on 2 December 2025, 00:00 UTC" in head
    # the absolute path outside the current folder: its name alone, nowhere the folder
    assert str(draft.parent) not in html
    assert "<code>draft.md</code>" in html and "draft.md:1:" in html


def test_a_draft_path_is_shown_as_given_or_relative_never_absolute(tmp_path: Path) -> None:
    assert shown_path("drafts/a.md", tmp_path) == "drafts/a.md"
    assert shown_path(str(tmp_path / "drafts" / "a.md"), tmp_path) == "drafts/a.md"
    assert shown_path("/home/anna/notes/a.md", tmp_path) == "a.md"


def test_the_revision_is_the_commit_and_says_when_the_registry_was_edited(
    tmp_path: Path,
) -> None:
    assert revision(tmp_path) is None  # not in git
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "a.yaml").write_text("claims: []\n")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-qm", "a")
    head = revision(tmp_path)
    assert head and re.fullmatch(r"[0-9a-f]{7,}", head)
    (tmp_path / "notes.txt").write_text("not the registry\n")
    assert revision(tmp_path) == head
    (tmp_path / "claims" / "a.yaml").write_text("claims: [] # edited\n")
    assert revision(tmp_path) == f"{head} + uncommitted changes"


def test_source_date_epoch_stands_for_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764633600")
    assert checked_at() == "2 December 2025, 00:00 UTC"


def test_one_of_a_kind_is_singular_and_no_dispute_says_what_was_compared(
    tmp_path: Path,
) -> None:
    out = tmp_path / "report.html"
    root = PROJECT / "tests/fixtures/loader/empty-claims-file"  # 1 claim, 1 source, 1 info
    r = cli_runner().invoke(app, ["report", "--root", str(root), "-o", str(out)])
    assert r.exit_code == 1, r.stderr  # its other claims file does not load
    html = out.read_text(encoding="utf-8")
    assert "<p>1 claim from 1 source (1 claims file did not load)" in html
    # the card is a link to the list of its findings (a trial after this one)
    assert re.search(r"<b>1</b>ℹ info</(div|a)>", html) and "<b>1</b>claim</div>" in html
    assert "1 infos" not in html and "ℹ infos" not in html
    assert "No claims disagree" not in html
    disputes = re.search(r'<section id="disputes".*?</section>', html, re.S)[0]  # type: ignore[index]
    assert "</code> found no dispute among the claims it compares" in disputes
    assert "one measure, scope, unit and period" in disputes and "origin" in disputes
