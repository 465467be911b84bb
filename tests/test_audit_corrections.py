"""A figure said to correct the one before it ("some 20,000 — sorry, 200,000", a message
"200k!! sorry") takes that figure's qualifier; a figure that merely follows another does
not. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

PRISONERS = "nge-un-prisoners-recruited-since-2022"


@pytest.mark.parametrize(
    ("draft", "status"),
    [
        # corrected in the sentence: "some" carries to the figure that corrects it
        ("The UN says some 20,000 — sorry, 200,000 — prisoners were recruited since 2022.\n",
         "supported"),
        ("The UN says some 20,000, I mean 200,000, prisoners were recruited since 2022.\n",
         "supported"),
        # a chat's message that corrects the message before
        ("[10:01] Ana: UN: some 20k prisoners recruited since 2022\n[10:02] Ana: 200k!! sorry\n",
         "supported"),
        # no correction: the bare figure drops the claim's "about"
        ("The UN says some 20,000 and 200,000 prisoners were recruited since 2022.\n",
         "qualifier-drift"),
        # ("200k" alone would be "about": a number shortened with its scale is a rounding)
        ("[10:01] Ana: UN: some 20k prisoners recruited since 2022\n"
         "[10:02] Ana: 200,000 since 2022 is what NGE says\n", "qualifier-drift"),
    ],
)  # fmt: skip
def test_a_correction_takes_the_qualifier_of_the_figure_it_corrects(
    draft: str, status: str
) -> None:
    found = judge(draft)
    assert found[0][1:] == ("mismatch", PRISONERS)  # the slip itself is judged as said
    assert found[-1][1:] == (status, PRISONERS)


def test_a_correction_keeps_a_qualifier_of_its_own() -> None:
    draft = "The UN says some 20,000 — no, over 200,000 — prisoners were recruited since 2022.\n"
    assert judge(draft)[-1] == ("over 200,000", "qualifier-drift", PRISONERS)


@pytest.mark.parametrize(
    ("draft", "status"),
    [
        # said again more precisely, only a comma between: the hedge carries
        ("Southern district: nearly twenty-two and a half thousand, twenty-two thousand "
         "five hundred and eighty desertion cases by December 2024.\n", "supported"),
        # not more precise, or not close: two figures, each as written
        ("Southern district: nearly 22,580, 22,580 desertion cases by December 2024.\n",
         "qualifier-drift"),
    ],
)  # fmt: skip
def test_a_figure_said_again_more_precisely_keeps_the_hedge(draft: str, status: str) -> None:
    assert judge(draft)[-1][1:] == (status, "euaa-frontelligence-desertions-southern-md-dec-2024")
