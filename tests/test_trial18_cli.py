"""A user trial's polish: summaries folded at 80 columns, usage lines without braces, and
audit failing on a desertcheck.toml that is not valid, as every other command does."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rich.cells import cell_len

from desertcheck.cli import app

from .conftest import PROJECT, cli_runner

DRAFTS = [
    str(PROJECT / "examples" / "drafts" / n) for n in ("clean-explainer.md", "errors-explainer.md")
]


@pytest.mark.parametrize("args", [["scan"], ["audit", *DRAFTS], ["verify"]], ids=lambda a: a[0])
def test_summaries_fold_at_the_width(args: list[str]) -> None:
    """scan's per-source and total lines were 82-91 columns at COLUMNS=80, audit's summary
    94: every line now fits, the part folded indented by two."""
    width = 80
    r = cli_runner().invoke(
        app, [*args, "--root", str(PROJECT)], env={"COLUMNS": str(width)}, catch_exceptions=False
    )
    lines = r.stdout.splitlines()
    assert lines and max(map(cell_len, lines)) <= width, max(lines, key=cell_len)
    summary = "coverage)" if args[0] == "scan" else ("figures in" if args[0] == "audit" else "OK")
    assert any(summary in line for line in lines)


def test_a_summary_in_a_wide_pipe_is_one_line() -> None:
    r = cli_runner().invoke(app, ["scan", "--root", str(PROJECT)], env={"COLUMNS": "200"})
    [total] = [line for line in r.stdout.splitlines() if line.startswith("total (")]
    assert total.endswith("(100% coverage)")


@pytest.mark.parametrize(
    ("args", "usage"),
    [
        (["show"], "Usage: desertcheck show [OPTIONS] ID\n"),
        (["audit"], "Usage: desertcheck audit [OPTIONS] DRAFT...\n"),
        (["add", "source"], "Usage: desertcheck add source [OPTIONS] FILE|URL\n"),
        (["fingerprint", "--help"], "Usage: desertcheck fingerprint [OPTIONS] [SOURCE]...\n"),
    ],
)
def test_usage_names_arguments_without_braces(args: list[str], usage: str) -> None:
    """The usage line names each argument as its metavar says (older typer draws it with
    rich, padded, and leaves out a variadic argument's "...")."""
    r = cli_runner().invoke(app, args, prog_name="desertcheck")
    out = r.stdout + r.stderr
    [line] = [ln.strip() for ln in out.splitlines() if "Usage:" in ln][:1] or [out]
    assert line.startswith(usage.strip().removesuffix("...")), out
    assert "{" not in line


@pytest.mark.parametrize("fmt", ["table", "json", "markdown", "github"])
def test_audit_refuses_a_broken_config_as_every_command_does(tmp_path: Path, fmt: str) -> None:
    root = tmp_path / "r"
    for name in ("claims", "sources"):
        shutil.copytree(PROJECT / name, root / name)
    (root / "desertcheck.toml").write_text("[verify\ntolerance = 0.1\n", encoding="utf-8")
    draft = tmp_path / "d.md"
    draft.write_text("Nothing to see here.\n", encoding="utf-8")
    for args in (["audit", str(draft), "-f", fmt], ["list"]):
        r = cli_runner().invoke(app, [*args, "--root", str(root)], catch_exceptions=False)
        assert r.exit_code == 1, (args, r.stderr)
        assert "desertcheck.toml:1:1: error: not valid TOML" in r.stderr, args
