"""A `mismatch` is told against the measure the figure's own noun names: "claimed over a
million lives and displaced millions" misstates the deaths (over 100,000 lives, a zero
added), not the displaced the rest of the sentence names; a noun that names the chosen
claim's measure keeps it. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

DEATHS, DISPLACED = "baghai-war-deaths", "baghai-war-displaced"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The war as a whole has claimed over a million lives and displaced millions of people.",
            [("over a million", "mismatch", DEATHS), ("millions", "supported", DISPLACED)],
        ),
        (
            "The conflict has claimed over 100,000 lives and displaced over ten million people.",
            [("over 100,000", "supported", DEATHS), ("over ten million", "mismatch", DISPLACED)],
        ),
    ],
)
def test_a_mismatch_of_the_measure_its_noun_names(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected
