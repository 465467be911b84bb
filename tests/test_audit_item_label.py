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


CENTRAL = "euaa-ukraine-intel-central-md-left-units-nov-2024-jul-2025"  # over 25,000, a count
LEFT = "Over 25,000 soldiers of the Central military district leave their units."
PER_DAY = "isl-mediazona-verdicts-per-working-day-april-2025"  # 38, April 2025
PER_MONTH = "isl-mediazona-new-cases-per-month-spring-2025"  # about 1,000, March to May 2025
AWOL_MAX = "isl-awol-max-sentence"  # ten years, the law as of 30 June 2025
PSYCHIATRY = "nge-un-coercive-psychiatry-2022-2025"  # about 51, 2022 to 2025 (a UN report)
PSYCHIATRY_LINE = "UN report: about 51 people subjected to coercive psychiatric treatment."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span of two dates set apart by a spaced dash is one label
        (f"- **November 2024 – July 2025** — {LEFT}\n", [("Over 25,000", "supported", CENTRAL)]),
        (f"- November 2023 - July 2024 - {LEFT}\n", [("Over 25,000", "period-drift", CENTRAL)]),
        # a second label further along the line dates what follows it
        (
            "- **March 2025** — Courts hear more cases. **April 2025** — 38 verdicts per"
            " working day.\n",
            [("38", "supported", PER_DAY)],
        ),
        (
            "- **April 2025** — Courts hear more cases. **May 2025** — 38 verdicts per"
            " working day.\n",
            [("38", "period-drift", PER_DAY)],
        ),
    ],
)
def test_a_span_label_and_a_label_along_the_line(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rate measured over March to May is reported by a label within those months
        (
            "- **March 2025** — Courts receive about 1,000 new cases a month.\n",
            [("about 1,000", "supported", PER_MONTH)],
        ),
        (
            "- **July 2025** — Courts receive about 1,000 new cases a month.\n",
            [("about 1,000", "period-drift", PER_MONTH)],
        ),
        # a count over January to May is not the count of a month within them
        (f"- **April 2025** — {SENTENCE}\n", [("4,350", "period-drift", NEW_CASES)]),
        # a state of the law holds from the label that says when it changed
        (
            "- **2022** — Amendments raise the maximum for going AWOL to ten years.\n",
            [("ten", "supported", AWOL_MAX)],
        ),
        (
            "- **2026** — Amendments raise the maximum for going AWOL to ten years.\n",
            [("ten", "period-drift", AWOL_MAX)],
        ),
        # a label that names a day is the day of a report: a span that runs to it agrees
        (
            f"- **15 September 2025** — {PSYCHIATRY_LINE}\n",
            [("about 51", "supported", PSYCHIATRY)],
        ),
        (
            f"- **September 2025** — {PSYCHIATRY_LINE}\n",
            [("about 51", "period-drift", PSYCHIATRY)],
        ),
        (
            f"- **15 September 2027** — {PSYCHIATRY_LINE}\n",
            [("about 51", "period-drift", PSYCHIATRY)],
        ),
    ],
)
def test_a_label_is_when_its_figures_were_reported(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert judge(text) == expected
