"""A digest's lines that open with a pictograph ("📁 **4,350** — …") run into one sentence,
since none ends in a full stop; each line's period words are its own, not the line's
before or after it, unless it points back to them ("over the same stretch"). The drafts
are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.pictograph_items import opens_with_pictograph

from .test_audit_reading2 import judge

CENTRAL = "euaa-ukraine-intel-central-md-left-units-nov-2024-jul-2025"  # over 25,000
NEW_CASES = "isl-mediazona-russia-new-cases-jan-may-2025"  # 4,350, January to May 2025
LEFT = "**over 25,000** — Central military district soldiers who left their units"
CASES = "**4,350** — new refusal cases in Russian courts, Jan–May 2025"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the line before's period is not this line's
        (
            f"📁 {CASES}\n🚶 {LEFT}\n",
            [("4,350", "supported", NEW_CASES), ("over 25,000", "supported", CENTRAL)],
        ),
        # nor the next line's
        (
            f"🚶 {LEFT}\n📁 {CASES}\n",
            [("over 25,000", "supported", CENTRAL), ("4,350", "supported", NEW_CASES)],
        ),
        # lines with no pictograph run on as one sentence, of one period
        (
            f"{CASES}\n{LEFT}\n",
            [("4,350", "supported", NEW_CASES), ("over 25,000", "period-drift", CENTRAL)],
        ),
        # a line that points back to the period before keeps it
        (
            f"📁 {CASES}\n🚶 {LEFT} over the same stretch\n",
            [("4,350", "supported", NEW_CASES), ("over 25,000", "period-drift", CENTRAL)],
        ),
    ],
)
def test_a_pictograph_line_has_its_own_period(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("🪖 **50,000+** — deserters", True),
        ("⚖️ 16k prosecuted", True),
        ("  🇺🇦 15–20k a month", True),
        ("© 2026 The Friday Tally", False),  # an old sign of print
        ("📊", False),  # a pictograph with no words after it
        ("Deserters: 50,000", False),
    ],
)
def test_a_line_that_opens_with_a_pictograph(line: str, opens: bool) -> None:
    assert opens_with_pictograph(line) is opens
