"""Shell completion, called as the shell calls it: a process with the completion variables."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from desertcheck.cli.complete import scan
from desertcheck.registry import load_registry

from .conftest import FIXTURES, PROJECT

# (rich is not among them: typer before 0.16 imports it with itself)
HEAVY = ("pydantic", "rapidfuzz", "yaml", "desertcheck.checks", "desertcheck.audit")


def complete(words: str, cword: int, cwd: Path = PROJECT, shell: str = "bash") -> list[str]:
    """What bash gets back for ``COMP_WORDS=words`` and ``COMP_CWORD=cword``."""
    env = {
        **{k: v for k, v in os.environ.items() if k != "DESERTCHECK_ROOT"},
        "_DESERTCHECK_COMPLETE": f"complete_{shell}",
        "COMP_WORDS": words,
        "COMP_CWORD": str(cword),
    }
    out = subprocess.run(
        [sys.executable, "-m", "desertcheck"],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.splitlines()


def test_bash_completes_claim_ids_of_the_registry_here() -> None:
    got = complete("desertcheck show nge-un-deserti", 2)
    assert got == [
        "nge-un-desertions-since-2022",
        "nge-un-desertion-prosecutions-since-2022",
        "nge-un-desertion-convictions-2024",
    ]
    every = complete("desertcheck show ", 2)
    assert every == [c.id for c in load_registry(PROJECT).registry.claims]


def test_completion_reads_root_and_other_options() -> None:
    root = FIXTURES / "verify" / "contradiction"
    assert complete(f"desertcheck --root {root} show d", 4) == ["desertions", "desertions-other"]
    assert complete(f"desertcheck verify --root {root} --claim conv", 5) == [
        "convictions",
        "convictions-again",
    ]
    assert complete("desertcheck fingerprint moscow", 2) == ["moscow-times-proekt-2024"]
    assert complete("desertcheck list --source nov", 3) == ["novaya-gazeta-europe-un-report"]
    assert "russian-armed-forces" in complete("desertcheck list --scope russian-a", 3)
    assert complete("desertcheck export --measure desertion-c", 3) == [
        "desertion-convictions",
        "desertion-cases",
        "desertion-cases-opened",
    ]
    assert complete("desertcheck verify --select quote-not-found,value", 3) == [
        "quote-not-found,value-not-in-quote"
    ]
    assert complete("desertcheck verify --ignore accept", 3) == ["accept-unused"]


@pytest.mark.parametrize("words", ["show", "init", "cache clear", "add source", "verify"])
def test_every_command_completes_the_no_cache_it_takes(words: str) -> None:
    """`show --no-cache` was taken when run but not offered by TAB (the option was added
    to a command only as it was about to run, which completion never does)."""
    line = f"desertcheck {words} --"
    assert "--no-cache" in complete(line, len(line.split()) - 1)


def test_completion_outside_any_registry_offers_nothing(tmp_path: Path) -> None:
    assert not any(complete("desertcheck show ", 2, cwd=tmp_path))


def test_zsh_completion_works_too() -> None:
    env_words = "desertcheck show nge-un-desertions"
    env = {
        **os.environ,
        "_DESERTCHECK_COMPLETE": "complete_zsh",
        "_TYPER_COMPLETE_ARGS": env_words,
    }
    out = subprocess.run(
        [sys.executable, "-m", "desertcheck"], env=env, cwd=PROJECT, capture_output=True, text=True
    )
    assert "nge-un-desertions-since-2022" in out.stdout


def test_the_completion_path_loads_nothing_heavy() -> None:
    """No registry loading, no checks, no audit: completion runs on every TAB."""
    code = (
        "import sys\n"
        "from desertcheck.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print([m for m in sys.modules if m.startswith({HEAVY!r})], file=sys.stderr)\n"
    )
    env = {
        **os.environ,
        "_DESERTCHECK_COMPLETE": "complete_bash",
        "COMP_WORDS": "desertcheck show nge",
        "COMP_CWORD": "2",
    }
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=PROJECT, capture_output=True, text=True
    )
    assert out.stdout.strip() and out.stderr.strip().splitlines()[-1] == "[]"


def test_show_completion_prints_a_script() -> None:
    # typer finds the shell among the process's ancestors (shellingham), and a test run
    # may have none (started by a service, or left by its shell): bash is made the parent
    # here ("; exit $?" keeps bash from replacing itself with the command)
    command = f"{shlex.quote(sys.executable)} -m desertcheck --show-completion bash; exit $?"
    out = subprocess.run(
        ["bash", "-c", command],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        env={**os.environ, "SHELL": "/bin/bash"},
    )
    assert out.returncode == 0 and "_DESERTCHECK_COMPLETE" in out.stdout


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("id", ["a-b", "c"]),
        ("measure", ["deaths", "quoted"]),
        ("tags", ["x", "y", "z"]),
    ],
)
def test_scan_reads_block_style_claims_only(tmp_path: Path, field: str, expected: list) -> None:
    (tmp_path / "claims" / "sub").mkdir(parents=True)
    (tmp_path / "claims" / "sub" / "one.yaml").write_text(
        "# a comment\nclaims:\n  - id: a-b   # trailing comment\n    measure: deaths\n"
        "    tags: [x, y]\n    accept:\n      - code: contradiction\n        reason: r\n"
        "  - measure: 'quoted'\n    id: \"c\"\n    tags: [z, x]\n"
        "relations:\n  - id: not-a-claim\n    kind: sum\n",
        encoding="utf-8",
    )
    assert scan(tmp_path, field) == expected
