"""``--search``: the text as written, or every word of it in some form."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from desertcheck.selection import search_terms
from desertcheck.text.wordforms import root

from .test_cli import invoke


def claim(statement: str, quote: str = "", measure: str = "count", id: str = "x") -> Any:
    return SimpleNamespace(statement=statement, quote=quote, measure=measure, id=id)


@pytest.mark.parametrize(
    ("words", "same"),
    [
        (["prosecuted", "prosecutions", "prosecutor", "prosecution"], "prosecut"),
        (["deserted", "deserters", "desertion", "desertions"], "desert"),
        (["convicted", "convictions"], "convict"),
        (["mobilisation", "mobilization", "mobilised"], None),
    ],
)
def test_forms_of_one_word_meet(words: list[str], same: str | None) -> None:
    roots = {root(w) for w in words}
    if same is not None:
        assert roots == {same}
    for w in words:  # each finds the others, written without it
        others = " ".join(x for x in words if x != w)
        assert search_terms(w).found_in(claim(others)), (w, others)


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("prosecuted", "Some 16,000 of the deserters have been prosecuted.", True),
        ("prosecuted", "16,000 prosecutions were opened.", True),
        ("PROSECUTIONS", "They were prosecuted in 2024.", True),
        ("prosecut", "16,000 prosecutions", True),  # a beginning, as before
        ("convictions 2024", "In 2024, 13,500 people were convicted.", True),
        ("convictions 2023", "In 2024, 13,500 people were convicted.", False),
        ("went awol", "He left his unit without leave.", False),  # every word must be there
        ("deserters", "Desertion cases rose.", True),
        ("case", "A cascade of failures.", False),  # a short word never begins another
        ("16", "16,000 cases", True),
        ("160", "16,000 cases", False),  # numbers only as written
        ("16,000", "some 16,000 cases", True),
        ("soldiers deployed", "of the troops deployed to Ukraine", False),
        ("troops deploy", "of the troops deployed to Ukraine", True),
        ("awol", "x", True),  # the measure counts
        ("", "anything", True),
    ],
)
def test_search_table(query: str, text: str, found: bool) -> None:
    c = claim(text, measure="awol-cases" if text == "x" else "count")
    assert search_terms(query).found_in(c) is found


def test_search_finds_word_forms_in_the_shipped_registry() -> None:
    r = invoke("list", "--search", "prosecuted", "--format", "csv")
    assert r.exit_code == 0, r.output
    ids = [line.split(",")[0] for line in r.stdout.splitlines()[1:]]
    assert "nge-un-desertion-prosecutions-since-2022" in ids
    assert "euaa-un-desertion-prosecutions-2024" in ids
