"""In a table row, a later cell that holds a figure of its own speaks of that figure: "|
Refusal to serve, all | over 4,600 | headline: over 4,500 |" keeps "headline" to the 4,500;
a later cell with no figure ("| 4,373 | AWOL convictions in wartime |") is still the
figure's words. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

_BODY = "mt-proekt-refusal-to-serve-convictions-since-invasion"  # over 4,600
_HEADLINE = "mt-proekt-refusal-to-serve-convictions-headline"  # over 4,500


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("| Offence | Convicted | Compare |\n|---|---|---|\n"
         "| Refusal to serve, all | over 4,600 | headline: over 4,500 |",
         [("over 4,600", "supported", _BODY), ("over 4,500", "supported", _HEADLINE)]),
        # near misses: a cell after the figure with no figure of its own is its words, and
        # so are cells whose figures have no label of their own (a table's columns)
        ("| Article | Verdicts | Suspended | Median term (years) | Statutory maximum |\n"
         "|---|---|---|---|---|\n| 332 (disobedience) | 50 | 21 | 2.0 | 5 years |",
         [("50", "unsourced", None), ("21", "unsourced", None), ("2.0", "unsourced", None),
          ("5", "mismatch", "isl-disobedience-max-sentence")]),
        ("| Figure | What |\n|---|---|\n| 4,373 | AWOL convictions in wartime |",
         [("4,373", "supported", "mt-proekt-awol-convictions-wartime")]),
    ],
)  # fmt: skip
def test_a_cell_of_its_own(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(text + "\n") == expected
