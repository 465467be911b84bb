"""A figure that is a claim's value with its scale slipped (a zero, or a scale word: ten, a
hundred, a thousand times too large or too small), in a sentence that names the claim's
measure, is a `mismatch` of that claim; a figure of another number, or in a sentence that
names no measure, is left as it was. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.magnitudes import scale_slip, slipped_windows

from .test_audit_reading2 import judge

PRISONERS = "nge-un-prisoners-recruited-since-2022"  # some 200,000
NEW_CASES = "isl-mediazona-new-cases-per-month-spring-2025"  # around 1,000 a month


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a zero added, in words and in digits
        (
            "According to the UN, two million prisoners have been recruited into the army.",
            ("two million", "mismatch", PRISONERS),
        ),
        # a scale word slipped: a hundred and a thousand times
        (
            "According to the UN, 2,000 prisoners have been recruited into the army.",
            ("2,000", "mismatch", PRISONERS),
        ),
        (
            "According to the UN, 200 million prisoners have been recruited into the army.",
            ("200 million", "mismatch", PRISONERS),
        ),
        # the claim's own number stays supported
        (
            "According to the UN, some 200,000 prisoners have been recruited into the army.",
            ("some 200,000", "supported", PRISONERS),
        ),
        # a rate: a compound word between the figure and its noun ("refusal-to-serve
        # cases") does not hide the noun
        (
            "In spring 2025 the courts took in about 10,000 fresh refusal-to-serve cases a month.",
            ("about 10,000", "mismatch", NEW_CASES),
        ),
        # another number than the claim's, not a slip of its scale: not looked up
        (
            "According to the UN, 3,000 prisoners have been recruited into the army.",
            ("3,000", "unsourced", None),
        ),
    ],
)
def test_a_slipped_scale_is_the_claim_misstated(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in judge(text)


@pytest.mark.parametrize("written", ["4.373", "4,373"])
def test_a_separator_read_the_other_way_is_no_scale_slipped(written: str) -> None:
    """A figure quoted in the other number convention ("4.373" from a German text, in an
    English draft read as 4.373) is a thousandth of the claim's 4,373 only through its
    separator: not a scale word slipped, so not a `mismatch` of the claim."""
    text = f"Proekt: {written} soldiers convicted of absence without leave in the war."
    verdicts = judge(text)
    assert [v for v in verdicts if v[1] == "mismatch"] == [], verdicts


def test_a_scale_word_is_looked_up_only_for_a_measure_the_sentence_names() -> None:
    # the same figure, its measure named only by the heading: a zero is looked up, a
    # scale word is not (the further the slip, the more words it takes)
    draft = "# Prisoners recruited\n\nThe count reached 2,000 by the autumn.\n"
    assert ("2,000", "unsourced", None) in judge(draft)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (2_000_000, 200_000, True),
        (20_000, 200_000, True),
        (2_000, 2_000_000, True),
        (200_000_000, 200_000, True),
        (2_000_000_000, 200_000, False),  # ten thousand times: another number
        (3_000, 200_000, False),
        (0, 0, False),
    ],
)
def test_scale_slip(a: float, b: float, expected: bool) -> None:
    assert scale_slip(a, b) is expected
    assert scale_slip(b, a) is expected


def test_slipped_windows() -> None:
    assert slipped_windows(200.0, 300.0, named=False) == [(2000.0, 3000.0), (20.0, 30.0)]
    assert len(slipped_windows(200.0, 300.0, named=True)) == 6
