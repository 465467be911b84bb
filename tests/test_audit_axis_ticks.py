"""A chart block's axis line holds ticks, not statistics; a sentence about an axis, and a
label line with one figure, are read."""

from __future__ import annotations

import pytest

from desertcheck.audit.axis_ticks import axis_spans

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "ticks"),
    [
        ("y-axis: 0 · 5,000 · 10,000 · 15,000 · 20,000", [" 0 · 5,000 · 10,000 · 15,000 · 20,000"]),
        ("x axis: 2021, 2022, 2023", [" 2021, 2022, 2023"]),
        ("ticks: 0 / 25 / 50 / 75 / 100", [" 0 / 25 / 50 / 75 / 100"]),
        # near misses: prose about an axis; an axis label with a single figure
        ("The y-axis: runs to 25,000 cases", []),
        ("axis: 5,000 cases", []),
        ("Over 50,000 deserted; the y-axis shows 0, 25,000 and 50,000.", []),
    ],
)
def test_axis_spans(text: str, ticks: list[str]) -> None:
    assert [text[a:b] for a, b in axis_spans(text)] == ticks


def test_chart_block_ticks_are_no_figures() -> None:
    draft = (
        "Over 50,000 Russian soldiers have deserted since 2022, the UN rapporteur says.\n\n"
        '::: chart {type: bar, source: "Frontelligence Insight via EUAA"}\n'
        "y-axis: 0 · 5,000 · 10,000 · 15,000 · 20,000 · 25,000\n"
        "bar: Southern MD — nearly 22,580\n"
        ":::\n"
    )
    assert [it[0] for it in judge(draft)] == ["Over 50,000", "nearly 22,580"]
