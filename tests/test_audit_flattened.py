"""A hedge cut off from its figure by a heading that a PDF's flattened layout set between
them ("nearly\\n   DISTRICT BREAKDOWN\\n22,580"), at the end of the line before the heading
or of that line's left column, is the figure's. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.flattened import hedge_over_heading

from .test_audit_reading2 import judge

SOUTHERN = "euaa-frontelligence-desertions-southern-md-dec-2024"  # nearly 22,580


TOTAL = "euaa-frontelligence-desertions-total-dec-2024"  # 50,500
LEAD = (
    "Frontelligence puts desertion and AWOL cases to December 2024 at 50,500, of which the"
    " Southern military district accounts for"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{LEAD} nearly\n  THE DISTRICTS\n22,580 cases.\n",
            [("50,500", "supported", TOTAL), ("22,580", "supported", SOUTHERN)],
        ),
        # the left column's last word, a right column beside it
        (
            f"{LEAD} nearly        (a Telegram channel)\n  THE DISTRICTS\n22,580 cases.\n",
            [("50,500", "supported", TOTAL), ("22,580", "supported", SOUTHERN)],
        ),
        # no hedge before the heading: the figure is bare
        (
            f"{LEAD}\n  THE DISTRICTS\n22,580 cases.\n",
            [("50,500", "supported", TOTAL), ("22,580", "qualifier-drift", SOUTHERN)],
        ),
    ],
)
def test_a_hedge_over_a_heading(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(text) == expected


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("rose to nearly\n  WHAT IT MEANS\n10%", "nearly"),
        ("rose to about      (second column)\n  WHAT IT MEANS\n10%", "about"),
        ("rose to nearly\n10%", None),  # no heading between: the parser's own reading
        ("rose to nearly\n  What it means\n10%", None),  # not a line of capitals
        ("nearly all of it\n  WHAT IT MEANS\n10%", None),  # the hedge does not end the line
    ],
)
def test_the_hedge_before_a_heading(text: str, qualifier: str | None) -> None:
    assert hedge_over_heading(text, text.index("10%")) == qualifier
