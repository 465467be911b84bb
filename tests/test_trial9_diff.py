"""``diff`` as a reviewer reads a colleague's registry edit: an acceptance shown once, in
its own section; a finding "resolved" only because the change broke its claim marked so
in every format; a changed quote shown by its changed words; wrapped lines indented."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import cli_runner
from .test_diff import _git_env, commit, edit, pytestmark, repo

__all__ = ["_git_env", "pytestmark", "repo"]  # the fixtures of test_diff, used here
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def accept(claims: Path) -> None:
    """The claim of ``claims`` accepts ``value-not-in-quote``."""
    edit(
        claims,
        "  - id: alpha-desertions-2024\n",
        "  - id: alpha-desertions-2024\n"
        "    accept: [{code: value-not-in-quote, reason: the source rounds it}]\n",
    )


def diff(*args: str, env: dict[str, str] | None = None) -> str:
    r = cli_runner().invoke(app, ["diff", *args], env=env or {}, catch_exceptions=False)
    assert r.exit_code in (0, 1), r.output
    return str(r.stdout)


def test_an_added_acceptance_is_shown_once_in_its_own_section(repo: Path) -> None:
    claims = repo / "claims" / "alpha.yaml"
    edit(claims, "value: 1200", "value: 1300")  # value-not-in-quote
    commit(repo, "wrong value")
    accept(claims)
    commit(repo, "accept")
    data = json.loads(diff("HEAD~1", "--format", "json"))
    assert data["claims"]["changed"] == []  # not also as a changed `accept` field
    assert [a["code"] for a in data["acceptances"]["added"]] == ["value-not-in-quote"]
    table = diff("HEAD~1")
    assert "accept:" not in table and '"code"' not in table
    assert "accepts value-not-in-quote" in table
    assert "no change to claims or sources" not in table
    assert "claims: no change; sources: no change; acceptances: 1 added" in table
    for fmt in ("markdown", "github"):
        out = diff("HEAD~1", "--format", fmt)
        assert '"code"' not in out and "accept:" not in out, out
        assert "acceptances: 1 added" in out
    removed = diff("HEAD", "HEAD~1")
    assert "acceptances: 1 removed" in removed and "accept:" not in removed


def test_a_reworded_acceptance_reason_is_still_shown(repo: Path) -> None:
    claims = repo / "claims" / "alpha.yaml"
    edit(claims, "value: 1200", "value: 1300")
    accept(claims)
    commit(repo, "accept")
    edit(claims, "the source rounds it", "the source rounds it down")
    data = json.loads(diff("--format", "json"))
    [changed] = data["claims"]["changed"]
    assert list(changed["fields"]) == ["accept"]


def test_a_finding_resolved_by_breaking_its_claim_is_marked_in_every_format(
    repo: Path,
) -> None:
    claims = repo / "claims" / "alpha.yaml"
    edit(claims, "value: 1200", "value: 1300")  # value-not-in-quote
    commit(repo, "wrong value")
    # "fixing" the quote to fit the value: the source does not say it
    edit(claims, "quote: over 1,200 soldiers", "quote: over 1,300 soldiers")
    commit(repo, "quote")
    data = json.loads(diff("HEAD~1", "--format", "json"))
    resolved = {f["code"]: f["claim_fails_verify"] for f in data["findings"]["resolved"]}
    assert resolved["value-not-in-quote"] == ["quote-not-found"]
    table = " ".join(diff("HEAD~1").split())
    assert (
        "[value-not-in-quote] — resolved, but alpha-desertions-2024 now fails verify "
        "(quote-not-found)" in table
    )
    assert "(1 whose claim now fails verify)" in table
    comment = diff("HEAD~1", "--format", "markdown")
    row = next(line for line in comment.splitlines() if "| value-not-in-quote |" in line)
    assert "✅" not in row and row.startswith("| ⚠️ error, resolved but its claim now fails")
    assert "Resolved, but alpha-desertions-2024 now fails verify \\(quote-not-found\\):" in row
    annotations = diff("HEAD~1", "--format", "github")
    line = next(x for x in annotations.splitlines() if "resolved value-not-in-quote" in x)
    assert line.startswith("::warning ") and "now fails verify" in line
    # a finding fixed for real is resolved as before
    edit(claims, "value: 1300", "value: 1200")
    edit(claims, "quote: over 1,300 soldiers", "quote: over 1,200 soldiers")
    commit(repo, "fixed")
    data = json.loads(diff("HEAD~2", "--format", "json"))
    resolved = {f["code"]: f["claim_fails_verify"] for f in data["findings"]["resolved"]}
    assert resolved["value-not-in-quote"] == []
    assert "now fails verify" not in diff("HEAD~2")


QUOTE = "Alpha Press reports that over 1,200 soldiers deserted in 2024"


def test_a_changed_quote_is_shown_by_its_changed_words(repo: Path) -> None:
    edit(
        repo / "claims" / "alpha.yaml",
        "quote: over 1,200",
        "quote: Alpha Press reports that over 1,200",
    )
    words = "quote: {+Alpha Press reports that+} over 1,200 soldiers deserted in 2024"
    assert words in diff()
    assert words in diff("--format", "github")
    comment = diff("--format", "markdown")
    # the old side as written, without quotation marks the quote does not have
    assert "| quote | over 1,200 soldiers deserted in 2024 | \\{\\+Alpha Press" in comment
    data = json.loads(diff("--format", "json"))  # JSON keeps both values whole
    assert data["claims"]["changed"][0]["fields"]["quote"]["new"] == QUOTE


def test_a_short_changed_text_is_shown_whole(repo: Path) -> None:
    edit(repo / "claims" / "alpha.yaml", "scope: army", "scope: navy")
    assert 'scope: "army" → "navy"' in diff()


@pytest.mark.parametrize("tty", [False, True])
def test_wrapped_field_and_summary_lines_keep_their_indent_at_80_columns(
    repo: Path, tty: bool
) -> None:
    claims = repo / "claims" / "alpha.yaml"
    edit(
        claims,
        "statement: More than 1,200",
        "statement: By the count of Alpha Press, more than 1,200",
    )
    edit(claims, "value: 1200", "value: 1300")
    env = {"COLUMNS": "80", **({"FORCE_COLOR": "1"} if tty else {})}
    lines = [ANSI.sub("", x) for x in diff(env=env).splitlines()]
    if tty:  # in a pipe a line is never broken
        for line in lines:
            assert len(line) <= 80, line
        field = next(i for i, x in enumerate(lines) if x.startswith("      statement: "))
        assert lines[field + 1].startswith("        "), lines[field : field + 2]
        end = next(i for i, x in enumerate(lines) if x.startswith("FAILED: "))
        assert all(x.startswith("    ") for x in lines[end + 1 :]), lines[end:]
        assert len(lines) > end + 1  # the summary did wrap


def test_an_absent_qualifier_is_shown_as_exactly_in_every_format_as_the_docs_say(
    repo: Path,
) -> None:
    """docs/diff.md said an absent optional field shows as null; the qualifier shows as
    what verify reads it as, "exactly", and the docs say so now."""
    claims = repo / "claims" / "alpha.yaml"
    edit(claims, "    qualifier: over\n", "")
    edit(claims, "More than 1,200", "1,200")
    edit(claims, "quote: over 1,200", "quote: 1,200")
    commit(repo, "no qualifier")
    edit(claims, "    value: 1200\n", "    value: 1200\n    qualifier: over\n")
    data = json.loads(diff("--format", "json"))
    fields = data["claims"]["changed"][0]["fields"]
    assert fields["qualifier"] == {"old": "exactly", "new": "over"}
    assert 'qualifier: "exactly" → "over"' in diff()
    assert '| qualifier | "exactly" | "over" |' in diff("--format", "markdown")
    assert 'qualifier: "exactly" → "over"' in diff("--format", "github")
    docs = " ".join((Path(__file__).parents[1] / "docs" / "diff.md").read_text().split())
    assert '`qualifier` as `"exactly"`' in docs and 'qualifier: "exactly" → "over"' in docs
