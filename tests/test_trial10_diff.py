"""``diff --format markdown`` as a newsroom's reviewer reads it: a long changed text shows
its old words as written beside its new ones with the changes marked, neither side in
quotation marks the text does not have."""

from __future__ import annotations

from pathlib import Path

from desertcheck.cli import app

from .conftest import cli_runner
from .test_diff import _git_env, commit, edit, pytestmark, repo

__all__ = ["_git_env", "pytestmark", "repo"]  # the fixtures of test_diff, used here


def test_a_long_changed_text_has_no_quotation_marks_added_on_its_old_side(repo: Path) -> None:
    claims = repo / "claims" / "alpha.yaml"
    edit(
        claims,
        "statement: More than 1,200 soldiers deserted in 2024.",
        "statement: More than 1,200 soldiers deserted from the army in 2024.",
    )
    commit(repo, "longer statement")
    edit(claims, "deserted from the army", "left the army")
    r = cli_runner().invoke(app, ["diff", "--format", "markdown"], catch_exceptions=False)
    (row,) = [line for line in r.stdout.splitlines() if "| statement |" in line]
    old, new = [cell.strip() for cell in row.split(" | ")[2:4]]
    assert old == "More than 1,200 soldiers deserted from the army in 2024."
    assert new.startswith("More than 1,200 soldiers \\[-deserted from-\\]\\{\\+left\\+\\} the")
    # a short value keeps its quotation marks, so an empty one shows
    edit(claims, "qualifier: over", "qualifier: about")
    r = cli_runner().invoke(app, ["diff", "--format", "markdown"], catch_exceptions=False)
    assert '| qualifier | "over" | "about" |' in r.stdout
