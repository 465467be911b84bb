"""A figure joined by "and" and a verb of the same subject to a figure with a rate ("a
month") counts at that rate too: "taking in around 1,000 new cases a month and handing
down 700-800 convictions". A clause with a subject of its own keeps its figure a count.
So does a figure right after "and" ("around 1,000 new cases a month, and 700-800
convictions"), when read at the rate it finds a claim. The drafts are written for these
tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("By spring 2025 military courts were getting around 1,000 new cases a month and "
         "convicting between 700 and 800.",
         ("between 700 and 800", "supported", "isl-mediazona-convictions-per-month-spring-2025")),
        ("By spring 2025 the courts took in around 1,000 new cases each month and were "
         "handing down 700-800 convictions.",
         ("700-800", "supported", "isl-mediazona-convictions-per-month-spring-2025")),
        # "and" right before the figure: the rate's noun and its own, side by side
        ("Spring 2025: around 1,000 new cases a month at military courts, and 700-800 "
         "convictions.",
         ("700-800", "supported", "isl-mediazona-convictions-per-month-spring-2025")),
        # a clause of its own: its figure is no rate of the one before
        ("By spring 2025 the courts took in around 1,000 new cases each month, and judges "
         "convicted 700-800 men.",
         ("700-800", "unsourced", None)),
    ],
)  # fmt: skip
def test_a_rate_is_shared_across_and(text: str, last: tuple[str, str, str | None]) -> None:
    assert judge(text + "\n")[-1] == last
