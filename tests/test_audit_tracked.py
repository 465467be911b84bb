"""Tracked changes written inline (``[-old-]{+new+}``, CriticMarkup's ``{--old--}``,
``{++new++}``, ``{~~old~>new~~}``): each figure is read in the version it belongs to, the
published one for unchanged and inserted text, the old one for a deletion; offsets stay
the draft's. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from desertcheck.audit.tracked import versions

from .test_audit_reading2 import judge

TRIALS = "mt-mediazona-refusal-to-serve-trials-2023"
PRISONERS = "nge-un-prisoners-recruited-since-2022"


@pytest.mark.parametrize(
    ("draft", "figure", "status"),
    [
        # the year an editor inserted is the period of the unchanged figure
        ("Mediazona counted 5,593 defendants on trial in [-2023-]{+2022+}.\n", "5,593",
         "period-drift"),
        ("Mediazona counted 5,593 defendants on trial in [-2022-]{+2023+}.\n", "5,593",
         "supported"),
        ("Mediazona counted 5,593 defendants on trial in {--2022--}{++2023++}.\n", "5,593",
         "supported"),
        ("Mediazona counted 5,593 defendants on trial in {~~2023~>2022~~}.\n", "5,593",
         "period-drift"),
        # a figure in a deletion is read in the old text, and is still checked
        ("Mediazona counted [-5,539-]{+5,593+} defendants on trial in 2023.\n", "5,539",
         "mismatch"),
        ("Mediazona counted [-5,539-]{+5,593+} defendants on trial in 2023.\n", "5,593",
         "supported"),
        # a cut that removes a qualifier: the published figure is bare
        ("The UN says [-some-] 200,000 prisoners were recruited since 2022.\n", "200,000",
         "qualifier-drift"),
        ("The UN says [-over-]{+some+} 200,000 prisoners were recruited since 2022.\n",
         "some   200,000", "supported"),
    ],
)  # fmt: skip
def test_each_figure_is_read_in_its_own_version(draft: str, figure: str, status: str) -> None:
    found = {text: (verdict, claim) for text, verdict, claim in judge(draft)}
    assert figure in found, found
    assert found[figure][0] == status


def test_a_figure_changed_to_itself_is_reported_once_per_version() -> None:
    draft = "Mediazona counted [-5,593-]{+5,593+} defendants on trial in 2023.\n"
    assert [f[1:] for f in judge(draft)] == [("supported", TRIALS)] * 2


@pytest.mark.parametrize(
    "text",
    [
        "No changes here: 5,593 defendants in 2023.\n",
        "An interval [-5, 5] and a set {+1, 2}.\n",  # not closed as a change
        "A list item\n- [ ] todo -] {+ spaced +}\n",  # markers must hug their words
    ],
)
def test_text_without_tracked_changes_is_read_as_it_is(text: str) -> None:
    assert versions(text) is None


def test_the_versions_keep_every_offset() -> None:
    text = "in [-2023-]{+2024+}, [-over-] 5,593\nnext {~~a~>b~~} line\n"
    read = versions(text)
    assert read is not None
    assert len(read.new) == len(read.old) == len(text)
    assert read.new.split() == ["in", "2024", ",", "5,593", "next", "b", "line"]
    assert read.old.split() == ["in", "2023", ",", "over", "5,593", "next", "a", "line"]
    assert read.new.count("\n") == read.old.count("\n") == 2
    assert read.in_deletion(text.index("2023")) and not read.in_deletion(text.index("2024"))
