"""A date label that opens a line or a list item, as a timeline writes it ("- **2023** -
…", "2023: …", "**24 February 2022** — …", "2018 to 2022 - …"), is the period of the
figures of its item, as a table row's label is of its row's; a running total agrees with
a label of one point when it had reached the figure by then. A label that is not a period
gives none. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from .test_audit_reading2 import judge

NEW_CASES = "isl-mediazona-russia-new-cases-jan-may-2025"  # 4,350, January to May 2025
SENTENCE = "Russian courts receive 4,350 new cases of refusal to serve."
BEFORE_LAW = "baghai-desertion-max-sentence-before-law"  # five years, before the 2023 law


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"- **2023** - {SENTENCE}\n", [("4,350", "period-drift", NEW_CASES)]),
        (f"2023: {SENTENCE}\n", [("4,350", "period-drift", NEW_CASES)]),
        (f"1. **2023** — {SENTENCE}\n", [("4,350", "period-drift", NEW_CASES)]),
        (f"- **January to May 2025** - {SENTENCE}\n", [("4,350", "supported", NEW_CASES)]),
        # not a period: no period read
        (f"- **Russia** - {SENTENCE}\n", [("4,350", "supported", NEW_CASES)]),
        # the sentence's own period words before the label's
        (
            f"- **2023** - From January to May 2025, {SENTENCE}\n",
            [("4,350", "supported", NEW_CASES)],
        ),
        # the label dates every sentence of its item: not a state of the law "now",
        # contested by the later maximum
        (
            "- **24 February 2022** - Russia invades. Desertion is punishable by up to five"
            " years in prison.\n",
            [("up to five", "supported", BEFORE_LAW)],
        ),
    ],
)
def test_an_items_date_label(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert judge(text) == expected


def test_a_label_lowers_no_bar_of_a_mismatch() -> None:
    # the label dates the rate it repeats, not the draft's own derivation after it
    text = "- April 2025: **848** verdicts; at **38** a working day that implies ~**22** days.\n"
    assert [s for _, s, _ in judge(text)] == ["supported", "supported", "unsourced"]


@pytest.mark.parametrize(
    ("label", "status"),
    [("December 2024", "supported"), ("December 2023", "period-drift")],
)
def test_a_running_total_by_its_items_date(label: str, status: str) -> None:
    got = judge(f"- **{label}** - Frontelligence's count reaches 50,500 desertion cases.\n")
    assert [(f, s) for f, s, _ in got] == [("50,500", status)]
