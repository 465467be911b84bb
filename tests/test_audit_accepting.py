"""A draft accepts the verdicts of figures it quotes in order to check them (an HTML
comment, :mod:`desertcheck.audit.accepting`): the figure keeps its verdict, says it is
accepted and why, and never fails the run; an acceptance that cannot be read or matches
nothing is noted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desertcheck.audit.accepting import acceptances

from .test_cli import invoke

QUOTED = "More than 60,000 soldiers have deserted since 2022."  # the UN says over 50,000
WHY = "the claim under review"


def audit(tmp_path: Path, text: str, *args: str) -> tuple[int, dict, str]:
    draft = tmp_path / "check.md"
    draft.write_text(text, encoding="utf-8")
    r = invoke("audit", str(draft), "--no-cache", "--format", "json", *args)
    return r.exit_code, json.loads(r.stdout), r.stderr


@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        (f"{QUOTED} <!-- desertcheck: accept mismatch: {WHY} -->\n", WHY),
        (f"<!-- desertcheck: accept mismatch: {WHY} -->\n\n> {QUOTED}\n", WHY),  # next line
        (f"<!-- DesertCheck : Accept  qualifier-drift , mismatch :  {WHY}  -->\n{QUOTED}\n", WHY),
        (f"{QUOTED} <!-- desertcheck: accept period-drift: {WHY} -->\n", None),  # not its verdict
        (f"<!-- desertcheck: accept mismatch: {WHY} -->\n\nA line.\n\n{QUOTED}\n", None),
        (f"{QUOTED}\n<!-- desertcheck: accept mismatch: {WHY} -->\n", None),  # after, not before
    ],
)
def test_an_accepted_figure_keeps_its_verdict_and_does_not_fail(
    tmp_path: Path, text: str, accepted: str | None
) -> None:
    code, report, _ = audit(tmp_path, text)
    (item,) = report["items"]
    assert item["status"] == "mismatch"
    assert item["accepted"] == accepted
    assert report["summary"]["accepted"] == (1 if accepted else 0)
    assert code == (0 if accepted else 1)


def test_only_the_figures_of_its_line_are_accepted(tmp_path: Path) -> None:
    text = (
        f"{QUOTED} <!-- desertcheck: accept mismatch: {WHY} -->\n\n"
        "Courts heard 6,000 cases of going AWOL in 2023.\n"
    )
    _, report, _ = audit(tmp_path, text)
    assert [it["accepted"] for it in report["items"]] == [WHY, None]


def test_an_accepted_unsourced_figure_passes_strict(tmp_path: Path) -> None:
    text = "Our reader poll had 4,321 answers. <!-- desertcheck: accept unsourced: our poll -->\n"
    code, report, stderr = audit(tmp_path, text, "--strict")
    assert (code, report["items"][0]["accepted"], stderr) == (0, "our poll", "")


@pytest.mark.parametrize(
    ("comment", "said"),
    [
        ("<!-- desertcheck: accept mismatch -->", "it needs the verdicts and, after a colon, why"),
        ("<!-- desertcheck: accept: why -->", "it needs the verdicts and, after a colon, why"),
        ("<!-- desertcheck: accept mismatch:   -->", "it needs the verdicts and, after a colon"),
        ("<!-- desertcheck: accept supported: why -->", "supported is not a verdict it can accept"),
        ("<!-- desertcheck: accept mismach: why -->", "mismach is not a verdict it can accept"),
        # another word than accept, in the desk's language or misspelt: said, not passed over
        (
            "<!-- desertcheck: accepter mismatch: citation -->",
            "accepter is not a word audit reads there: it reads accept, in English",
        ),
        (
            "<!-- desertcheck: akzeptieren mismatch: Zitat -->",
            "akzeptieren is not a word audit reads there",
        ),
        ("<!-- desertcheck: ignore -->", "ignore is not a word audit reads there"),
        ("<!-- desertcheck: -->", "nothing follows desertcheck: it needs the word accept"),
        # an editor's own note: not told it is an accept
        ("<!-- desertcheck: rerun after the UN update -->", "rerun is not a word audit reads"),
    ],
)
def test_an_acceptance_that_cannot_be_read_is_noted_and_accepts_nothing(
    tmp_path: Path, comment: str, said: str
) -> None:
    code, report, stderr = audit(tmp_path, f"{QUOTED} {comment}\n")
    assert code == 1 and report["items"][0]["accepted"] is None
    what = (
        "accept"
        if "audit reads" not in said and "nothing follows" not in said
        else "desertcheck comment"
    )
    assert f"check.md:1: cannot read this {what} ({said}" in stderr, stderr


def test_an_acceptance_that_matches_no_figure_is_noted(tmp_path: Path) -> None:
    text = (
        "Over 50,000 soldiers have deserted since 2022. <!-- desertcheck: accept mismatch: x -->\n"
    )
    code, report, stderr = audit(tmp_path, text)
    assert code == 0 and report["items"][0]["status"] == "supported"
    assert "check.md:1: accepts mismatch, but no figure on line 1 is one" in stderr


def test_the_formats_for_people_and_ci_say_it_is_accepted(tmp_path: Path) -> None:
    draft = tmp_path / "check.md"
    draft.write_text(f"{QUOTED} <!-- desertcheck: accept mismatch: {WHY} -->\n")
    table = invoke("audit", str(draft), "--no-cache", env={"COLUMNS": "200"})
    assert "✗ mismatch (accepted)" in table.stdout
    assert f"accepted in the draft: {WHY}" in table.stdout
    assert "1 figure in 1 draft: 1 mismatch (1 accepted in the draft)" in table.stdout
    github = invoke("audit", str(draft), "--no-cache", "--format", "github")
    assert github.stdout.startswith("::notice ")
    markdown = invoke("audit", str(draft), "--no-cache", "--format", "markdown")
    assert "| ✗ mismatch (accepted) |" in markdown.stdout


def test_a_comment_that_is_not_an_acceptance_is_left_alone() -> None:
    text = "<!-- desertcheck is great -->\n<!-- accept mismatch: x -->\nText.\n"
    assert acceptances(text) == ([], [])
