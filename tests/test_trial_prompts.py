"""``add claim`` on a terminal: each question says what it expects and what Enter gives,
and a bad answer is asked again with the reason, never written."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from desertcheck.authoring.claim import ClaimError, ClaimOptions, add_claim
from desertcheck.registry import load_registry

from .conftest import one_source

SOURCE = """---
title: "Budget"
publisher: "Eastmoor Borough Council"
language: "en"
published: "2025-02-27"
---
The council will spend £14.6 million on children's homes.

In 2024-25 the council spent £13.1 million on them, up from £12 million.

Spending rose from £9 million to £11 million.
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    one_source(tmp_path, SOURCE)
    return tmp_path


class Asker:
    """Answers in order, keeping each question asked."""

    def __init__(self, answers: list[str]) -> None:
        self.answers = answers
        self.asked: list[tuple[str, str]] = []

    def __call__(self, name: str, question: str, choices: Sequence[str]) -> str:
        self.asked.append((name, question))
        return self.answers.pop(0)


def claims_file(root: Path) -> Path:
    return root / "claims/budget.yaml"


def test_a_bad_slug_is_asked_again_with_the_reason(root: Path) -> None:
    ask = Asker(["Children's Homes", "", "childrens-homes", "eastmoor", "2025-04/2026-03"])
    registry = load_registry(root).registry
    add_claim(registry, ClaimOptions("budget", "spend £14.6 million on children's homes"), ask)
    questions = [q for name, q in ask.asked if name == "measure"]
    assert len(questions) == 3
    assert questions[0].startswith("measure: what is counted (a slug")
    assert questions[1].startswith(
        '"Children\'s Homes" is not a slug: use lowercase letters, digits and single hyphens, '
        "like children-s-homes\n"
    )
    assert questions[2].startswith("give the measure\n")


def test_a_bad_period_is_asked_again_with_how_to_write_it(root: Path) -> None:
    ask = Asker(["m", "s", "2025/26", "2025-04/2026-03"])
    registry = load_registry(root).registry
    result = add_claim(registry, ClaimOptions("budget", "£14.6 million on children's homes"), ask)
    (first, again) = [q for name, q in ask.asked if name == "period"]
    assert "(the sentence names none; the source is of 2025-02-27)" in first
    assert "[Enter" not in first  # no period read from the sentence: nothing to take
    assert "did you mean 2025-04/2026-03 for a UK financial year" in again
    assert 'period: "2025-04/2026-03"' in result.yaml


def test_enter_takes_the_period_read_from_the_sentence(root: Path) -> None:
    ask = Asker(["m", "s", ""])
    registry = load_registry(root).registry
    result = add_claim(registry, ClaimOptions("budget", "the council spent £13.1 million"), ask)
    (question,) = [q for name, q in ask.asked if name == "period"]
    assert question.endswith("[Enter: 2024/2025]")
    assert 'period: "2024/2025"' in result.yaml


def test_three_bad_answers_write_nothing(root: Path) -> None:
    ask = Asker(["m", "s", "soon", "2025/26", "last year"])
    registry = load_registry(root).registry
    with pytest.raises(ClaimError, match=r"no valid period given in 3 tries .* pass --period"):
        add_claim(registry, ClaimOptions("budget", "£14.6 million on children's homes"), ask)
    assert not claims_file(root).exists()


@pytest.mark.parametrize(
    ("answers", "value"),
    [
        (["2"], 11_000_000),
        (["£9 million"], 9_000_000),
        (["3", "1"], 9_000_000),  # out of range: asked again
        (["the first", "2"], 11_000_000),
    ],
)
def test_the_figure_is_chosen_by_its_number_or_its_words(
    root: Path, answers: list[str], value: int
) -> None:
    ask = Asker([*answers, "m", "s", "2025"])
    registry = load_registry(root).registry
    result = add_claim(registry, ClaimOptions("budget", "from £9 million to £11 million"), ask)
    figure_questions = [q for name, q in ask.asked if name == "figure"]
    assert figure_questions[0] == "which figure of the quote (1: £9 million; 2: £11 million)"
    assert len(figure_questions) == len(answers)
    if len(answers) > 1:
        assert "is not one of them: give its number, 1 to 2" in figure_questions[1]
    assert f"value: {value}" in result.yaml


def test_no_figure_chosen_writes_nothing(root: Path) -> None:
    ask = Asker(["x", "y", "z"])
    registry = load_registry(root).registry
    with pytest.raises(ClaimError, match="no figure chosen in 3 tries: choose one with --value"):
        add_claim(registry, ClaimOptions("budget", "from £9 million to £11 million"), ask)
    assert not claims_file(root).exists()


def test_the_terminal_lists_the_slugs_in_use_once(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from desertcheck.cli import add

    monkeypatch.setattr(add.sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(add.typer, "prompt", lambda text, **kw: "")
    ask = add.ask_on_terminal()
    assert callable(ask)
    ask("measure", "measure?", ["bus-trips"])
    ask("measure", "again: measure?", ["bus-trips"])
    assert capsys.readouterr().err.count("in use: bus-trips") == 1


def test_add_source_asks_again_for_an_empty_required_field(root: Path, tmp_path: Path) -> None:
    from desertcheck.authoring.source import SourceError, SourceOptions, add_source

    doc = tmp_path / "release.txt"
    doc.write_text("Council tax will rise by 4.99%.\n", "utf-8")
    registry = load_registry(root).registry
    ask = Asker(["", "Budget release", "", "", ""])
    with pytest.raises(SourceError, match="no publisher given: pass --publisher NAME"):
        add_source(registry, str(doc), SourceOptions(id="release"), ask)
    assert not (root / "sources/release.md").exists()
    assert ask.asked[0] == (
        "title",
        "title of the document (required: as the document titles itself)",
    )
    assert ask.asked[1][1].startswith("the title is required\n")
    ask = Asker(["Budget release", "Eastmoor Borough Council", "en"])
    got = add_source(registry, str(doc), SourceOptions(id="release"), ask)
    assert got.asked == ("title", "publisher", "language")
    assert ask.asked[2] == ("language", "language of the document (required: a tag: en, ru, ...)")


def _with_measure(root: Path) -> None:
    """A registry whose one claim has the measure ``childrens-homes-spending``."""
    ask = Asker(["childrens-homes-spending", "eastmoor", "2025-04/2026-03"])
    registry = load_registry(root).registry
    add_claim(registry, ClaimOptions("budget", "spend £14.6 million on children's homes"), ask)


@pytest.mark.parametrize(
    ("second", "measure"),
    [
        ("childrens-homes-spendng", "childrens-homes-spendng"),  # typed again: taken
        ("childrens-homes-spending", "childrens-homes-spending"),  # the slug in use instead
    ],
)
def test_a_new_slug_almost_one_in_use_is_asked_once_more(
    root: Path, second: str, measure: str
) -> None:
    # found in a user trial: "war-duraton" typed for "war-duration" was taken silently
    _with_measure(root)
    registry = load_registry(root).registry
    ask = Asker(["childrens-homes-spendng", second, "eastmoor", "2024-04/2025-03"])
    result = add_claim(registry, ClaimOptions("budget", "spent £13.1 million on them"), ask)
    questions = [q for name, q in ask.asked if name == "measure"]
    assert len(questions) == 2
    assert questions[1].startswith(
        "'childrens-homes-spendng' is new, and almost 'childrens-homes-spending' (one letter "
        "apart): type it again to add it"
    )
    assert f"measure: {measure}" in result.yaml
    noted = any("is new, and almost 'childrens-homes-spending'" in n for n in result.notes)
    assert noted is (measure != "childrens-homes-spending")
