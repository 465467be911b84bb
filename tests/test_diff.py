"""`desertcheck diff` on real git repositories built in temporary folders.

Each test commits the small `valid` fixture registry, makes a real edit (committed or in
the working tree) and checks what diff reports: the claim and source changes, the
findings introduced and resolved, the exit code, and every output format.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from desertcheck.cli import app
from desertcheck.diff import compare_findings, finding_key
from desertcheck.diff.comparison import SAME_WORDS, hunk_change
from desertcheck.findings import Finding, Severity
from desertcheck.reporters.diff import md

from .conftest import FIXTURES, PROJECT, cli_runner, isolated_git

VALID = FIXTURES / "loader" / "valid"
HAVE_GIT = shutil.which("git") is not None
pytestmark = pytest.mark.skipif(not HAVE_GIT, reason="git is not installed")


def git(repo: Path, *args: str) -> str:
    out = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
    )
    return out.stdout


def commit(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (old, path)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(autouse=True)
def _git_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolated_git(monkeypatch, tmp_path)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository whose top is the `valid` registry, committed once; the cwd."""
    path = tmp_path / "repo"
    shutil.copytree(VALID, path)
    git(path, "init", "-q")
    commit(path, "registry")
    monkeypatch.chdir(path)
    return path


def diff(*args: str):
    return cli_runner().invoke(app, ["diff", *args], catch_exceptions=False)


def diff_json(*args: str) -> tuple[dict, int]:
    r = diff(*args, "--format", "json")
    assert r.exit_code in (0, 1), r.output
    return json.loads(r.stdout), r.exit_code


def codes(found: list[dict]) -> list[tuple[str, list[str]]]:
    return sorted((f["code"], f["claims"]) for f in found)


def empty_claims() -> dict:
    return {"added": [], "removed": [], "unread": [], "changed": [], "moved": [], "renamed": []}


# -- claims ------------------------------------------------------------------------------


def test_value_change_in_working_tree(repo: Path) -> None:
    edit(repo / "claims" / "alpha.yaml", "value: 1200", "value: 1300")
    data, code = diff_json()
    assert data["base"] == "HEAD" and data["head"] == "working tree"
    assert data["claims"] == {
        **empty_claims(),
        "changed": [
            {
                "id": "alpha-desertions-2024",
                "file": "claims/alpha.yaml",
                "line": 2,
                "fields": {"value": {"old": 1200, "new": 1300}},
            }
        ],
    }
    assert data["sources"] == {"added": [], "removed": [], "changed": [], "renamed": []}
    introduced = codes(data["findings"]["introduced"])
    assert ("value-not-in-quote", ["alpha-desertions-2024"]) in introduced
    assert {c for c, _ in introduced} <= {"value-not-in-quote", "statement-mismatch"}
    assert data["findings"]["resolved"] == []
    assert code == 1  # an error finding is introduced


def test_value_change_committed_between_revisions(repo: Path) -> None:
    edit(repo / "claims" / "alpha.yaml", "value: 1200", "value: 1300")
    commit(repo, "change the value")
    data, code = diff_json("HEAD~1", "HEAD")
    assert data["base"] == "HEAD~1" and data["head"] == "HEAD"
    assert [c["id"] for c in data["claims"]["changed"]] == ["alpha-desertions-2024"]
    assert data["claims"]["changed"][0]["fields"] == {"value": {"old": 1200, "new": 1300}}
    assert code == 1
    # and back again: the same finding is resolved, nothing introduced
    data, code = diff_json("HEAD", "HEAD~1")
    assert data["findings"]["introduced"] == []
    assert ("value-not-in-quote", ["alpha-desertions-2024"]) in codes(data["findings"]["resolved"])
    assert code == 0


def test_table_output_names_field_and_finding(repo: Path) -> None:
    edit(repo / "claims" / "alpha.yaml", "value: 1200", "value: 1300")
    r = diff()
    assert r.exit_code == 1
    assert "alpha-desertions-2024" in r.stdout
    assert "value: over 1,200 soldiers → over 1,300 soldiers" in r.stdout
    assert "value-not-in-quote" in r.stdout
    assert "FAILED" in r.stdout


def test_no_change(repo: Path) -> None:
    data, code = diff_json()
    assert data["claims"] == empty_claims()
    assert data["findings"] == {"introduced": [], "resolved": [], "reworded": [], "silenced": []}
    assert code == 0
    r = diff()
    assert r.exit_code == 0 and "no change to claims or sources" in r.stdout


def test_claim_added_and_removed(repo: Path) -> None:
    (repo / "claims" / "second.yaml").write_text(
        "claims:\n"
        "  - id: alpha-press-report\n"
        "    statement: Alpha Press reports over 1,200 desertions.\n"
        "    value: 1200\n"
        "    qualifier: over\n"
        "    unit: soldiers\n"
        "    measure: desertions-reported\n"
        "    scope: army\n"
        "    period: 2024\n"
        "    source: alpha\n"
        "    quote: Alpha Press reports that over 1,200 soldiers\n",
        encoding="utf-8",
    )
    commit(repo, "replace a claim")
    data, _ = diff_json("HEAD~1", "HEAD")
    claims = data["claims"]
    assert [c["id"] for c in claims["added"]] == ["alpha-press-report"]
    assert [c["id"] for c in claims["removed"]] == ["alpha-cases"]
    added = claims["added"][0]
    assert added["file"] == "claims/second.yaml" and added["line"] == 2
    assert added["claim"]["quote"] == "Alpha Press reports that over 1,200 soldiers"
    assert claims["removed"][0]["claim"]["value"] == 300
    assert claims["changed"] == claims["moved"] == claims["renamed"] == []
    # a reviewer sees what to check of a new claim in every readable format: its period,
    # measure, scope and words (the table, the comment, the notice)
    facts = "period 2024 · desertions-reported / army · alpha: “Alpha Press reports that"
    for fmt in ("table", "github"):
        out = " ".join(diff("HEAD~1", "HEAD", "--format", fmt).stdout.split())
        assert facts in out, (fmt, out)
    comment = diff("HEAD~1", "HEAD", "--format", "markdown").stdout
    assert "| claim | figure | period | measure / scope | statement | quote | file |" in comment
    assert "| 2024 | desertions-reported / army |" in comment


def test_claim_moved_to_another_file(repo: Path) -> None:
    second = repo / "claims" / "second.yaml"
    body = second.read_text(encoding="utf-8").split("\n", 1)[1]  # without "claims:"
    (repo / "claims" / "alpha.yaml").write_text(
        (repo / "claims" / "alpha.yaml").read_text(encoding="utf-8") + body, encoding="utf-8"
    )
    second.unlink()
    commit(repo, "one file")
    data, code = diff_json("HEAD~1", "HEAD")
    assert data["claims"]["moved"] == [
        {
            "id": "alpha-cases",
            "old_file": "claims/second.yaml",
            "new_file": "claims/alpha.yaml",
            "line": 13,
        }
    ]
    assert data["claims"]["added"] == data["claims"]["removed"] == []
    assert data["claims"]["changed"] == []
    assert data["findings"] == {
        "introduced": [],
        "resolved": [],
        "reworded": [],
        "silenced": [],
    }  # lines moved: no news
    assert code == 0


def test_claim_renamed(repo: Path) -> None:
    edit(repo / "claims" / "second.yaml", "id: alpha-cases", "id: alpha-cases-opened-2024")
    data, code = diff_json()
    assert data["claims"]["renamed"] == [
        {
            "old_id": "alpha-cases",
            "new_id": "alpha-cases-opened-2024",
            "old_file": "claims/second.yaml",
            "file": "claims/second.yaml",
            "line": 2,
            "fields": {},
            "quote_similarity": 100,
        }
    ]
    assert data["claims"]["added"] == data["claims"]["removed"] == []
    assert data["findings"] == {"introduced": [], "resolved": [], "reworded": [], "silenced": []}
    assert code == 0


def test_rename_keeps_existing_finding_unchanged(repo: Path) -> None:
    """A claim with a finding is renamed: the finding is neither resolved nor introduced."""
    edit(repo / "claims" / "second.yaml", "value: 300", "value: 301")
    commit(repo, "a broken value")
    edit(repo / "claims" / "second.yaml", "id: alpha-cases", "id: alpha-cases-opened")
    data, code = diff_json()
    assert [r["new_id"] for r in data["claims"]["renamed"]] == ["alpha-cases-opened"]
    assert data["findings"] == {"introduced": [], "resolved": [], "reworded": [], "silenced": []}
    assert code == 0


def test_duplicate_id_and_broken_file_do_not_crash(repo: Path) -> None:
    alpha = (repo / "claims" / "alpha.yaml").read_text(encoding="utf-8")
    (repo / "claims" / "copy.yaml").write_text(alpha, encoding="utf-8")
    (repo / "claims" / "broken.yaml").write_text("claims: [\n", encoding="utf-8")
    data, code = diff_json()
    introduced = {f["code"] for f in data["findings"]["introduced"]}
    assert {"duplicate-id", "yaml-syntax"} <= introduced
    assert data["claims"] == empty_claims()  # the first claim of an id stays the claim
    assert code == 1
    assert diff().exit_code == 1
    assert diff("--format", "markdown").exit_code == 1


# -- sources -----------------------------------------------------------------------------


def test_source_text_change_names_the_claim_whose_quote_it_breaks(repo: Path) -> None:
    edit(repo / "sources" / "alpha.md", "A further 300 cases", "A further 350 cases")
    data, code = diff_json()
    [change] = data["sources"]["changed"]
    assert change["id"] == "alpha" and change["file"] == "sources/alpha.md"
    assert change["meta"] == {}
    assert change["text"] == {
        "lines_added": 1,
        "lines_removed": 1,
        "hunks": [
            {
                "old_line": 10,
                "old_count": 1,
                "new_line": 10,
                "new_count": 1,
                "change": "A further [-300-]{+350+} cases were opened.",
            }
        ],
        "claims": ["alpha-cases"],
        "quotes_lost": ["alpha-cases"],
    }
    assert ("quote-not-found", ["alpha-cases"]) in codes(data["findings"]["introduced"])
    assert code == 1
    table = diff().stdout
    assert "line 10: A further [-300-]{+350+} cases were opened." in table


def test_a_quote_the_change_edited_is_not_lost_to_the_source(repo: Path) -> None:
    """Found in a user trial: a claim whose quote was edited (and broke) was named among
    the quotes a source's edit elsewhere lost. Lost to the source means the claim's quote,
    as it is now, was in the old text."""
    edit(repo / "claims" / "second.yaml", "A further 300 cases", "A further 300 new cases")
    edit(repo / "sources" / "alpha.md", "Alpha Press reports that", "Alpha Press said that")
    data, _ = diff_json()
    [change] = data["sources"]["changed"]
    assert change["text"]["quotes_lost"] == []
    assert change["text"]["claims"] == ["alpha-desertions-2024"]
    assert ("quote-not-found", ["alpha-cases"]) in codes(data["findings"]["introduced"])


@pytest.mark.parametrize(
    ("old", "new", "shown"),
    [
        ("A further 300 cases.\n", "A further 350 cases.\n", "A further [-300-]{+350+} cases."),
        ("", "A new line.\n", "{+A new line.+}"),
        ("A line gone.\n", "", "[-A line gone.-]"),
        (
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen 15\n",
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen 16\n",
            "… nine ten eleven twelve thirteen fourteen [-15-]{+16+}",
        ),
        ("He said \u201cno\u201d.\n", 'He said "no".\n', SAME_WORDS),
        ("a line\n", "a\nline\n", SAME_WORDS),
        ("x " * 6000 + "\n", "y " * 6000 + "\n", ""),
    ],
)
def test_a_hunk_shows_its_changed_words(old: str, new: str, shown: str) -> None:
    assert hunk_change(old, new) == shown


def test_source_text_change_touching_a_quote_that_is_still_found(repo: Path) -> None:
    edit(repo / "sources" / "alpha.md", "Alpha Press reports that", "Alpha Press said that")
    data, code = diff_json()
    [change] = data["sources"]["changed"]
    assert change["text"]["claims"] == ["alpha-desertions-2024"]
    assert change["text"]["quotes_lost"] == []
    # sources stay as published: an edit of the text without a new fingerprint fails
    [found] = data["findings"]["introduced"]
    assert found["code"] == "source-modified"
    assert found["claims"] == ["alpha-desertions-2024", "alpha-cases"]  # its quotes
    assert "desertcheck fingerprint alpha" in data["findings"]["introduced"][0]["message"]
    assert data["findings"]["resolved"] == []
    assert code == 1


@pytest.mark.parametrize("fingerprinted_before", [False, True])
def test_source_text_change_is_an_error_until_fingerprinted_anew(
    repo: Path, fingerprinted_before: bool
) -> None:
    if fingerprinted_before:
        assert cli_runner().invoke(app, ["fingerprint"]).exit_code == 0
        commit(repo, "fingerprint")
    edit(repo / "sources" / "alpha.md", "Alpha Press reports that", "Alpha Press said that")
    data, code = diff_json()
    assert [f["code"] for f in data["findings"]["introduced"]] == ["source-modified"]
    assert data["findings"]["introduced"][0]["file"] == "sources/alpha.md"
    assert code == 1
    r = cli_runner().invoke(app, ["fingerprint", "alpha"])
    assert r.exit_code == 0 and "→" in r.stdout
    data, code = diff_json()
    assert data["findings"]["introduced"] == [] and code == 0
    [change] = data["sources"]["changed"]
    assert set(change["meta"]) == {"sha256"} and change["text"]["lines_added"] == 1


def test_line_endings_are_not_a_source_change(repo: Path) -> None:
    path = repo / "sources" / "alpha.md"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    data, code = diff_json()
    assert data["findings"]["introduced"] == [] and code == 0


def test_finding_across_claims_is_placed_at_the_claim_the_change_edited(repo: Path) -> None:
    # one claim each: the near duplicate's first claim is the unedited one in alpha.yaml
    edit(repo / "claims" / "second.yaml", "measure: cases", "measure: desertion")
    commit(repo, "a near-duplicate measure")
    data, _ = diff_json("HEAD~1", "HEAD")
    (found,) = [
        f for f in data["findings"]["introduced"] if f["code"] == "vocabulary-near-duplicate"
    ]
    assert found["claims"] == ["alpha-desertions-2024", "alpha-cases"]
    assert (found["file"], found["line"]) == ("claims/second.yaml", 6)  # its measure
    github = diff("HEAD~1", "HEAD", "--format", "github").stdout
    assert "file=claims/second.yaml,line=6," in github
    assert "file=claims/alpha.yaml" not in github
    # verify, which knows no change, still places it at the first claim
    r = cli_runner().invoke(app, ["verify", "--format", "json", "--no-cache"])
    (where,) = [
        f for f in json.loads(r.stdout)["findings"] if f["code"] == "vocabulary-near-duplicate"
    ]
    assert where["file"] == "claims/alpha.yaml"


def test_acceptances_added_and_removed(repo: Path) -> None:
    claims = repo / "claims" / "alpha.yaml"
    edit(claims, "value: 1200", "value: 1300")  # value-not-in-quote
    edit(
        claims,
        "  - id: alpha-desertions-2024\n",
        "  - id: alpha-desertions-2024\n"
        "    accept: [{code: value-not-in-quote, reason: the source rounds it}]\n",
    )
    commit(repo, "accept")
    data, code = diff_json("HEAD~1")
    [added] = data["acceptances"]["added"]
    assert (added["claim"], added["code"], added["reason"]) == (
        "alpha-desertions-2024",
        "value-not-in-quote",
        "the source rounds it",
    )
    assert data["acceptances"]["removed"] == []
    found = {f["code"]: f["status"] for f in data["findings"]["introduced"]}
    assert found == {"value-not-in-quote": "accepted", "statement-mismatch": "open"}
    assert code == 0  # an accepted error fails nothing
    table = diff("HEAD~1").stdout
    assert "Accepted findings" in table and "accepts value-not-in-quote" in table
    assert "acceptances: 1 added" in table
    comment = diff("HEAD~1", "--format", "markdown").stdout
    assert "| claim | change | code | reason |" in comment  # no blank column header
    data, _ = diff_json("HEAD", "HEAD~1")
    assert [a["code"] for a in data["acceptances"]["removed"]] == ["value-not-in-quote"]


def test_source_metadata_change_and_source_added(repo: Path) -> None:
    edit(repo / "sources" / "alpha.md", "title: Alpha report", "title: Alpha report, revised")
    (repo / "sources" / "beta.md").write_text(
        "---\ntitle: Beta\npublisher: Beta Desk\nlanguage: en\n---\nNothing to count.\n",
        encoding="utf-8",
    )
    data, _ = diff_json()
    [change] = data["sources"]["changed"]
    assert change["meta"] == {"title": {"old": "Alpha report", "new": "Alpha report, revised"}}
    assert change["text"] is None
    [added] = data["sources"]["added"]
    assert added["id"] == "beta" and added["meta"]["publisher"] == "Beta Desk"


# -- sides: --dirs, revisions, errors ----------------------------------------------------


def test_dirs(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(VALID, old)
    shutil.copytree(VALID, new)
    edit(new / "claims" / "second.yaml", "value: 300", "value: 3000")
    data, code = diff_json("--dirs", str(old), str(new))
    assert data["base"] == str(old) and data["head"] == str(new)
    assert data["claims"]["changed"] == [
        {
            "id": "alpha-cases",
            "file": "claims/second.yaml",
            "line": 2,
            "fields": {"value": {"old": 300, "new": 3000}},
        }
    ]
    assert code == 1


def test_dirs_errors(tmp_path: Path, repo: Path) -> None:
    r = diff("--dirs", str(tmp_path / "nowhere"), str(repo))
    assert r.exit_code == 2 and "no such folder" in r.stderr
    r = diff("--dirs", str(tmp_path), str(repo))
    assert r.exit_code == 2 and "no claims/ folder" in r.stderr
    r = diff("HEAD", "--dirs", str(repo), str(repo))
    assert r.exit_code == 2 and "give no revisions" in r.stderr


def test_shallow_clone_says_fetch_depth(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit(repo / "claims" / "second.yaml", "value: 300", "value: 301")
    commit(repo, "second")
    shallow = tmp_path / "shallow"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{repo}", str(shallow)], check=True
    )
    monkeypatch.chdir(shallow)
    r = diff("HEAD~1", "HEAD")
    assert r.exit_code == 2
    assert "not in this shallow clone" in r.stderr and "fetch-depth: 0" in r.stderr


def test_nonexistent_revision_says_how_to_fetch(repo: Path) -> None:
    git(repo, "remote", "add", "origin", "https://example.org/registry.git")
    r = diff("origin/main", "HEAD")
    assert r.exit_code == 2
    assert "revision 'origin/main' does not exist" in r.stderr
    assert "check its name" in r.stderr
    assert "git fetch origin main:refs/remotes/origin/main" in r.stderr
    assert "Traceback" not in r.output
    r = diff("HEAD", "no-such-branch")
    assert r.exit_code == 2 and "'no-such-branch' does not exist" in r.stderr


@pytest.mark.parametrize("name", ["x;rm -rf $HOME", "$(touch pwned)", "origin/`touch pwned`'"])
def test_fetch_hint_is_quoted_for_the_shell(
    name: str, repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The `git fetch origin BRANCH` to paste names the branch as one shell word, in a
    full clone and in a shallow one, so pasting it runs nothing else."""
    shallow = tmp_path / "shallow"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{repo}", str(shallow)], check=True
    )
    branch = name.removeprefix("origin/")
    # a bare name lands as a branch of that name: FETCH_HEAD alone would not be read
    refspec = f"{branch}:refs/remotes/origin/{branch}" if branch != name else f"{name}:{name}"
    git(repo, "remote", "add", "origin", "https://example.org/registry.git")
    for clone in (repo, shallow):
        monkeypatch.chdir(clone)
        r = diff(name, "HEAD")
        assert r.exit_code == 2
        command = r.stderr.rstrip("\n").rsplit(": ", 1)[1]
        assert command == f"git fetch origin {shlex.quote(refspec)}"
        assert shlex.split(command) == ["git", "fetch", "origin", refspec]
        said = subprocess.run(
            ["sh", "-c", command.replace("git fetch origin", "printf %s", 1)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=True,
        )
        assert said.stdout == refspec
        assert not (tmp_path / "pwned").exists()


def test_the_fetch_hint_works_in_a_single_branch_shallow_clone(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """CI's clone: one branch, one commit. Pasting the hint makes origin/BASE exist (a
    plain `git fetch origin BASE` would only set FETCH_HEAD there)."""
    base = git(repo, "rev-parse", "--abbrev-ref", "HEAD").strip()
    git(repo, "checkout", "-q", "-b", "feature")
    git(repo, "commit", "-q", "--allow-empty", "-m", "feature work")
    clone = tmp_path / "ci"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", "--branch", "feature", f"file://{repo}", str(clone)],
        check=True,
    )
    monkeypatch.chdir(clone)
    r = diff(f"origin/{base}", "HEAD")
    assert r.exit_code == 2
    command = r.stderr.rstrip("\n").rsplit(": ", 1)[1]
    subprocess.run(shlex.split(command), cwd=clone, check=True, capture_output=True)
    r = diff(f"origin/{base}", "HEAD")
    assert r.exit_code == 0, r.output


@pytest.mark.parametrize(
    ("rev", "said", "not_said"),
    [
        # counted back further than the history goes: no branch to fetch
        ("HEAD~5", "the history does not go back that far", "git fetch"),
        ("HEAD^2", "git log --oneline", "git fetch"),
        # a repository without an origin: nothing to fetch from
        ("main-typo", "check its name", "git fetch origin"),
    ],
)
def test_a_missing_revision_is_explained_without_a_fetch_that_cannot_work(
    repo: Path, rev: str, said: str, not_said: str
) -> None:
    r = diff(rev)
    assert r.exit_code == 2
    assert f"revision {rev!r} does not exist" in r.stderr and said in r.stderr
    assert not_said not in r.stderr


def test_option_like_revision_is_refused(repo: Path) -> None:
    r = diff("--", "--output=/tmp/x")
    assert r.exit_code == 2 and "is not a revision" in r.stderr


def test_not_a_git_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reg = tmp_path / "plain"
    shutil.copytree(VALID, reg)
    monkeypatch.chdir(reg)
    r = diff()
    assert r.exit_code == 2
    assert "not in a git repository" in r.stderr and "--dirs" in r.stderr


def test_git_missing(repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    r = diff()
    assert r.exit_code == 2 and "git is not installed" in r.stderr


def test_repository_without_commits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reg = tmp_path / "fresh"
    shutil.copytree(VALID, reg)
    git(reg, "init", "-q")
    monkeypatch.chdir(reg)
    r = diff()
    assert r.exit_code == 2 and "no commits yet" in r.stderr


def test_registry_in_a_subfolder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    top = tmp_path / "newsroom"
    shutil.copytree(VALID, top / "fact" / "registry")
    (top / "README.md").write_text("not part of the registry\n", encoding="utf-8")
    git(top, "init", "-q")
    commit(top, "registry")
    edit(top / "fact" / "registry" / "claims" / "alpha.yaml", "value: 1200", "value: 1300")
    (top / "README.md").write_text("changed, still not part of it\n", encoding="utf-8")
    commit(top, "edit")
    monkeypatch.chdir(top)
    data, _ = diff_json("HEAD~1", "HEAD", "--root", "fact/registry")
    assert [c["id"] for c in data["claims"]["changed"]] == ["alpha-desertions-2024"]
    assert data["sources"]["changed"] == []
    r = diff("HEAD~1", "HEAD", "--root", "fact/registry", "--format", "github")
    assert "file=fact/registry/claims/alpha.yaml,line=" in r.stdout
    # the same from inside the registry folder, found without --root
    monkeypatch.chdir(top / "fact" / "registry" / "claims")
    data2, _ = diff_json("HEAD~1", "HEAD")
    assert data2 == data


def test_base_without_registry_shows_everything_added(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    top = tmp_path / "later"
    top.mkdir()
    (top / "README.md").write_text("start\n", encoding="utf-8")
    git(top, "init", "-q")
    commit(top, "start")
    shutil.copytree(VALID, top, dirs_exist_ok=True)
    commit(top, "registry")
    monkeypatch.chdir(top)
    data, code = diff_json("HEAD~1", "HEAD")
    assert sorted(c["id"] for c in data["claims"]["added"]) == [
        "alpha-cases",
        "alpha-desertions-2024",
    ]
    assert [s["id"] for s in data["sources"]["added"]] == ["alpha"]
    assert code == 0


def test_revisions_are_read_without_touching_worktree_or_index(repo: Path) -> None:
    edit(repo / "claims" / "alpha.yaml", "value: 1200", "value: 1250")
    commit(repo, "edit")
    edit(repo / "claims" / "second.yaml", "value: 300", "value: 301")  # uncommitted
    git(repo, "add", "claims/second.yaml")  # staged
    (repo / "claims" / "alpha.yaml").write_text("claims: []\n", encoding="utf-8")  # unstaged
    before = (git(repo, "status", "--porcelain"), git(repo, "diff", "--cached"), git(repo, "diff"))
    data, _ = diff_json("HEAD~1", "HEAD")
    assert [c["id"] for c in data["claims"]["changed"]] == ["alpha-desertions-2024"]
    after = (git(repo, "status", "--porcelain"), git(repo, "diff", "--cached"), git(repo, "diff"))
    assert before == after


def test_symlink_in_a_revision_is_reported_not_followed(repo: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text("claims: []\n", encoding="utf-8")
    (repo / "claims" / "evil.yaml").symlink_to(secret)
    commit(repo, "a link")
    data, code = diff_json("HEAD~1", "HEAD")
    [found] = data["findings"]["introduced"]
    assert found["code"] == "unsafe-path" and found["file"] == "claims/evil.yaml"
    assert code == 1


def test_each_side_uses_its_own_config(repo: Path) -> None:
    (repo / "desertcheck.toml").write_text(
        '[verify]\nignore = ["value-not-in-quote", "statement-mismatch"]\n', encoding="utf-8"
    )
    edit(repo / "claims" / "alpha.yaml", "value: 1200", "value: 1300")
    data, code = diff_json()
    assert data["claims"]["changed"][0]["fields"] == {"value": {"old": 1200, "new": 1300}}
    assert data["findings"]["introduced"] == []  # head ignores the code
    # but the change cannot switch off the checks that gate it: silenced, and failing
    silenced = [f["code"] for f in data["findings"]["silenced"]]
    assert silenced == ["value-not-in-quote", "statement-mismatch"]
    assert [c["key"] for c in data["settings"]["changed"]] == ["verify.ignore"]
    assert code == 1


# -- exit codes --------------------------------------------------------------------------


def test_strict_fails_on_an_introduced_warning(repo: Path) -> None:
    # the statement drops the quote's "over": a statement-mismatch, a warning
    edit(repo / "claims" / "alpha.yaml", "statement: More than 1,200", "statement: All 1,200")
    data, code = diff_json()
    severities = {f["severity"] for f in data["findings"]["introduced"]}
    assert severities == {"warning"}
    assert code == 0
    assert diff("--strict").exit_code == 1
    assert diff("--strict", "HEAD", "HEAD").exit_code == 0


# -- output formats ----------------------------------------------------------------------


def test_json_shape(repo: Path) -> None:
    edit(repo / "claims" / "alpha.yaml", "value: 1200", "value: 1300")
    data, _ = diff_json()
    assert list(data) == [
        *("schema", "base", "head", "summary", "claims", "sources", "relations"),
        *("acceptances", "settings", "findings"),
    ]
    # the summary counts each list, and the errors and warnings that fail the run
    summary = data["summary"]
    for group in ("claims", "sources", "relations", "acceptances", "settings", "findings"):
        assert summary[group] == {kind: len(items) for kind, items in data[group].items()}
    assert summary["claims"]["changed"] == 1
    introduced = [f["severity"] for f in data["findings"]["introduced"]]
    assert (summary["errors"], summary["warnings"]) == (
        introduced.count("error"),
        introduced.count("warning"),
    )
    assert list(data["claims"]) == ["added", "removed", "unread", "changed", "moved", "renamed"]
    assert list(data["sources"]) == ["added", "removed", "changed", "renamed"]
    assert list(data["relations"]) == ["added", "removed", "changed"]
    assert list(data["findings"]) == ["introduced", "resolved", "reworded", "silenced"]
    for f in data["findings"]["introduced"]:
        assert list(f) == [
            *("code", "severity", "message", "file", "line", "column", "claims"),
            *("status", "accepted"),
        ]
    # where it is in head, as a CI job that makes its own annotations places it
    assert list(data["claims"]["changed"][0]) == ["id", "file", "line", "fields"]


HOSTILE = (
    "Over 1,200 | deserted <script>alert(1)</script> [x](javascript:alert(1)) "
    "`code` @everyone ![img](http://x/y.png) **bold**"
)


def _hostile_repo(repo: Path) -> None:
    edit(
        repo / "claims" / "alpha.yaml",
        "statement: More than 1,200 soldiers deserted in 2024.",
        f"statement: {json.dumps(HOSTILE)}",
    )


def test_markdown_escapes_hostile_registry_text(repo: Path) -> None:
    _hostile_repo(repo)
    r = diff("--format", "markdown")
    out = r.stdout
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "](javascript" not in out and "](http" not in out
    assert "@everyone" not in out
    assert "`code`" not in out and "**bold**" not in out
    # every row of the claims table still has exactly four cells
    rows = [ln for ln in out.splitlines() if ln.startswith("| alpha-desertions-2024 |")]
    assert rows
    for row in rows:
        assert len(re.findall(r"(?<!\\)\|", row)) == 5, row
    assert "#### Claims changed" in out and "statement" in out


def test_md_escaping_unit() -> None:
    assert md("a|b") == "a\\|b"
    assert md("<b>&") == "&lt;b&gt;&amp;"
    assert md("line\nbreak") == "line break"
    assert md("[x](javascript:y)") == "\\[x\\]\\(javascript:y\\)"
    assert md("x" * 500).endswith("…") and len(md("x" * 500)) == 400
    assert md("\x1b[31mred") == "\ufffd\\[31mred"


def test_github_annotations_cannot_be_injected(repo: Path) -> None:
    edit(
        repo / "claims" / "alpha.yaml",
        "statement: More than 1,200 soldiers deserted in 2024.",
        'statement: "x\\n::error file=evil::injected 100%"',
    )
    edit(repo / "claims" / "alpha.yaml", "value: 1200", "value: 1300")
    r = diff("--format", "github")
    assert r.exit_code == 1
    lines = r.stdout.splitlines()
    assert not any(ln.startswith("::error file=evil") for ln in lines)
    assert any(
        ln.startswith("::error file=claims/alpha.yaml,line=") and "new value-not-in-quote" in ln
        for ln in lines
    )
    [notice] = [ln for ln in lines if ln.startswith("::notice file=claims/alpha.yaml")]
    # inside the message, escaped, its colons parted: not a command
    assert ":\u2060:error file=evil" in notice
    assert "100%25" in notice
    assert lines[-1].startswith("desertcheck diff HEAD → working tree:")


def test_markdown_is_appended_to_step_summary(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("# earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    edit(repo / "claims" / "alpha.yaml", "value: 1200", "value: 1300")
    r = diff("--format", "markdown")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# earlier step\n")
    assert r.stdout in text
    row = "| alpha-desertions-2024 | value | over 1,200 soldiers | over 1,300 soldiers |"
    assert "value-not-in-quote" in text and row in text
    diff("--format", "markdown")
    assert summary.read_text(encoding="utf-8").count("desertcheck diff") == 2
    # other formats leave it alone
    diff("--format", "json")
    assert summary.read_text(encoding="utf-8").count("desertcheck diff") == 2


def test_step_summary_that_cannot_be_written_is_a_warning(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "missing" / "summary.md"))
    r = diff("--format", "markdown")
    assert r.exit_code == 0 and "cannot append" in r.stderr


# -- finding comparison ------------------------------------------------------------------


def _f(
    code: str, claims: tuple[str, ...], line: int = 1, msg: str = "m", file: str = "f"
) -> Finding:
    return Finding(code, Severity.WARNING, msg, file, line, 1, claims)


def test_findings_compare_by_code_and_claims_not_lines() -> None:
    base = [_f("contradiction", ("b", "a"), 10), _f("yaml-syntax", (), 3, file="x.yaml")]
    head = [_f("contradiction", ("a", "b"), 99), _f("yaml-syntax", (), 7, file="x.yaml")]
    assert compare_findings(base, head) == ([], [])


def test_findings_compare_as_multisets() -> None:
    one = _f("contradiction", ("a", "b"), msg="first")
    two = _f("contradiction", ("a", "b"), msg="second")
    introduced, resolved = compare_findings([one], [one, two])
    assert introduced == [two] and resolved == []
    introduced, resolved = compare_findings([one, two], [two])
    assert introduced == [] and resolved == [one]


def test_finding_key_follows_renames() -> None:
    f = _f("qualifier-mismatch", ("old",))
    assert finding_key(f, {"old": "new"}) == ("qualifier-mismatch", ("new",))
    assert finding_key(_f("yaml-syntax", (), file="a.yaml")) != finding_key(
        _f("yaml-syntax", (), file="b.yaml")
    )


# -- the shipped registry ----------------------------------------------------------------


def test_shipped_registry_clone_one_value_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Done when: in a clone of the project, editing one claim's value shows exactly that
    field change and the findings it introduces."""
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", str(PROJECT), str(clone)],
        check=True,
        capture_output=True,
        env={**os.environ, "GIT_CEILING_DIRECTORIES": ""},
    )
    if not (clone / "claims").is_dir():
        pytest.skip("the project's history has no committed registry")
    path = clone / "claims" / "novaya-gazeta-europe-un-report.yaml"
    text = path.read_text(encoding="utf-8")
    m = re.search(r"^    value: (\d+)$", text, re.MULTILINE)
    assert m is not None
    old = int(m[1])
    path.write_text(text[: m.start(1)] + str(old + 1) + text[m.end(1) :], encoding="utf-8")
    monkeypatch.chdir(clone)
    data, code = diff_json()
    [change] = data["claims"]["changed"]
    assert change["fields"] == {"value": {"old": old, "new": old + 1}}
    for kind in ("added", "removed", "moved", "renamed"):
        assert data["claims"][kind] == []
    assert data["sources"] == {"added": [], "removed": [], "changed": [], "renamed": []}
    introduced = data["findings"]["introduced"]
    assert ("value-not-in-quote", [change["id"]]) in codes(introduced)
    assert all(change["id"] in f["claims"] for f in introduced)
    assert code == 1


# -- the CI recipe and the docs ----------------------------------------------------------


def test_pre_commit_hook_definition() -> None:
    import yaml

    [hook] = yaml.safe_load((PROJECT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "desertcheck-verify"
    assert hook["entry"] == "desertcheck verify --quiet" and hook["language"] == "python"
    assert hook["pass_filenames"] is False
    files = re.compile(hook["files"])
    assert files.search("claims/a.yaml") and files.search("sources/a.md")
    assert not files.search("src/desertcheck/cli.py")


def test_github_workflow() -> None:
    import yaml

    flow = yaml.safe_load(
        (PROJECT / ".github" / "workflows" / "desertcheck.yml").read_text(encoding="utf-8")
    )
    trigger = flow[True]  # YAML 1.1 reads the key `on` as true
    assert set(trigger) == {"pull_request"}
    assert {"claims/**", "sources/**"} <= set(trigger["pull_request"]["paths"])
    assert flow["permissions"] == {"contents": "read"}
    [job] = flow["jobs"].values()
    steps = job["steps"]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0
    runs = [s.get("run", "") for s in steps]
    assert "desertcheck verify --format github" in runs
    diff_step = next(s for s in steps if s.get("run", "").startswith("desertcheck diff"))
    assert diff_step["run"] == 'desertcheck diff "origin/$BASE_REF" HEAD --format markdown'
    assert diff_step["env"]["BASE_REF"] == "${{ github.base_ref }}"
    assert "${{" not in "".join(runs)  # no expression pasted into a script


def test_docs_describe_the_json_shape() -> None:
    doc = (PROJECT / "docs" / "diff.md").read_text(encoding="utf-8")
    for key in ('"old_id"', '"new_id"', '"old_file"', '"new_file"', '"quotes_lost"', '"hunks"'):
        assert key in doc, key
    ci = (PROJECT / "docs" / "ci.md").read_text(encoding="utf-8")
    for needle in ("fetch-depth: 0", "junit:", "upload-sarif", "desertcheck-verify"):
        assert needle in ci, needle


def test_strict_never_fails_on_an_introduced_info(tmp_path: Path) -> None:
    """--strict means warnings fail too, for diff as for every command; infos never fail."""
    new = FIXTURES / "verify" / "relation-qualified"
    old = tmp_path / "old"
    shutil.copytree(new, old)
    claims = old / "claims" / "claims.yaml"
    text = claims.read_text(encoding="utf-8")
    claims.write_text(text[: text.index("relations:")], encoding="utf-8")
    r = cli_runner().invoke(app, ["diff", "--dirs", str(old), str(new), "-f", "json", "--strict"])
    introduced = json.loads(r.stdout)["findings"]["introduced"]
    assert [f["severity"] for f in introduced] == ["info"]
    assert r.exit_code == 0


def test_claims_of_a_file_that_no_longer_loads_are_not_compared(repo: Path) -> None:
    """A claims file broken by an edit (a bad indent) loses all its claims: they are not
    "removed", and their findings are not "resolved"; the loader's error fails the run."""
    second = repo / "claims" / "second.yaml"
    edit(second, "    value: 300\n", "    value: 301\n")  # a finding on alpha-cases at base
    commit(repo, "a wrong value")
    edit(second, "    value: 301\n", "   value: 301\n")  # the file no longer loads
    data, code = diff_json()
    assert code == 1
    assert [e["id"] for e in data["claims"]["unread"]] == ["alpha-cases"]
    assert data["claims"]["removed"] == []
    assert data["findings"]["resolved"] == []
    assert [f["code"] for f in data["findings"]["introduced"]] == ["yaml-syntax"]
    table = diff()
    assert "alpha-cases 301 cases  not compared: its claims file does not load" in table.stdout
    assert "claims: 1 not compared;" in table.stdout and "removed" not in table.stdout


def test_a_finding_about_a_file_that_no_longer_loads_is_not_resolved(repo: Path) -> None:
    """A reused id is reported on the file, about no claim: when that file stops loading,
    the finding is hidden, not fixed."""
    second = repo / "claims" / "second.yaml"
    edit(second, "  - id: alpha-cases\n", "  - id: alpha-desertions-2024\n")  # a reused id
    commit(repo, "a reused id")
    edit(second, "    value: 300\n", "   value: 300\n")  # second.yaml no longer loads
    data, code = diff_json()
    assert code == 1
    assert [f["code"] for f in data["findings"]["introduced"]] == ["yaml-syntax"]
    assert data["findings"]["resolved"] == []


def test_a_claim_deleted_from_a_file_that_loads_is_removed(repo: Path) -> None:
    second = repo / "claims" / "second.yaml"
    second.write_text("claims: []\n", encoding="utf-8")
    data, _ = diff_json()
    assert [e["id"] for e in data["claims"]["removed"]] == ["alpha-cases"]
    assert data["claims"]["unread"] == []


def test_a_claim_that_reuses_an_id_is_added_not_a_move(repo: Path) -> None:
    """A new file that sorts first takes an id the base has elsewhere: the loader keeps the
    new entry and flags the old one as the reuse. That is a claim added under an id already
    in use, not the old claim moved and changed."""
    second = (repo / "claims" / "second.yaml").read_text(encoding="utf-8")
    (repo / "claims" / "a-extra.yaml").write_text(
        second.replace("300 cases were opened.", "310 cases were opened.").replace(
            "value: 300", "value: 310"
        ),
        encoding="utf-8",
    )
    data, code = diff_json()
    assert code == 1
    assert [e["id"] for e in data["claims"]["added"]] == ["alpha-cases"]
    assert data["claims"]["added"][0]["file"] == "claims/a-extra.yaml"
    assert data["claims"]["moved"] == [] and data["claims"]["changed"] == []
    assert "duplicate-id" in {f["code"] for f in data["findings"]["introduced"]}


def test_a_change_line_wraps_under_its_words_not_at_the_margin() -> None:
    """Found in a user trial: at 80 columns the file:line of an added claim wrapped to
    column 0, where it read as a change of its own."""
    import io

    from rich.console import Console

    from desertcheck.reporters.diff import _line

    out = io.StringIO()
    con = Console(file=out, width=40, force_terminal=True, color_system=None)
    con.print(_line("+", "green", "a-long-claim-id-here", "848 verdicts", dim="claims/x.yaml:306"))
    lines = out.getvalue().splitlines()
    assert len(lines) > 1 and lines[0].startswith("  + a-long-claim-id-here")
    assert all(line.startswith("    ") and line.strip() for line in lines[1:])


def test_a_claim_a_relation_names_is_removed_not_unread(tmp_path: Path) -> None:
    """Found in a user trial: deleting the whole of a relation left its file loading, with
    only `unknown-claim` on the relation, yet the claim was "not compared: its claims file
    does not load". An error about a reference to a missing id keeps no claim out."""
    old = FIXTURES / "verify" / "relation-qualified"
    new = tmp_path / "new"
    shutil.copytree(old, new)
    claims = new / "claims" / "claims.yaml"
    text = claims.read_text(encoding="utf-8")
    start = text.index("  - id: total\n")
    claims.write_text(text[:start] + text[text.index("  - id: range\n") :], encoding="utf-8")
    r = cli_runner().invoke(app, ["diff", "--dirs", str(old), str(new), "-f", "json"])
    data = json.loads(r.stdout)
    assert [e["id"] for e in data["claims"]["removed"]] == ["total"]
    assert data["claims"]["unread"] == []
    assert [f["code"] for f in data["findings"]["introduced"]] == ["unknown-claim"]
    assert r.exit_code == 1
    table = cli_runner().invoke(app, ["diff", "--dirs", str(old), str(new)])
    assert "not compared" not in table.stdout and "claims: 1 removed;" in table.stdout
