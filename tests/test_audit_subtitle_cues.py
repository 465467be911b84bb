"""A subtitle file's cue number and timing lines (SubRip's "18" over "00:01:04,100 -->
00:01:07,600") are no figures of its text: blanked, as a code block is, so the cue
number is not reported and the timing does not stand in the cue's sentence. The drafts
are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "18\n00:01:04,100 --> 00:01:07,600\nBy the end of May 2025, 17,721 men had been "
            "convicted.\n\n19\n00:01:07,800 --> 00:01:11,300\nNARRATOR: Up to ten years for "
            "going absent.\n",
            [
                ("17,721", "supported", "isl-mediazona-refusal-to-serve-convictions-may-2025"),
                ("Up to ten", "supported", "isl-awol-max-sentence"),
            ],
        ),
        ("31\n00:01:52,000 --> 00:01:56,000\nEND CREDITS\n", []),
    ],
)
def test_cue_numbers_and_timings_are_no_figures(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected
