"""``diff`` as a volunteer keeping a registry over months reads a change: a source file
renamed is one source renamed, its claims' errors not doubled; a figure corrected and
renamed over several commits is one claim renamed with its changes; a relation re-pointed
to another claim is listed; a finding that went with a removed claim says so."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import PROJECT, cli_runner, isolated_git
from .test_diff import _git_env, commit, diff, edit, git, pytestmark, repo
from .test_diff import diff_json as _diff_json
from .test_json_schemas import check

__all__ = ["_git_env", "pytestmark", "repo"]  # the fixtures of test_diff, used here

PARAGRAPHS = "".join(
    f"Paragraph {n} of the report says nothing about any figure of the registry.\n"
    for n in range(1, 21)
)


def diff_json(*args: str) -> tuple[dict, int]:
    """diff's JSON, checked against ``desertcheck schema diff-report``."""
    data, code = _diff_json(*args)
    check("diff", json.dumps({"schema": "desertcheck/diff/v1", **data}))
    return data, code


def codes(found: list[dict]) -> list[tuple[str, list[str]]]:
    return sorted((f["code"], f["claims"]) for f in found)


# -- a source renamed (9) ------------------------------------------------------------------


def test_a_source_file_renamed_is_one_source_renamed_and_its_claims_err_once(
    repo: Path,
) -> None:
    git(repo, "mv", "sources/alpha.md", "sources/alpha-press-2025.md")
    data, code = diff_json()
    assert code == 1
    assert data["sources"] == {
        "added": [],
        "removed": [],
        "changed": [],
        "renamed": [
            {
                "old_id": "alpha",
                "new_id": "alpha-press-2025",
                "old_file": "sources/alpha.md",
                "file": "sources/alpha-press-2025.md",
                "meta": {},
                "text": None,
            }
        ],
    }
    # each claim still names the old id: one error each, unknown-source, which says it
    assert codes(data["findings"]["introduced"]) == [
        ("unknown-source", ["alpha-cases"]),
        ("unknown-source", ["alpha-desertions-2024"]),
    ]
    out = diff().stdout
    assert "~ alpha → alpha-press-2025 renamed" in out
    assert "sources/alpha.md → sources/alpha-press-2025.md, its text unchanged" in out
    assert "sources: 1 renamed" in out and "quote-not-found" not in out
    md = diff("--format", "markdown").stdout
    assert '| alpha-press-2025 | renamed | "alpha" → "alpha-press-2025" |' in md
    gh = diff("--format", "github").stdout
    assert "title=source alpha renamed alpha-press-2025::" in gh
    # verify itself: one error a claim
    r = cli_runner().invoke(app, ["verify", "--quiet"], catch_exceptions=False)
    assert r.stdout.count("[unknown-source]") == 2 and "quote-not-found" not in r.stdout
    # the claims follow the rename: nothing is introduced, and the source is still renamed
    for name in ("alpha.yaml", "second.yaml"):
        edit(repo / "claims" / name, "source: alpha\n", "source: alpha-press-2025\n")
    data, code = diff_json()
    assert code == 0 and data["findings"] == {
        "introduced": [],
        "resolved": [],
        "reworded": [],
        "silenced": [],
    }
    assert [s["new_id"] for s in data["sources"]["renamed"]] == ["alpha-press-2025"]
    assert data["sources"]["added"] == data["sources"]["removed"] == []


def test_a_source_renamed_with_its_text_nearly_the_same_shows_the_change(repo: Path) -> None:
    source = repo / "sources" / "alpha.md"
    source.write_text(source.read_text(encoding="utf-8") + PARAGRAPHS, encoding="utf-8")
    commit(repo, "a longer source")
    git(repo, "mv", "sources/alpha.md", "sources/alpha-press-2025.md")
    edit(repo / "sources" / "alpha-press-2025.md", "Paragraph 7 ", "Paragraph seven ")
    data, _ = diff_json()
    (renamed,) = data["sources"]["renamed"]
    assert (renamed["old_id"], renamed["new_id"]) == ("alpha", "alpha-press-2025")
    assert renamed["text"]["lines_added"] == renamed["text"]["lines_removed"] == 1
    assert "[-7-]{+seven+}" in renamed["text"]["hunks"][0]["change"]
    assert data["sources"]["added"] == data["sources"]["removed"] == []
    # its text changed with no new fingerprint: sources stay as published, renamed or not
    modified = [f for f in data["findings"]["introduced"] if f["code"] == "source-modified"]
    assert [f["file"] for f in modified] == ["sources/alpha-press-2025.md"]
    # a wholly other text under a new name is one source removed and another added
    (repo / "sources" / "alpha-press-2025.md").write_text(
        "---\ntitle: Other\npublisher: Other Press\nlanguage: en\n---\nNothing alike.\n",
        encoding="utf-8",
    )
    data, _ = diff_json()
    assert data["sources"]["renamed"] == []
    assert [s["id"] for s in data["sources"]["added"]] == ["alpha-press-2025"]
    assert [s["id"] for s in data["sources"]["removed"]] == ["alpha"]


# -- a claim corrected and renamed (13) ------------------------------------------------------


def test_a_claim_corrected_then_renamed_is_one_claim_renamed_with_its_changes(
    repo: Path,
) -> None:
    source = repo / "sources" / "alpha.md"
    claims = repo / "claims" / "alpha.yaml"
    edit(source, "over 1,200 soldiers", "over 1,250 soldiers")
    for old, new in (
        ("value: 1200", "value: 1250"),
        ("More than 1,200", "More than 1,250"),
        ("quote: over 1,200", "quote: over 1,250"),
    ):
        edit(claims, old, new)
    commit(repo, "the publisher's correction")
    edit(claims, "id: alpha-desertions-2024", "id: alpha-desertions-2024-corrected")
    commit(repo, "a new id")
    data, _ = diff_json("HEAD~2", "HEAD")
    assert data["claims"]["added"] == data["claims"]["removed"] == []
    (renamed,) = data["claims"]["renamed"]
    assert renamed["old_id"] == "alpha-desertions-2024"
    assert renamed["new_id"] == "alpha-desertions-2024-corrected"
    assert renamed["fields"]["value"] == {"old": 1200, "new": 1250}
    assert 90 <= renamed["quote_similarity"] < 100
    out = diff("HEAD~2", "HEAD").stdout
    assert "alpha-desertions-2024 → alpha-desertions-2024-corrected (paired by its quote" in out
    assert "value: over 1,200 soldiers → over 1,250 soldiers" in out
    md = diff("HEAD~2", "HEAD", "--format", "markdown").stdout
    assert "(paired by its quote" in md and "Claims removed" not in md


def test_a_different_quote_of_the_same_source_is_not_a_rename(repo: Path) -> None:
    """Two claims of one source whose quotes are far apart stay one removed and one
    added."""
    claims = repo / "claims" / "second.yaml"
    edit(claims, "id: alpha-cases", "id: alpha-cases-2024")
    edit(claims, "quote: A further 300 cases were opened.", "quote: Alpha Press reports that")
    data, _ = diff_json()
    assert data["claims"]["renamed"] == []
    assert [c["id"] for c in data["claims"]["removed"]] == ["alpha-cases"]


# -- relations (8) --------------------------------------------------------------------------

RELATION = """
relations:
  - id: cases-within-desertions
    kind: part-of
    parts: [alpha-cases]
    whole: alpha-desertions-2024
"""


def test_a_relation_re_pointed_added_or_removed_is_listed_in_every_format(repo: Path) -> None:
    second = repo / "claims" / "second.yaml"
    second.write_text(second.read_text(encoding="utf-8") + RELATION, encoding="utf-8")
    commit(repo, "a relation")
    edit(second, "    parts: [alpha-cases]\n", "    parts: [alpha-desertions-2024]\n")
    edit(second, "    whole: alpha-desertions-2024\n", "    whole: alpha-cases\n")
    data, _ = diff_json()
    assert data["relations"]["changed"] == [
        {
            "id": "cases-within-desertions",
            "old_file": "claims/second.yaml",
            "file": "claims/second.yaml",
            "line": 13,
            "fields": {
                "parts": {"old": ["alpha-cases"], "new": ["alpha-desertions-2024"]},
                "whole": {"old": "alpha-desertions-2024", "new": "alpha-cases"},
            },
        }
    ]
    assert data["relations"]["added"] == data["relations"]["removed"] == []
    out = diff().stdout
    assert "Relations" in out and "relations: 1 changed" in out
    assert 'whole: "alpha-desertions-2024" → "alpha-cases" (another claim)' in out
    md = diff("--format", "markdown").stdout
    assert "#### Relations" in md and "| cases-within-desertions | whole |" in md
    gh = diff("--format", "github").stdout
    assert "title=relation cases-within-desertions changed::" in gh
    # removed, and another added
    edit(second, "id: cases-within-desertions", "id: cases-of-desertions")
    data, _ = diff_json()
    assert [r["id"] for r in data["relations"]["removed"]] == ["cases-within-desertions"]
    assert [r["id"] for r in data["relations"]["added"]] == ["cases-of-desertions"]
    assert data["relations"]["added"][0]["relation"]["whole"] == "alpha-cases"
    out = diff().stdout
    assert "- cases-within-desertions part-of: alpha-cases ≤ alpha-desertions-2024" in out
    assert "+ cases-of-desertions part-of: alpha-desertions-2024 ≤ alpha-cases" in out


def test_a_relation_following_a_claim_rename_says_so(repo: Path) -> None:
    second = repo / "claims" / "second.yaml"
    second.write_text(second.read_text(encoding="utf-8") + RELATION, encoding="utf-8")
    commit(repo, "a relation")
    edit(repo / "claims" / "alpha.yaml", "id: alpha-desertions-2024", "id: alpha-deserted-2024")
    edit(second, "whole: alpha-desertions-2024", "whole: alpha-deserted-2024")
    out = diff().stdout
    assert "claims: 1 renamed" in out
    assert '→ "alpha-deserted-2024" (the same claim renamed)' in out


# -- a finding resolved with its claim (11) --------------------------------------------------


def test_a_finding_resolved_with_its_removed_claim_is_not_said_to_fail_verify(
    repo: Path,
) -> None:
    second = repo / "claims" / "second.yaml"
    # a part more than its whole: relation-violated, about both claims
    violated = RELATION.replace("[alpha-cases]", "[alpha-desertions-2024]").replace(
        "whole: alpha-desertions-2024", "whole: alpha-cases"
    )
    second.write_text(second.read_text(encoding="utf-8") + violated, encoding="utf-8")
    commit(repo, "a relation")
    text = second.read_text(encoding="utf-8")
    _, tail = text.split("relations:", 1)
    second.write_text("claims: []\nrelations:" + tail, encoding="utf-8")  # alpha-cases gone
    data, _ = diff_json()
    assert [c["id"] for c in data["claims"]["removed"]] == ["alpha-cases"]
    resolved = data["findings"]["resolved"]
    assert resolved, "the relation's findings about alpha-cases go with it"
    for f in resolved:
        if "alpha-cases" in f["claims"]:
            assert f["claims_removed"] == ["alpha-cases"]
            assert f["claim_fails_verify"] == []  # its unknown-claim is about its absence
    out = diff().stdout
    assert "now fails verify" not in out and "now fail verify" not in out
    assert "resolved with claim alpha-cases, which the change removed" in out
    assert "with its claim removed" in out or "with their claims removed" in out
    md = diff("--format", "markdown").stdout
    assert "now fails verify" not in md and "Resolved with claim alpha-cases" in md


# -- the fast path (a diff of two revisions met before) --------------------------------------


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("DESERTCHECK_NO_CACHE", raising=False)
    isolated_git(monkeypatch, tmp_path)
    root = tmp_path / "shipped"
    for name in ("claims", "sources"):
        shutil.copytree(PROJECT / name, root / name)
    shutil.copy(PROJECT / "desertcheck.toml", root / "desertcheck.toml")
    (root / ".gitignore").write_text(".desertcheck-cache/\n")
    git(root, "init", "-q")
    commit(root, "a")
    path = root / "claims" / "moscow-times-proekt-2024.yaml"
    edit(
        path,
        "    whole: mt-proekt-refusal-to-serve-convictions-since-invasion\n",
        "    whole: mt-proekt-refusal-to-serve-convictions-headline\n",
    )
    commit(root, "b")
    monkeypatch.chdir(root)
    return root


def test_a_relation_re_pointed_shows_from_the_cache_too(shipped: Path) -> None:
    cold = diff("HEAD~1", "HEAD", "-f", "json", "--no-cache").stdout
    assert diff("HEAD~1", "HEAD", "-f", "json").stdout == cold  # fills the cache
    assert diff("HEAD~1", "HEAD", "-f", "json").stdout == cold  # from it
    (changed,) = json.loads(cold)["relations"]["changed"]
    assert changed["id"] == "proekt-awol-within-refusal-convictions"
    assert changed["fields"] == {
        "whole": {
            "old": "mt-proekt-refusal-to-serve-convictions-since-invasion",
            "new": "mt-proekt-refusal-to-serve-convictions-headline",
        }
    }


# -- a finding open on both sides that says something else now (15) -------------------------


def test_a_finding_that_got_worse_is_listed_as_reworded(repo: Path) -> None:
    second = repo / "claims" / "second.yaml"
    violated = RELATION.replace("[alpha-cases]", "[alpha-desertions-2024]").replace(
        "whole: alpha-desertions-2024", "whole: alpha-cases"
    )
    second.write_text(second.read_text(encoding="utf-8") + violated, encoding="utf-8")
    commit(repo, "a relation")
    edit(repo / "claims" / "alpha.yaml", "value: 1200", "value: 1250")
    data, _ = diff_json()
    (reworded,) = [f for f in data["findings"]["reworded"] if f["code"] == "relation-violated"]
    assert "over 1,200 soldiers" in reworded["old_message"]
    assert "over 1,250 soldiers" in reworded["message"]
    assert reworded["old_severity"] == reworded["severity"] == "warning"
    assert "relation-violated" not in [f["code"] for f in data["findings"]["introduced"]]
    out = diff().stdout
    assert "Findings reworded" in out and "[-1,200-]{+1,250+}" in out
    assert "1 reworded" in out
    assert "#### Findings reworded" in diff("--format", "markdown").stdout
    assert "title=desertcheck diff%3A reworded relation-violated" in diff("-f", "github").stdout
