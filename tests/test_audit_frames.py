"""A figureless sentence that names a period frames the figures after it in its paragraph
(a map's caption, a chart's lead-in) when they name none; a sentence with figures and a
period of its own ends the frame, and another paragraph is not framed. The drafts are
written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

TRIALS = "mt-mediazona-refusal-to-serve-trials-2023"


@pytest.mark.parametrize(
    ("draft", "status"),
    [
        # the caption's period carries to the bare figures after it
        ("Chart: defendants on trial for refusing to serve, as of 2022. Tallest bar: "
         "Mediazona's count (5,593).\n", "period-drift"),
        ("Chart: defendants on trial for refusing to serve in 2023. Tallest bar: "
         "Mediazona's count (5,593).\n", "supported"),
        # across a sentence that names no period
        ("Chart: defendants on trial for refusing to serve, as of 2022. Source: Mediazona. "
         "Tallest bar: defendants on trial for refusing to serve (5,593).\n", "period-drift"),
        # the figure's own period comes first
        ("Chart: defendants on trial for refusing to serve, as of 2022. Tallest bar: "
         "Mediazona's count for 2023 (5,593).\n", "supported"),
        # another paragraph: no frame (bare, the figure is read as the claims give it)
        ("Defendants on trial for refusing to serve, as of 2022.\n\n"
         "Mediazona counted 5,593 defendants on trial for refusing to serve.\n", "contested"),
        ("Mediazona counted 5,593 defendants on trial for refusing to serve.\n", "contested"),
        # a sentence with figures and a period of its own ends the frame
        ("Chart: defendants on trial for refusing to serve, as of 2022. In 2024 there "
         "were 14 courts. Mediazona counted 5,593 defendants on trial for refusing to "
         "serve.\n", "contested"),
    ],
)  # fmt: skip
def test_a_figureless_sentence_frames_the_period_of_the_figures_after_it(
    draft: str, status: str
) -> None:
    found = [f for f in judge(draft) if f[0].endswith("5,593")]
    assert found and found[-1][1:] == (status, TRIALS), judge(draft)
