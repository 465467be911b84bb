"""audit's report for a person: each figure's sentence fits the terminal, hangs under its
verdict, and a long sentence is cut around its figure; no line ends in padding."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from desertcheck.cli import app

from .conftest import PROJECT

LONG = (
    "According to the UN, more than 60,000 soldiers have deserted the Russian army since "
    "2022, while nearly 10% of troops deployed went missing and some 16,000 were "
    "prosecuted in 2024, with 13,500 convicted in 2024 and 4,000 unexplained things "
    "counted by nobody at all in particular, while the lawyers who defend them keep "
    "saying that the real numbers are higher still.\n"
)
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def audit(runner: CliRunner, width: int, tty: bool) -> list[str]:
    env = {"COLUMNS": str(width), **({"FORCE_COLOR": "1"} if tty else {})}
    result = runner.invoke(app, ["audit", "-", "--root", str(PROJECT)], input=LONG, env=env)
    assert result.exit_code == 1, result.output
    return result.stdout.splitlines()


@pytest.mark.parametrize("tty", [False, True])
@pytest.mark.parametrize("width", [60, 80, 100])
def test_every_line_fits_and_none_ends_in_padding(runner: CliRunner, width: int, tty: bool) -> None:
    lines = audit(runner, width, tty)
    for line in lines:
        plain = ANSI.sub("", line)
        assert len(plain) <= width, plain
        assert plain == plain.rstrip(), repr(line)


def test_a_long_sentence_is_cut_around_its_figure_and_hangs_under_its_verdict(
    runner: CliRunner,
) -> None:
    lines = audit(runner, 80, False)
    head = next(i for i, line in enumerate(lines) if line.endswith("<stdin>:1:215"))
    shown = []
    for line in lines[head + 1 :]:
        assert line.startswith("  "), line
        if line.startswith("  the sentence matches"):  # the verdict's message
            break
        shown.append(line.strip())
    excerpt = " ".join(shown)
    assert excerpt.startswith("…") and excerpt.endswith("…"), excerpt  # cut at words
    assert "According" not in excerpt
    assert len(excerpt) < len(LONG)


def test_a_short_sentence_is_shown_whole(runner: CliRunner) -> None:
    text = "Over 50,000 soldiers have deserted since 2022, the UN says.\n"
    env = {"COLUMNS": "80"}
    result = runner.invoke(app, ["audit", "-", "--root", str(PROJECT)], input=text, env=env)
    assert "  Over 50,000 soldiers have deserted since 2022, the UN says." in result.stdout
    assert "…" not in result.stdout.splitlines()[1]


def test_a_sentence_is_shown_without_its_markdown_emphasis(runner: CliRunner) -> None:
    text = "**A:** Mediazona has counted **more than 60,000 soldiers** who deserted since 2022.\n"
    env = {"COLUMNS": "100"}
    result = runner.invoke(app, ["audit", "-", "--root", str(PROJECT)], input=text, env=env)
    assert "  A: Mediazona has counted more than 60,000 soldiers who deserted" in result.stdout
    assert "**" not in result.stdout


def test_explain_in_the_wide_table_puts_why_on_a_line_of_its_own(runner: CliRunner) -> None:
    text = "# Deserters: the numbers\n\nMore than 60,000 soldiers have deserted since 2022.\n"
    env = {"COLUMNS": "200"}
    args = ["audit", "-", "--explain", "--root", str(PROJECT)]
    out = runner.invoke(app, args, input=text, env=env).stdout
    lines = [line.strip() for line in out.splitlines()]
    assert any(line.endswith("cannot be its value") for line in lines), out
    assert any(line.startswith("why: chose") for line in lines), out
    # the title is the section heading here: named once
    said = " ".join(out.split())
    assert "context from the section heading" in said and "the title" not in said


@pytest.mark.parametrize("width", ["80", "200"])
def test_quiet_shows_only_what_is_not_supported(runner: CliRunner, width: str) -> None:
    draft = str(PROJECT / "examples" / "drafts" / "errors-explainer.md")
    args = ["audit", draft, "--root", str(PROJECT)]
    full = runner.invoke(app, args, env={"COLUMNS": width})
    quiet = runner.invoke(app, [*args, "--quiet"], env={"COLUMNS": width})
    assert quiet.exit_code == full.exit_code == 1
    assert "✓ supported" in full.stdout and "✓ supported" not in quiet.stdout
    for mark in ("✗ mismatch", "≈ qualifier-drift", "◷ period-drift", "? unsourced"):
        assert mark in quiet.stdout, mark
    # the summary counts every figure, the supported ones too
    assert quiet.stdout.splitlines()[-1] == full.stdout.splitlines()[-1]
