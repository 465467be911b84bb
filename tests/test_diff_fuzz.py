"""diff against its oracle, edit by edit (tests/diff_fuzz.py): realistic edits of the
shipped registry committed in git, and what ``diff HEAD~1 HEAD`` says of each compared
with ``verify --no-cache`` of a checkout of either side, with itself cold, warm, from the
cache of earlier edits and without a cache, with ``--dirs`` of the two checkouts, and its
exit code with the documented rule.

A small budget by default (well under a minute); ``DESERTCHECK_FUZZ=N`` runs N random
edits more (``python -m tests.diff_fuzz N SEED`` runs them outside pytest).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from . import diff_fuzz
from .conftest import isolated_git

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

#: Edits of every kind the fuzzer makes, each once, with how it is committed.
TABLE = [
    (["value", "rename-and-edit"], 3, "forward"),
    (["source-text", "rename-source"], 5, "reverse"),
    (["tolerance", "ignore", "move"], 2, "forward"),
    (["duplicate", "same-id-new-file", "delete"], 7, "chain"),
    (["invalid-yaml", "rename-file", "relation"], 11, "forward"),
    (["quote-word", "period", "qualifier", "accept"], 13, "reverse"),
    (["source-id", "severity", "front-matter"], 17, "forward"),
    (["origin-drop", "sha-drop", "crlf", "delete-file", "toml-invalid"], 19, "chain"),
    (["rename", "source-text", "vocabulary", "copy-file"], 23, "worktree"),
    (["exclusion-drop", "odd-file"], 29, "reverse"),
]
EXTRA = int(os.environ.get("DESERTCHECK_FUZZ", "0") or 0)


@pytest.fixture
def lab(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> diff_fuzz.Lab:
    isolated_git(monkeypatch, tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    return diff_fuzz.Lab(tmp_path / "lab")


def check(lab: diff_fuzz.Lab, kinds: list[str], seed: int, mode: str) -> None:
    out = lab.trial(kinds, seed, mode)
    assert out is None or out.problems == [], (kinds, seed, mode, out.edits)


def test_every_kind_of_edit_is_made() -> None:
    assert {k for kinds, _, _ in TABLE for k in kinds} == set(diff_fuzz.EDITS)


def test_diff_agrees_with_verify_on_a_table_of_edits(lab: diff_fuzz.Lab) -> None:
    for kinds, seed, mode in TABLE:
        check(lab, kinds, seed, mode)


def test_diff_agrees_with_verify_on_random_edits(lab: diff_fuzz.Lab) -> None:
    @settings(
        max_examples=1 + EXTRA,
        derandomize=not EXTRA,
        suppress_health_check=[HealthCheck.too_slow],
        deadline=None,
        # a trial takes seconds: in the default budget a failure is reported as found, not
        # shrunk for many minutes (DESERTCHECK_FUZZ runs, read by a person, shrink it)
        phases=list(Phase) if EXTRA else [Phase.explicit, Phase.reuse, Phase.generate],
    )
    @given(
        kinds=st.lists(st.sampled_from(sorted(diff_fuzz.EDITS)), min_size=1, max_size=3),
        seed=st.integers(0, 1 << 30),
        mode=st.sampled_from(["forward", "reverse", "chain", "worktree"]),
    )
    def one(kinds: list[str], seed: int, mode: str) -> None:
        check(lab, kinds, seed, mode)

    one()


def test_the_oracle_sees_a_wrong_diff(lab: diff_fuzz.Lab, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fuzzer finds a diff that leaves out what it introduces."""
    import dataclasses

    import desertcheck.diff
    from desertcheck.diff import comparison

    real = comparison.compare

    def forgetful(*args: object, **kwargs: object) -> object:
        return dataclasses.replace(real(*args, **kwargs), introduced=())  # type: ignore[arg-type]

    monkeypatch.setattr(comparison, "compare", forgetful)
    monkeypatch.setattr(desertcheck.diff, "compare", forgetful)
    out = lab.trial(["value"], 3, "forward")
    assert out is not None and any(p.startswith("introduced") for p in out.problems)
