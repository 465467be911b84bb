"""Found in a user trial: an accept comment naming a verdict it cannot accept ("accept
drift: typo") was answered with the example's `mismatch`, a verdict the editor did not
mean. The note now names the verdicts it can accept, and the closest when one is
(:mod:`desertcheck.audit.accepting`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desertcheck.audit.accepting import ACCEPTABLE

from .conftest import PROJECT
from .test_cli import invoke

QUOTED = "More than 60,000 soldiers have deserted since 2022."  # the UN says over 50,000
EVERY = "the verdicts it can accept are " + ", ".join(ACCEPTABLE[:-1]) + f" and {ACCEPTABLE[-1]}"


def note(tmp_path: Path, comment: str) -> str:
    draft = tmp_path / "acc.md"
    draft.write_text(f"{QUOTED} {comment}\n", encoding="utf-8")
    r = invoke("audit", "--root", str(PROJECT), "--no-cache", "-q", str(draft))
    assert r.exit_code == 1  # the mismatch is not accepted
    (line,) = [ln for ln in r.stderr.splitlines() if "cannot read this accept" in ln]
    return line


@pytest.mark.parametrize(
    ("verdicts", "closest"),
    [
        ("drift", ": did you mean qualifier-drift or period-drift?"),
        ("mismach", ": did you mean mismatch?"),
        ("qualifier-mismatch", ": did you mean qualifier-drift or mismatch?"),
        ("unsupported", ": did you mean unsourced?"),
        ("supported", ""),  # nothing close: a supported figure needs no accepting
    ],
)
def test_a_verdict_it_cannot_accept_is_answered_with_those_it_can(
    tmp_path: Path, verdicts: str, closest: str
) -> None:
    said = note(tmp_path, f"<!-- desertcheck: accept {verdicts}: typo -->")
    assert said == (
        f"desertcheck: note: {tmp_path / 'acc.md'}:1: cannot read this accept "
        f"({verdicts} is not a verdict it can accept{closest}); {EVERY}"
    )
    assert "accept mismatch: the claim under review" not in said


def test_a_comment_without_its_reason_still_shows_the_example(tmp_path: Path) -> None:
    said = note(tmp_path, "<!-- desertcheck: accept period-drift -->")
    assert said.endswith(
        "(it needs the verdicts and, after a colon, why); "
        "write <!-- desertcheck: accept mismatch: the claim under review -->"
    )
