"""Found in a review: building a page ran ``git status`` in the registry, so a registry's
own ``.git/config`` (an fsmonitor hook) ran a command; a registry that another repository
ignores was given that repository's commit as its own; a SOURCE_DATE_EPOCH out of range,
or of a digit that is not ASCII, was an internal error."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desertcheck.report.made import checked_at, revision

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def _git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        check=True,
        capture_output=True,
    )


def _registry(root: Path) -> Path:
    (root / "claims").mkdir(parents=True)
    (root / "sources").mkdir()
    (root / "claims" / "a.yaml").write_text("claims: []\n")
    (root / "sources" / "s.md").write_text("A source.\n")
    return root


def test_no_command_of_the_registrys_git_config_is_run(tmp_path: Path) -> None:
    reg = _registry(tmp_path / "reg")
    _git(reg, "init", "-q")
    _git(reg, "add", ".")
    _git(reg, "commit", "-qm", "a")
    marker = tmp_path / "ran"
    _git(reg, "config", "core.fsmonitor", f"touch {marker}; false #")
    _git(reg, "config", "filter.x.clean", f"touch {marker}; cat")
    (reg / ".gitattributes").write_text("*.yaml filter=x\n")
    (reg / "claims" / "a.yaml").write_text("claims: [] # edited\n")
    assert (revision(reg) or "").endswith(" + uncommitted changes")
    assert not marker.exists()


@pytest.mark.parametrize(
    ("edit", "uncommitted"),
    [
        (lambda reg: None, False),
        (lambda reg: (reg / "notes.txt").write_text("not the registry\n"), False),
        (lambda reg: (reg / "claims" / ".swp").write_text("an editor's file\n"), False),
        (lambda reg: (reg / "sources" / "new.md").write_text("A new source.\n"), True),
        (lambda reg: (reg / "sources" / "s.md").unlink(), True),
        (lambda reg: (reg / "desertcheck.toml").write_text("[audit]\n"), True),
    ],
)
def test_uncommitted_changes_are_the_registrys_files_against_the_commit(
    tmp_path: Path, edit: object, uncommitted: bool
) -> None:
    reg = _registry(tmp_path)
    _git(reg, "init", "-q")
    _git(reg, "add", ".")
    _git(reg, "commit", "-qm", "a")
    head = revision(reg)
    assert head and re.fullmatch(r"[0-9a-f]{7,}", head)
    edit(reg)  # type: ignore[operator]
    assert revision(reg) == (f"{head} + uncommitted changes" if uncommitted else head)


def test_a_registry_another_repository_ignores_has_no_revision(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_text("reg/\n")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".gitignore")
    _git(tmp_path, "commit", "-qm", "outer")
    reg = _registry(tmp_path / "reg")
    assert revision(reg) is None


@pytest.mark.parametrize("epoch", ["99999999999999", "²", "-1", "1.5", "", "٣"])
def test_a_source_date_epoch_no_date_can_hold_is_ignored(
    monkeypatch: pytest.MonkeyPatch, epoch: str
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    said = checked_at()
    now = datetime.now(UTC)
    assert str(now.year) in said or str(now.year - 1) in said  # now, not an error
