"""A draft saved as YAML (a chart's data) is read as a JSON draft is: a point's mapping one
figure with its label, qualifier, unit and period; a note's text prose; a chart's width,
version, id, position and colours no figures. The files are written for these tests; the
claims are the shipped registry's."""

from __future__ import annotations

import time

import pytest

from desertcheck.audit.yaml_drafts import is_yaml, read_yaml

from .test_audit_mail_notebook import placed as placed_in


def placed(text: str) -> list[tuple[int, str, str, str | None]]:
    return placed_in(text, "chart.yaml")


@pytest.mark.parametrize(
    ("chart", "expected"),
    [
        # a point's qualifier and unit are its own; the chart's sizes no figures
        (
            "chart_id: gfx-0412\nversion: '3.2'\nwidth: 640\nheight: 420\nfont_size: 13\n"
            "palette:\n  primary: '#b03a2e'\nseries:\n  - id: districts\n    points:\n"
            "      - {label: Southern, value: 22580, unit: cases, qualifier: nearly, "
            "period: to December 2024}\n"
            "      - label: Leningrad\n        value: 3050\n        qualifier: over\n"
            "        period: to December 2024\n",
            [
                (
                    11,
                    "22580",
                    "supported",
                    "euaa-frontelligence-desertions-southern-md-dec-2024",
                ),
                (13, "3050", "supported", "euaa-frontelligence-desertions-leningrad-md-dec-2024"),
            ],
        ),
        # a note's text is prose, on its line; its position no figure
        (
            "annotations:\n  - id: note-1\n    x: 0.62\n"
            '    text: "The UN puts desertions at over 50,000 since 2022."\n'
            "notes: |\n  Mediazona counted 18,159 AWOL cases to June 2025.\n",
            [
                (4, "over 50,000", "supported", "euaa-un-desertions-since-2022"),
                (6, "18,159", "supported", "isl-mediazona-awol-cases"),
            ],
        ),
        # a value grouped by underscores is read whole, placed on its line
        (
            "points:\n  - label: AWOL cases to June 2025\n    value: 18_159\n",
            [(3, "18_159", "supported", "isl-mediazona-awol-cases")],
        ),
    ],
)
def test_a_yaml_draft_is_read_as_its_values(
    chart: str, expected: list[tuple[int, str, str, str | None]]
) -> None:
    got = placed(chart)
    assert [(line, status, claim) for line, _, status, claim in got] == [
        (line, status, claim) for line, _, status, claim in expected
    ]


@pytest.mark.parametrize(
    ("chart", "read"),
    [
        ("a:\n  - {label: AWOL cases, value: 18159}\n", "\n\nAWOL cases: 18159.\n"),
        ("x: 0.62\ncolour: red\nfill: '#fff'\nn: 5\n", "\n\nn: 5.\n"),
        ("note: 'over 16,000 cases'\n", "\n\nover 16,000 cases\n"),
        ("note: >\n  over 16,000\n  in 2024\n", "\n\n  over 16,000\n  in 2024\n\n"),
        # a number grouped by underscores is the number YAML reads; words stay words
        ("a:\n  - {label: AWOL cases, value: 18_159}\n", "\n\nAWOL cases: 18159.\n"),
        ("n: 1_000.5\nm: nan\n", "\n\nn: 1000.5.\n"),
    ],
)
def test_values_are_read_as_a_json_drafts(chart: str, read: str) -> None:
    got = read_yaml(chart)
    assert got is not None
    assert got.text == read


def test_a_file_that_is_no_yaml_is_read_as_it_stands() -> None:
    assert read_yaml("a: [1, 2\nb: }") is None
    assert read_yaml("[" * 200 + "1" + "]" * 200) is None
    assert is_yaml("chart-data.YML") and not is_yaml("draft.md")


def test_aliases_are_read_once() -> None:
    """A "billion laughs": each level names the one before nine times."""
    lines = ['a0: &a0 ["over 16,000 cases"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 12)]
    start = time.process_time()
    got = read_yaml("\n".join(lines) + "\n")
    assert time.process_time() - start < 5
    assert got is not None and got.text.count("16,000") == 1
