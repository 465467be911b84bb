"""A page proof's words hyphenated across a line's end are joined ("Near-" over "ly
22,580"), and a figure whose qualifier ends the line above is placed at its number."""

from __future__ import annotations

import pytest

from desertcheck.audit.placing import number_start
from desertcheck.draft import blank
from desertcheck.hyphens import joined
from desertcheck.quantity import parse_quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("found 50,500. Near-\nly 22,580 came", "found 50,500. Nearly\n  22,580 came"),
        ("   pre-\n   fer 1,010 charges", "   prefer\n     1,010 charges"),
        # a word away from any figure is left
        ("help from sol-\ndiers since", "help from sol-\ndiers since"),
        # a compound broken at its hyphen keeps it
        ("a 29-year-\nold from Orenburg", "a 29-year-old\n from Orenburg"),
        # near misses: a dash after a space, a capital or a digit after the break
        ("so -\nthen", "so -\nthen"),
        ("East-\nAsia", "East-\nAsia"),
        ("pre-\n2022 figures", "pre-\n2022 figures"),
        # two columns side by side: the next line opens the left column
        (
            "killed or injured      requests for help from sol-\ncombatants.       diers since",
            "killed or injured      requests for help from sol-\ncombatants.       diers since",
        ),
    ],
)
def test_joined(text: str, expected: str) -> None:
    assert joined(text) == expected
    assert len(expected) == len(text) and expected.count("\n") == text.count("\n")


@pytest.mark.parametrize(
    ("text", "figure", "qualifier"),
    [
        ("Insight found 50,500. Near-\nly 22,580 came from the south.", "22,580", "nearly"),
        ("a 29-year-\nold from Orenburg", None, None),
    ],
)
def test_broken_words_read(text: str, figure: str | None, qualifier: str | None) -> None:
    found = [q for q in parse_quantities(blank(text)) if q.text.endswith("22,580")]
    if figure is None:
        assert "29-year-old" in blank(text)
    else:
        assert [(q.text.split()[-1], q.qualifier) for q in found] == [(figure, qualifier)]


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        ("the Leningrad district over\n3,050. Then", "3,050"),
        ("about 1,000 new cases", "about 1,000"),
        # near miss: a range broken after its first number stays at its start
        ("15,000 to\n20,000 cases", "15,000 to\n20,000"),
        # in words: at the first word after the break (a subtitle's cue ends "nearly")
        ("That is nearly\nten per cent of them", "ten per cent"),
        ("It was over\n  fifty thousand", "fifty thousand"),
        ("nearly ten per cent", "nearly ten"),
    ],
)
def test_placed_at_number(text: str, placed: str) -> None:
    (q,) = parse_quantities(text)
    assert text[number_start(q) :].startswith(placed)
