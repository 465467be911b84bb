"""A table whose cells are prose (a script's PICTURE | SOUND columns) is read as prose: each
cell a passage of its own, each row a block whose cells are each other's context; a data
table stays a data table. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.prose_tables import one_period, prose_table_lines, split_at_cells
from desertcheck.draft import sentences

from .test_audit_reading2 import judge

SCRIPT = """\
# Film notes: the men who left

| PICTURE | SOUND |
|---|---|
| Archive footage of a barracks at dawn, trucks leaving the gate | NARRATOR: Since Russia's \
full-scale invasion in 2022, more than fifty thousand men have deserted, according to the UN. |
| Lower third: "Moscow district, to Dec 2024: ~7,800" | NARRATOR: In the Moscow district \
alone, close to eight thousand desertions were counted. |
| Bars for absence convictions: "pre-war 2021: 527 → wartime total: 4,373" | NARRATOR: \
Convictions for going absent climbed from five hundred and twenty-seven before the war. |
"""


@pytest.mark.parametrize(
    ("table", "prose"),
    [
        (SCRIPT, True),
        # a cell left empty (no picture for a line) is no data
        ("| VISUAL | AUDIO |\n|---|---|\n|  | VO: The men left their units at night. |\n", True),
        # data: bare figures and years in cells
        ("| District | Cases |\n|---|---|\n| Southern | 22,580 |\n| Moscow | 7,800 |\n", False),
        ("| Year | Convictions |\n|---|---|\n| 2021 | 527 |\n", False),
        # a data table with a column of notes is still data
        (
            "| Offence | Cases | Note |\n|---|---|---|\n"
            "| Going absent | 18,159 | most of them since the mobilisation began |\n",
            False,
        ),
        # a table of short labels is not prose
        ("| Source | Measure |\n|---|---|\n| Mediazona | court cases |\n", False),
    ],
)
def test_a_table_of_prose_cells(table: str, prose: bool) -> None:
    lines = table.split("\n")
    rows = [n for n, line in enumerate(lines) if line.startswith("|")]
    assert prose_table_lines(lines) == (frozenset(rows) if prose else frozenset())


def test_each_cell_is_a_passage_of_its_own() -> None:
    text = "| Footage of a gate | VO: They left. Nobody stopped them. |\n"
    rows = frozenset({0})
    cut = split_at_cells(sentences(text, text), text, rows)
    assert [text[a:b] for a, b in cut] == [
        "Footage of a gate",
        "VO: They left.",
        "Nobody stopped them.",
    ]
    # outside a prose table nothing is cut
    assert split_at_cells(sentences(text, text), text, frozenset()) == sentences(text, text)


@pytest.mark.parametrize(
    ("row", "one"),
    [
        ('| GFX: "16,000 PROSECUTED (since 2022)" | VO: Some sixteen thousand. |', True),
        ("| Footage of a gate | VO: They left. |", False),  # no period at all
        ('| Bars: "2021 — 527 → wartime 4,373" | VO: It rose. |', False),  # a year, a period
        ("| in 2023 | VO: since 2022, more. |", False),  # two periods
    ],
)
def test_a_row_gives_its_cells_one_period_only(row: str, one: bool) -> None:
    assert one_period(row) is one


def test_a_script_read_as_prose() -> None:
    got = {(text, status, claim) for text, status, claim in judge(SCRIPT)}
    # "since Russia's full-scale invasion in 2022": since 2022, not in 2022
    assert (
        "more than fifty thousand",
        "supported",
        "nge-un-desertions-since-2022",
    ) in got
    # the graphic's terse figure and the narrator's words, one row: each other's context
    assert ("~7,800", "supported", "euaa-frontelligence-desertions-moscow-md-dec-2024") in got
    assert (
        "close to eight thousand",
        "supported",
        "euaa-frontelligence-desertions-moscow-md-dec-2024",
    ) in got
    # "2021: 527 → wartime total: 4,373": two clauses, and the row gives no period to its cells
    assert ("527", "supported", "mt-proekt-awol-convictions-2021") in got
    assert ("4,373", "supported", "mt-proekt-awol-convictions-wartime") in got
    assert (
        "five hundred and twenty-seven",
        "supported",
        "mt-proekt-awol-convictions-2021",
    ) in got


def test_a_data_table_keeps_its_reading() -> None:
    draft = (
        "Desertion cases by military district, to December 2024:\n\n"
        "| District | Cases (approx.) |\n|---|---|\n| Moscow | 7,800 |\n"
    )
    assert judge(draft) == [
        ("7,800", "supported", "euaa-frontelligence-desertions-moscow-md-dec-2024")
    ]
