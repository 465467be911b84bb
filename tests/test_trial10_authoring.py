"""``add claim`` in a registry whose desertcheck.toml declares its scopes: only those are
offered and another is refused, as a non-slug is, before anything is written; the list
of slugs offered is folded to the terminal's width."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from desertcheck.authoring.claim import ClaimError, ClaimOptions, add_claim
from desertcheck.cli import app
from desertcheck.cli.add import fold
from desertcheck.registry import load_registry

from .conftest import cli_runner, one_source

SOURCE = """---
title: "Annual report 2024"
publisher: "Lakeside Police Department"
language: "en"
published: "2025-03-10"
---
The median response time was 6.8 minutes.
"""

TOML = """[vocabulary.scopes]
lakeside-city = "The City of Lakeside"
lakeside-police = "Lakeside Police Department"
"""

QUOTE = "The median response time was 6.8 minutes"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    one_source(tmp_path, SOURCE, "police")
    (tmp_path / "desertcheck.toml").write_text(TOML, "utf-8")
    return tmp_path


class Asker:
    """Answers in order, keeping each question asked and the slugs offered."""

    def __init__(self, answers: list[str]) -> None:
        self.answers = answers
        self.asked: list[tuple[str, str, Sequence[str]]] = []

    def __call__(self, name: str, question: str, choices: Sequence[str]) -> str:
        self.asked.append((name, question, choices))
        return self.answers.pop(0)


def test_a_declared_scope_is_offered_and_an_undeclared_one_refused(root: Path) -> None:
    ask = Asker(["response-time", "lakeside-polic", "lakeside-polic", "lakeside-police", "2024"])
    registry = load_registry(root).registry
    add_claim(registry, ClaimOptions("police", QUOTE), ask)
    scopes = [(q, c) for name, q, c in ask.asked if name == "scope"]
    assert len(scopes) == 3  # asked again each time, never "type it again to add it"
    assert list(scopes[0][1]) == ["lakeside-city", "lakeside-police"]
    assert getattr(scopes[0][1], "label", "") == "declared in desertcheck.toml"
    assert scopes[1][0].startswith(
        "'lakeside-polic' is not declared in [vocabulary.scopes] of desertcheck.toml "
        "(did you mean 'lakeside-police'?)"
    )
    written = (root / "claims" / "police.yaml").read_text("utf-8")
    assert "scope: lakeside-police" in written and "lakeside-polic\n" not in written


def test_an_undeclared_scope_given_as_an_option_is_refused(root: Path) -> None:
    registry = load_registry(root).registry
    options = ClaimOptions(
        "police", QUOTE, measure="response-time", scope="lakeside-polic", period="2024"
    )
    with pytest.raises(ClaimError, match=r"^--scope 'lakeside-polic' is not declared"):
        add_claim(registry, options, None)
    assert not (root / "claims" / "police.yaml").exists()
    r = cli_runner().invoke(
        app,
        [
            *("add", "claim", "--source", "police", "--quote", QUOTE, "--root", str(root)),
            *("--measure", "response-time", "--scope", "lakeside-polic", "--period", "2024"),
        ],
    )
    assert r.exit_code == 2
    assert "did you mean 'lakeside-police'?" in r.stderr and "nothing was written" in r.stderr
    # in a pipe, the options to pass name the declared scopes
    r = cli_runner().invoke(
        app, ["add", "claim", "--source", "police", "--quote", QUOTE, "--root", str(root)]
    )
    assert r.exit_code == 2
    assert "--scope SLUG (declared in desertcheck.toml: lakeside-city, lakeside-police)" in (
        " ".join(r.stderr.split())
    )


def test_the_slugs_offered_are_folded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    slugs = ", ".join(f"some-long-measure-{i}" for i in range(12))
    lines = fold(f"in use: {slugs}").splitlines()
    assert len(lines) > 1 and all(len(line) < 80 for line in lines)
    assert lines[0].startswith("  in use: ") and all(x.startswith("    ") for x in lines[1:])
