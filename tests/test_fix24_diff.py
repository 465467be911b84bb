"""diff against its oracle: what ``verify`` reports of each side, edit by edit. Each case
here is one an earlier diff got wrong; tests/test_diff_fuzz.py finds more at random."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import cli_runner, isolated_git, shipped_in_git
from .test_diff_cache import git, launched

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

UN = "sources/novaya-gazeta-europe-un-report.md"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    isolated_git(monkeypatch, tmp_path)
    root = shipped_in_git(tmp_path / "repo")
    monkeypatch.chdir(root)
    return root


def commit(repo: Path, message: str = "edit") -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", message)


def diff(*args: str) -> tuple[dict, int]:
    r = cli_runner().invoke(app, ["diff", *args, "-f", "json"], catch_exceptions=False)
    return json.loads(r.stdout), r.exit_code


def codes(found: list[dict]) -> list[str]:
    return sorted(f["code"] for f in found)


def reword_source(repo: Path) -> str:
    """A word of the UN report's text changed, its fingerprint left: the original text."""
    path = repo / UN
    text = path.read_text()
    head, sep, body = text.partition("\n---\n")
    path.write_text(head + sep + body.replace("desertion", "DESERTION", 1))
    return text


def test_restoring_a_source_as_published_introduces_nothing(repo: Path) -> None:
    original = reword_source(repo)
    commit(repo)
    (repo / UN).write_text(original)  # the fix source-modified asks for
    commit(repo)
    got, code = diff("HEAD~1", "HEAD")
    assert codes(got["findings"]["introduced"]) == []
    assert codes(got["findings"]["resolved"]) == ["source-modified"]
    assert code == 0


def test_a_diff_from_the_cache_gives_places_from_the_working_directory(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = repo / "claims" / "moscow-times-proekt-2024.yaml"
    path.write_text(path.read_text().replace("value: 4600\n", "value: 4601\n", 1))
    commit(repo)
    args = ("diff", "HEAD~1", "HEAD", "--root", "repo")
    monkeypatch.chdir(repo.parent)
    cold = launched(*args)
    assert "repo/claims/moscow-times-proekt-2024.yaml:29" in cold[0]
    from desertcheck.diff.fast import diff_from_cache

    assert diff_from_cache(repo, "HEAD~1", "HEAD") is not None  # the next run is the fast one
    assert launched(*args) == cold


EUAA = "claims/euaa-desertion-punishments.yaml"
LAST = "euaa-ukraine-intel-central-md-left-units-nov-2024-jul-2025"


def duplicate_ids(found: list[dict]) -> dict[str, str]:
    """Each ``duplicate-id`` by the id it names: its file:line."""
    out = {}
    for f in found:
        if f["code"] == "duplicate-id" and f["message"].startswith("claim id '"):
            out[f["message"].split("'")[1]] = f"{f['file']}:{f['line']}"
    return out


@pytest.mark.parametrize("shift", ["a claim added above it", "a comment above it"])
def test_a_reused_id_is_found_by_its_id_not_by_the_line_it_had(repo: Path, shift: str) -> None:
    """A claims file read first takes the ids of claims left alone in their file, but the
    file was edited above one of them: the loader's duplicate-id at the old claim is found
    by the id it names, not by the line that claim had in the base (another claim stands
    there now, or none does)."""
    path = repo / EUAA
    text = path.read_text()
    at = text.index(f"  - id: {LAST}\n")
    if shift == "a comment above it":
        added, reused = "  # the last claim of the file\n", [LAST]
    else:
        block = text[at : text.index("\nrelations:")].rstrip("\n") + "\n\n"
        added = block.replace(f"id: {LAST}", f"id: {LAST}-again", 1)
        reused = [LAST, f"{LAST}-again"]
    path.write_text(text[:at] + added + text[at:])
    copy = repo / "claims" / "aaa-copy.yaml"
    copy.write_text("claims:\n" + path.read_text()[at:].split("\nrelations:")[0])
    commit(repo)
    got, code = diff("HEAD~1", "HEAD")
    verify = json.loads(cli_runner().invoke(app, ["verify", "-f", "json", "--no-cache"]).stdout)[
        "findings"
    ]
    told = duplicate_ids(got["findings"]["introduced"])
    assert sorted(told) == sorted(duplicate_ids(verify)) == sorted(reused)
    line = duplicate_ids(verify)[LAST]  # the untouched claim, where HEAD has it
    assert told[LAST].startswith("claims/aaa-copy.yaml:")
    (message,) = (f["message"] for f in got["findings"]["introduced"] if LAST + "'" in f["message"])
    assert f"already used at {line}, by a claim this change left as it was" in message
    assert LAST in {c["id"] for c in got["claims"]["added"]}
    assert code == 1


def test_a_reused_id_is_not_silenced_by_a_settings_change_beside_it(repo: Path) -> None:
    """A claims file read first takes an id, and desertcheck.toml changes in the same
    commit: the duplicate-id is introduced (at the added claim), never also "silenced by
    desertcheck.toml" for standing elsewhere in the run under the base's settings."""
    text = (repo / EUAA).read_text()
    at = text.index(f"  - id: {LAST}\n")
    block = text[at : text.index("\nrelations:")]
    (repo / "claims" / "aaa-copy.yaml").write_text("claims:\n" + block)
    toml = repo / "desertcheck.toml"
    toml.write_text(toml.read_text() + "\n[verify]\ntolerance = 0.2\n")
    commit(repo)
    got, code = diff("HEAD~1", "HEAD")
    assert got["findings"]["silenced"] == []
    assert list(duplicate_ids(got["findings"]["introduced"])) == [LAST]
    assert [s["key"] for s in got["settings"]["changed"]] == ["verify.tolerance"]
    assert code == 1


def test_a_finding_fixed_beside_a_duplicated_id_is_resolved(repo: Path) -> None:
    """A claim's error fixed while another claim of its file is entered twice: the
    duplicate-id leaves out only the second entry; the fixed claim was read, and its
    error is resolved (verify no longer reports it), not held back as unread."""
    path = repo / "claims" / "moscow-times-proekt-2024.yaml"
    text = path.read_text()
    path.write_text(text.replace("value: 4600\n", "value: 4601\n", 1))
    commit(repo)
    first = text.index("  - id: mt-proekt-awol-convictions-wartime\n")
    second = text.index("  - id: mt-proekt-awol-convictions-2021\n")
    at = text.index("\nrelations:")
    path.write_text(text[:at].rstrip("\n") + "\n\n" + text[first:second].rstrip("\n") + text[at:])
    commit(repo)
    got, code = diff("HEAD~1", "HEAD")
    resolved = {(f["code"], tuple(f["claims"])) for f in got["findings"]["resolved"]}
    assert ("value-not-in-quote", ("mt-proekt-refusal-to-serve-convictions-since-invasion",)) in (
        resolved
    )
    assert codes(got["findings"]["introduced"]) == ["duplicate-id"]
    assert got["claims"]["unread"] == []
    assert code == 1
