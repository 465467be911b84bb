""" "Over five years" ending a clause after a count and its verb is the span the count was
made over ("nine soldiers were convicted … over five years": during five years), not a
duration with a qualifier; after a preposition ("sentenced to over five years",
"punishable by over five years") or with no count before it, it is a duration. The drafts
are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Only nine soldiers were convicted of disobeying orders over five years.", ["nine"]),
        ("Some 51 people were subjected to psychiatric measures over three years.", ["Some 51"]),
        # a penalty: after a preposition, or with no count before it
        ("Nine deserters were sentenced to over five years.", ["Nine", "over five"]),
        ("Desertion is punishable by over five years.", ["over five"]),
        ("He served over five years.", ["over five"]),
    ],
)
def test_over_a_span_after_a_count(text: str, figures: list[str]) -> None:
    assert [f for f, _, _ in judge(text)] == figures
