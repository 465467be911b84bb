"""No registry or draft text reaches a CI log as a workflow command, in any human format.

GitHub's runner acts on ``##[command]`` anywhere in a line and on ``::command::`` at a
line's start after spaces. A trial put ``##[error]`` in a statement and ``::error ...::`` in
a draft: ``diff`` and ``show`` printed the first as is, ``audit``'s table at 80 columns the
second with only indentation in front.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from desertcheck.cli import app
from desertcheck.reporters.terminal import clean, draw
from desertcheck.text import defuse

from .conftest import FIXTURES, cli_runner, commit_once, isolated_git

VALID = FIXTURES / "loader" / "valid"
LEGACY = "##[error]Forged legacy"
COMMAND = "::error file=x::Forged command"
#: A line the runner would act on: ``##[`` anywhere, ``::`` after leading spaces.
RUNS = re.compile(r"##\[|^\s*::")
#: desertcheck's own annotations in --format github (their text escaped after the ``::``).
ANNOTATION = re.compile(r"::(error|warning|notice)(?: [^:]*)?::")


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The `valid` registry committed, then changed to carry both openers in a statement, a
    quote, a note, a source's title and text; and a draft with both; the cwd."""
    isolated_git(monkeypatch, tmp_path)
    root = tmp_path / "r"
    shutil.copytree(VALID, root)
    commit_once(root)
    alpha = root / "claims" / "alpha.yaml"
    alpha.write_text(
        alpha.read_text(encoding="utf-8")
        .replace(
            "statement: More than 1,200 soldiers deserted in 2024.",
            f'statement: "{COMMAND} and {LEGACY}: more than 1,200 soldiers deserted in 2024."',
        )
        .replace("origin: alpha-origin", f'origin: alpha-origin\n    note: "{COMMAND} {LEGACY}"'),
        encoding="utf-8",
    )
    second = root / "claims" / "second.yaml"
    second.write_text(
        second.read_text(encoding="utf-8").replace(
            "quote: A further 300 cases were opened.",
            f'quote: "A further 300 cases {LEGACY} were opened."',
        ),
        encoding="utf-8",
    )
    source = root / "sources" / "alpha.md"
    source.write_text(
        source.read_text(encoding="utf-8")
        .replace("title: Alpha report", f'title: "Alpha {LEGACY}"')
        .replace("A further", f"{COMMAND} and {LEGACY} 400 soldiers fled in 2023.\nA further"),
        encoding="utf-8",
    )
    (root / "draft.md").write_text(
        f"{LEGACY}: over 1,200 soldiers deserted in 2024.\n\n"
        f"{COMMAND}: 300 cases were opened in 2024, and 999 soldiers fled.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(root)
    return root


RUNS_OF = [
    ["verify"],
    ["verify", "--format", "github"],
    ["verify", "--format", "junit"],
    ["list"],
    ["show", "alpha-desertions-2024"],
    ["show", "alpha-cases"],
    ["diff"],
    ["diff", "--format", "markdown"],
    ["diff", "--format", "github"],
    ["audit", "draft.md"],
    ["audit", "draft.md", "--explain"],
    ["audit", "draft.md", "--format", "markdown"],
    ["audit", "draft.md", "--format", "github"],
    ["scan"],
    ["export", "--format", "markdown"],
    ["vocab"],
    ["fingerprint"],
]

#: machine formats a CI step may print: JSON holds the opener escaped (the same data)
JSON_RUNS = [
    ["verify", "--format", "json"],
    ["diff", "--format", "json"],
    ["audit", "draft.md", "--format", "json"],
    ["export", "--format", "json"],
    ["export", "--format", "jsonl"],
    ["list", "--format", "json"],
]


@pytest.mark.parametrize("env", [{"COLUMNS": "80"}, {"COLUMNS": "200", "FORCE_COLOR": "1"}])
@pytest.mark.parametrize("args", RUNS_OF, ids=" ".join)
def test_no_line_runs_as_a_workflow_command(
    hostile: Path, args: list[str], env: dict[str, str]
) -> None:
    r = cli_runner().invoke(app, [*args, "--no-cache"], env=env, catch_exceptions=False)
    assert r.exit_code in (0, 1), r.stderr
    github = "github" in args
    for line in [*r.stdout.splitlines(), *r.stderr.splitlines()]:
        own = ANNOTATION.match(line) if github else None
        if own:  # desertcheck's own annotation: nothing forged in its name or properties
            assert "Forged" not in own[0], line
            line = line[own.end() :]
        assert not RUNS.search(line), line
    if args[0] in ("show", "diff", "audit", "verify", "export"):
        assert "Forged" in r.stdout + r.stderr  # the text is shown, only defused


def test_diff_is_defused_under_actions_by_default(
    hostile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    r = cli_runner().invoke(app, ["diff"], catch_exceptions=False)
    assert "Forged legacy" in r.stdout and "##[" not in r.stdout


@pytest.mark.parametrize(
    "text",
    ["##[error]x", "a ##[group]b", "::error::x", "  ::warning file=a::b", "x :::: y", "###[x"],
)
def test_defuse_breaks_every_opener_and_keeps_the_text(text: str) -> None:
    safe = defuse(text)
    assert "##[" not in safe and "::" not in safe
    assert safe.replace("\u2060", "") == text
    assert clean(text) == safe and defuse(safe) == safe


def test_text_without_an_opener_is_untouched() -> None:
    for text in ("# heading [x]", "10:30 a:b", "#[x] ##x"):
        assert defuse(text) == text


def test_cells_that_meet_in_an_opener_are_defused_when_drawn() -> None:
    from rich.text import Text

    out = draw(lambda con: con.print(Text("#") + Text("#[error]x")))
    assert "##[" not in out and "x" in out


@pytest.mark.parametrize("args", JSON_RUNS, ids=" ".join)
def test_json_holds_the_opener_escaped_and_the_same_data(hostile: Path, args: list[str]) -> None:
    """JSON writes ``##[`` as ``#\\u0023[``: no line of it runs in a CI log, and parsed it
    is the registry's and the draft's text, unchanged."""
    import json

    r = cli_runner().invoke(app, [*args, "--no-cache"], catch_exceptions=False)
    assert r.exit_code in (0, 1), r.stderr
    assert not [line for line in r.stdout.splitlines() if RUNS.search(line)]
    docs = (
        [json.loads(line) for line in r.stdout.splitlines()]
        if "jsonl" in args
        else [json.loads(r.stdout)]
    )
    assert LEGACY in json.dumps(docs, ensure_ascii=False)
