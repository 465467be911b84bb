"""diff in a pull request's CI: one place for a finding in every run, the claim the change
added blamed, never the untouched original."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desertcheck.cli import app

from .conftest import cli_runner, isolated_git, shipped_in_git
from .test_diff_cache import git

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

#: A claim the desk added, from the words of an existing claim's quote ("… and 501 for
#: desertion."), in a file that sorts before the existing claim's.
DESK = """\
claims:
  - id: desk-awol-cases-2022-2023
    statement: Between 2022 and 2023, 501 criminal cases were opened for absence without leave.
    value: 501
    unit: cases
    measure: awol-cases-opened
    scope: russian-armed-forces
    period: "2022/2023"
    source: moscow-times-proekt-2024
    quote: "and 501 for desertion."
"""


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped registry, committed; the working tree's changes come from each test."""
    monkeypatch.delenv("DESERTCHECK_NO_CACHE", raising=False)
    isolated_git(monkeypatch, tmp_path)
    root = shipped_in_git(tmp_path / "repo")
    monkeypatch.chdir(root)
    return root


def commit(repo: Path, files: dict[str, str], message: str = "change") -> None:
    for rel, text in files.items():
        (repo / rel).parent.mkdir(parents=True, exist_ok=True)
        (repo / rel).write_text(text)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", message)


def run(*args: str) -> tuple[str, int]:
    r = cli_runner().invoke(app, list(args), catch_exceptions=False)
    return r.stdout, r.exit_code


def launched(*args: str) -> tuple[str, int]:
    """The whole program, as ``desertcheck`` starts it (with the cached diff's fast path)."""
    env = {k: v for k, v in os.environ.items() if k != "DESERTCHECK_NO_CACHE"}
    out = subprocess.run(
        [sys.executable, "-m", "desertcheck", *args], capture_output=True, text=True, env=env
    )
    return out.stdout, out.returncode


def lines_of(out: str, code: str) -> list[str]:
    return [line for line in out.splitlines() if f"[{code}]" in line or f"title={code}" in line]


@pytest.mark.parametrize("fmt", ["table", "github", "json"])
def test_a_duplicate_claim_stands_at_the_new_claim_cold_warm_and_without_cache(
    repo: Path, fmt: str
) -> None:
    commit(repo, {"claims/desk-additions.yaml": DESK})
    cold = launched("diff", "HEAD~1", "HEAD", "-f", fmt)
    assert cold == launched("diff", "HEAD~1", "HEAD", "-f", fmt)  # warm: from the cache
    assert cold == launched("diff", "HEAD~1", "HEAD", "-f", fmt)
    assert cold == launched("diff", "HEAD~1", "HEAD", "-f", fmt, "--no-cache")
    assert cold[0] == run("diff", "HEAD~1", "HEAD", "-f", fmt, "--no-cache")[0]
    if fmt == "table":
        (found,) = lines_of(cold[0], "duplicate-claim")
        assert "claims/desk-additions.yaml:2:" in found
        # told of the new claim, pointing at the untouched one: never at its own place
        assert "claim desk-awol-cases-2022-2023 records the same figure" in found
        assert "(claims/moscow-times-proekt-2024.yaml:" in found
        assert "(claims/desk-additions.yaml:" not in found


#: A claim the desk added in a file read first, taking an id the registry already has.
REUSE = """\
claims:
  - id: nge-un-desertion-convictions-2024
    statement: In 2023, 289 defendants were convicted of disobeying orders.
    value: 289
    unit: defendants
    measure: disobedience-convictions
    scope: russian-military-courts
    period: "2023"
    source: moscow-times-proekt-2024
    quote: "289"
"""


@pytest.mark.parametrize("cache", [(), ("--no-cache",)])
def test_an_id_reused_in_a_new_file_is_blamed_on_the_new_claim(
    repo: Path, cache: tuple[str, ...]
) -> None:
    commit(repo, {"claims/aaa-desk.yaml": REUSE})
    out, code = run("diff", "HEAD~1", "HEAD", *cache)
    assert code == 1
    (found,) = lines_of(out, "duplicate-id")
    assert "claims/aaa-desk.yaml:2:5: error:" in found
    assert "already used at claims/novaya-gazeta-europe-un-report.yaml:" in found
    # the old claim is not checked now: its drift went away unfixed, and says so
    (drift,) = lines_of(out, "attribution-drift")
    assert (
        "resolved, but nge-un-desertion-convictions-2024 now fails verify (duplicate-id)"
        in (out.split("[attribution-drift]")[1].splitlines()[0])
    )
    assert drift.lstrip().startswith("✓")


SETTINGS = "\n[verify]\n{}\n"
FIGURE = ("    value: 50000\n", "    value: 60000\n")
QUOTE = ('quote: "Over 50,000 soldiers have deserted', 'quote: "Over 60,000 soldiers have deserted')


def edited(repo: Path, settings: str, figure: bool = True) -> dict[str, str]:
    """The files of a change: a figure and its quote made up (60,000 for 50,000), and
    ``settings`` added to desertcheck.toml."""
    files = {"desertcheck.toml": (repo / "desertcheck.toml").read_text() + settings}
    if figure:
        claims = repo / "claims" / "novaya-gazeta-europe-un-report.yaml"
        text = claims.read_text().replace(*FIGURE, 1).replace(*QUOTE, 1)
        files["claims/novaya-gazeta-europe-un-report.yaml"] = text
    return files


@pytest.mark.parametrize(
    ("setting", "silenced", "exit_code", "strict_code"),
    [
        # the change's own errors switched off: still an error, and the run fails
        (
            'ignore = ["quote-not-found", "attribution-drift", "statement-mismatch"]',
            ["attribution-drift", "attribution-drift", "quote-not-found", "statement-mismatch"],
            1,
            1,
        ),
        ('severity = { quote-not-found = "info" }', ["quote-not-found"], 1, 1),
        # base's warnings switched off: never "resolved"; they fail with --strict
        ('ignore = ["attribution-drift"]', ["attribution-drift", "attribution-drift"], None, 1),
    ],
)
def test_a_change_cannot_switch_off_the_checks_that_gate_it(
    repo: Path, setting: str, silenced: list[str], exit_code: int | None, strict_code: int
) -> None:
    import json

    commit(repo, edited(repo, SETTINGS.format(setting), figure=exit_code is not None))
    out, code = run("diff", "HEAD~1", "HEAD", "-f", "json", "--no-cache")
    got = json.loads(out)
    assert sorted(f["code"] for f in got["findings"]["silenced"]) == silenced
    assert got["findings"]["resolved"] == []
    (key,) = {c["key"].split(".")[1] for c in got["settings"]["changed"]}
    assert key in setting
    assert code == (exit_code or 0)
    assert run("diff", "HEAD~1", "HEAD", "--strict")[1] == strict_code
    table, _ = run("diff", "HEAD~1", "HEAD")
    assert "Findings silenced by desertcheck.toml" in table
    assert "Findings resolved" not in table
    markdown, _ = run("diff", "HEAD~1", "HEAD", "-f", "markdown")
    assert markdown.startswith("### ❌" if exit_code else "### ✅")
    # its headline gives the run's verdict: with --strict, warnings fail it too
    strict_markdown, _ = run("diff", "HEAD~1", "HEAD", "-f", "markdown", "--strict")
    assert strict_markdown.startswith("### ❌" if strict_code else "### ✅")
    assert "silenced by desertcheck.toml" in markdown
    github, _ = run("diff", "HEAD~1", "HEAD", "-f", "github")
    assert "title=setting verify." in github


def test_each_setting_changed_is_listed_at_its_line(repo: Path) -> None:
    base = (repo / "desertcheck.toml").read_text()
    commit(
        repo,
        {"desertcheck.toml": base + "\n[verify]\ntolerance = 0.05\n\n[audit]\nmin-score = 40\n"},
    )
    lines = base.count("\n")
    commit(
        repo,
        {
            "desertcheck.toml": base + "\n[verify]\ntolerance = 0.2\n\n[audit.synonyms]\n"
            'deserters = ["runaways"]\n'
        },
    )
    out, code = run("diff", "HEAD~1", "HEAD")
    assert code == 0
    assert f"~ verify.tolerance: 0.05 → 0.2  desertcheck.toml:{lines + 3}" in out
    assert (
        f'~ audit.synonyms.deserters: (not set) → ["runaways"]  desertcheck.toml:{lines + 6}'
    ) in out
    # removed: at its table's line in head ([audit.synonyms] is of [audit])
    assert f"~ audit.min-score: 40 → (not set)  desertcheck.toml:{lines + 5}" in out
    assert "no change to claims or sources" not in out
    assert "desertcheck.toml: 3 settings changed" in out


def test_a_setting_changed_in_a_file_saved_with_a_byte_order_mark_is_listed(
    repo: Path,
) -> None:
    base = (repo / "desertcheck.toml").read_text()
    commit(repo, {"desertcheck.toml": "\ufeff" + base + "\n[verify]\ntolerance = 0.2\n"})
    out, code = run("diff", "HEAD~1", "HEAD")
    assert code == 0
    assert f"~ verify.tolerance: (not set) → 0.2  desertcheck.toml:{base.count(chr(10)) + 3}" in out
    assert "desertcheck.toml: 1 setting changed" in out


@pytest.mark.parametrize(
    ("setting", "note"),
    [
        ('ignore = ["quote-not-found"]', "; desertcheck.toml ignores quote-not-found"),
        (
            'severity = { value-not-in-quote = "warning", statement-mismatch = "info" }',
            "; desertcheck.toml lowers value-not-in-quote to warning (from error)",
        ),
        ("tolerance = 0.1", ""),
    ],
)
def test_verify_says_what_its_settings_keep_from_failing(
    repo: Path, setting: str, note: str
) -> None:
    path = repo / "desertcheck.toml"
    path.write_text(path.read_text() + SETTINGS.format(setting))
    out, _ = run("verify", "--no-cache")
    last = out.strip().splitlines()[-1]
    assert last.startswith("OK: ")
    assert last.endswith(note) if note else "desertcheck.toml" not in last


@pytest.fixture
def feature(repo: Path) -> Path:
    """``repo`` on branch main, and a branch ``feature`` one commit ahead of it, which
    ``main`` has moved on from (one claim's tags changed there)."""
    git(repo, "branch", "-M", "main")
    git(repo, "checkout", "-qb", "feature")
    commit(repo, {"claims/desk-additions.yaml": DESK}, "feature")
    git(repo, "checkout", "-q", "main")
    rel = "claims/novaya-gazeta-europe-un-report.yaml"
    text = (repo / rel).read_text().replace("tags: [desertion, un]", "tags: [desertion, un, x]", 1)
    commit(repo, {rel: text}, "ahead")
    git(repo, "checkout", "-q", "feature")
    return repo


@pytest.mark.parametrize(
    ("how", "rev", "hint"),
    [
        (("--depth", "1"), "main", "git fetch origin main:main"),
        (("--depth", "1"), "origin/main", "git fetch origin main:refs/remotes/origin/main"),
        (("--single-branch",), "main", "git fetch origin main:main"),
        (("--depth", "1"), "HEAD~1", "git fetch --deepen=1"),
    ],
)
def test_the_fetch_a_refusal_gives_makes_the_revision_readable(
    feature: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    how: tuple[str, ...],
    rev: str,
    hint: str,
) -> None:
    clone = tmp_path / "clone"
    url = f"file://{feature}"
    subprocess.run(["git", "clone", "-q", *how, "--branch", "feature", url, str(clone)], check=True)
    monkeypatch.chdir(clone)
    r = cli_runner().invoke(app, ["diff", rev, "HEAD", "--no-cache"])
    assert r.exit_code == 2
    assert hint in r.stderr
    subprocess.run(hint.split(), check=True, capture_output=True)  # as the user pastes it
    r = cli_runner().invoke(app, ["diff", rev, "HEAD", "--no-cache"])
    assert r.exit_code == 0 and "desk-awol-cases-2022-2023" in r.stdout


def test_a_branch_only_the_remote_has_is_named_as_the_remote_has_it(
    feature: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A CI checkout has the pull request's branch and origin's branches, no local main:
    the fix is origin/main, not a fetch."""
    clone = tmp_path / "clone"
    url = f"file://{feature}"
    subprocess.run(["git", "clone", "-q", "--branch", "feature", url, str(clone)], check=True)
    monkeypatch.chdir(clone)
    r = cli_runner().invoke(app, ["diff", "main", "HEAD", "--no-cache"])
    assert r.exit_code == 2
    assert "but origin/main does" in r.stderr and "desertcheck diff origin/main HEAD" in r.stderr
    r = cli_runner().invoke(app, ["diff", "origin/main", "HEAD", "--no-cache"])
    assert r.exit_code == 0 and "desk-awol-cases-2022-2023" in r.stdout


def test_a_mistyped_name_in_a_shallow_clone_may_be_wrong(
    feature: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{feature}", str(clone)])
    monkeypatch.chdir(clone)
    r = cli_runner().invoke(app, ["diff", "nosuchrev", "HEAD", "--no-cache"])
    assert r.exit_code == 2 and "or its name is wrong" in r.stderr


@pytest.mark.parametrize(
    ("args", "base"),
    [
        (["main...HEAD"], "(merge base of main and HEAD)"),
        (["main...feature"], "(merge base of main and feature)"),
        (["main...", "--format", "json"], "(merge base of main and HEAD)"),
    ],
)
def test_three_dots_compare_from_the_merge_base(feature: Path, args: list[str], base: str) -> None:
    import json

    r = cli_runner().invoke(app, ["diff", *args, "--no-cache"], catch_exceptions=False)
    assert r.exit_code == 0
    if "json" in args:
        got = json.loads(r.stdout)
        assert base in got["base"] and got["head"] == "HEAD"
        # only the branch's own change: main's later edit is not shown reversed
        assert [c["id"] for c in got["claims"]["added"]] == ["desk-awol-cases-2022-2023"]
        assert got["claims"]["changed"] == got["claims"]["removed"] == []
    else:
        assert base in r.stdout.splitlines()[0]
    # main itself moved on: two dots (and two revisions) compare with main as it is now
    two = cli_runner().invoke(app, ["diff", "main..HEAD", "--format", "json", "--no-cache"])
    assert json.loads(two.stdout)["base"] == "main"
    assert [c["id"] for c in json.loads(two.stdout)["claims"]["changed"]] == [
        "nge-un-desertions-since-2022"
    ]


def test_a_range_and_a_second_revision_is_refused_with_the_command_to_use(feature: Path) -> None:
    r = cli_runner().invoke(app, ["diff", "main...HEAD", "HEAD", "--no-cache"])
    assert r.exit_code == 2
    assert "desertcheck diff $(git merge-base main HEAD) HEAD" in r.stderr


def test_a_renamed_source_is_named_in_what_its_old_id_now_gets(repo: Path) -> None:
    git(repo, "mv", "sources/baghai-deserters-blog-2023.md", "sources/baghai-blog.md")
    git(repo, "commit", "-qm", "rename")
    out, code = run("diff", "HEAD~1", "HEAD", "--no-cache")
    assert code == 1
    unknown = lines_of(out, "unknown-source")
    assert len(unknown) == 5
    assert all("(did you mean 'baghai-blog'? the change renamed it)" in u for u in unknown)
    (unused, *_) = lines_of(out, "unused-exclusion")
    assert "write the source's id as it is now ('baghai-blog': the change renamed it)" in unused


def test_a_claim_renamed_and_moved_says_where_it_came_from(repo: Path) -> None:
    old_file, new_file = "claims/desk-additions.yaml", "claims/zz-desk.yaml"
    commit(repo, {old_file: DESK})
    (repo / old_file).unlink()
    renamed = DESK.replace("desk-awol-cases-2022-2023", "desk-awol-2022-2023")
    commit(repo, {new_file: renamed})
    table, _ = run("diff", "HEAD~1", "HEAD", "--no-cache")
    assert f"desk-awol-2022-2023 and moved from {old_file}" in table
    github, _ = run("diff", "HEAD~1", "HEAD", "-f", "github", "--no-cache")
    assert f"renamed from desk-awol-cases-2022-2023, and moved from {old_file}" in github
    markdown, _ = run("diff", "HEAD~1", "HEAD", "-f", "markdown", "--no-cache")
    assert f'| desk-awol-2022-2023 | file | "{old_file}" | "{new_file}" |' in markdown


def test_a_claims_file_renamed_whole_is_one_change(repo: Path) -> None:
    old, new = "claims/euaa-desertion-punishments.yaml", "claims/euaa punishments.yaml"
    claims = (repo / old).read_text().count("\n  - id: ") - 2  # two of them are relations
    git(repo, "mv", old, new)
    git(repo, "commit", "-qm", "rename")
    table, code = run("diff", "HEAD~1", "HEAD", "--no-cache")
    assert code == 0
    (line,) = [ln for ln in table.splitlines() if "→ " in ln and "renamed" in ln]
    assert f"→ {old} renamed {new} ({claims} claims, 2 relations)" in line
    assert " moved " not in table and "Relations" not in table
    github, _ = run("diff", "HEAD~1", "HEAD", "-f", "github", "--no-cache")
    assert github.count("::notice ") == 1  # under GitHub's 10: no overflow note at all
    markdown, _ = run("diff", "HEAD~1", "HEAD", "-f", "markdown", "--no-cache")
    assert markdown.count("| file |") == 1


@pytest.mark.parametrize(
    ("titles", "said"),
    [
        (["claim x moved"] * 12, "2 more changes than GitHub annotates"),
        (["desertcheck diff: new code"] * 12, "2 more findings than GitHub annotates"),
        (["desertcheck: x"] * 11 + ["claim x moved"] * 11, "2 more findings and changes"),
    ],
)
@pytest.mark.parametrize("summary", [True, False])
def test_the_overflow_note_says_what_was_left_out_and_where(
    titles: list[str], said: str, summary: bool
) -> None:
    from desertcheck.reporters.github import annotation, cap

    text = "\n".join(
        annotation("notice", "m", file=f"f{i}.yaml", line=1, title=t) for i, t in enumerate(titles)
    )
    out, _ = cap(text, summary=summary)
    note = out.splitlines()[-1]
    assert said in note
    assert note.endswith("and in the step summary") is summary


def test_markdown_shows_a_changed_quote_whole(repo: Path) -> None:
    rel = "claims/novaya-gazeta-europe-un-report.yaml"
    text = (repo / rel).read_text()
    commit(
        repo, {rel: text.replace('quote: "Over 50,000 soldiers', 'quote: "Over 50,000 troops', 1)}
    )
    markdown, _ = run("diff", "HEAD~1", "HEAD", "-f", "markdown", "--no-cache")
    (row,) = [ln for ln in markdown.splitlines() if "| quote |" in ln]
    new = row.rstrip(" |").rsplit(" | ", 1)[1]
    assert new.startswith("Over 50,000 \\[-soldiers-\\]\\{\\+troops\\+\\} have deserted")
    assert new.endswith("full-scale invasion of Ukraine in 2022")  # not cut: "… in 2022"
    assert "…" not in new


@pytest.mark.parametrize(
    ("damage", "said", "not_said"),
    [
        # the file of the claim the exclusion names does not load: the claim is unread
        ("break", "(or is in a claims file that did not load: mend that file first)", None),
        # the claims removed: no claim of another source is offered in its place
        ("remove", "which is not registered: write", "did you mean"),
    ],
)
def test_unused_exclusion_of_an_unread_or_removed_claim(
    repo: Path, damage: str, said: str, not_said: str | None
) -> None:
    path = repo / "claims" / "novaya-gazeta-europe-un-report.yaml"
    if damage == "break":
        path.write_text(path.read_text().replace("\n    value: 50000", "\n   value: 50000", 1))
    else:
        path.unlink()
    import json

    out, _ = run("verify", "--no-cache", "--format", "json")
    unused = [
        f["message"]
        for f in json.loads(out)["findings"]
        if f["code"] == "unused-exclusion" and "nge-un-desertions" in f["message"]
    ]
    assert unused
    assert all(said in u for u in unused)
    assert not_said is None or all(not_said not in u for u in unused)
